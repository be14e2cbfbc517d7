/** The parts of a visit's notes, each at its own address (the `section` of the notes route). */
export const NOTES_SECTIONS = ['checklist', 'minutes', 'qa', 'files'] as const;
export type NotesSection = (typeof NOTES_SECTIONS)[number];
