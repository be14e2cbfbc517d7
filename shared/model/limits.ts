/**
 * The maxima of what a trip's records hold, where a number means something
 * (docs/sync-protocol.md, section 2.2, states them all). The schemas apply
 * them, and the schemas are what the device, the server and an import check
 * alike, so a limit lives here and in its schema only. Lengths count what
 * zod's `.max()` counts: UTF-16 code units (a Hangul syllable or a kanji is
 * one, an emoji two).
 */

/** A proper name in one language: a title, a host organisation, a person, a checklist question. */
export const MAX_NAME = 200;

/** A place in one language, with room for a long street address. */
export const MAX_PLACE = 500;

/** The longest text one writer may save in a note, or in one of its translations: a whole day's minutes fit many times over. */
export const MAX_NOTE_TEXT = 100_000;

/**
 * The longest a merged text (section 3.4) may be in a record: members who
 * write the same minutes at once all keep their words, so two texts of
 * MAX_NOTE_TEXT merge into one of twice that. Four writers' longest, so that
 * a device never has to set aside a note that merged long.
 */
export const MAX_MERGED_TEXT = 4 * MAX_NOTE_TEXT;

/** A line: an agenda item's title, a follow-up. */
export const MAX_LINE_TEXT = 500;

/** An agenda item's notes: a paragraph or two; the minutes' discussion holds the rest. */
export const MAX_PARAGRAPH_TEXT = 2_000;

/** A device's id in stamps and authors: a UUID (36), with room for another client's kind of id. */
export const MAX_DEVICE_ID = 64;

/** A clock stamp (shared/sync/hlc.ts): 11 base-36 digits of time, 5 of a counter, the device id, two hyphens. */
export const MAX_STAMP = 11 + 1 + 5 + 1 + MAX_DEVICE_ID;

/**
 * A place in a list as a fractional index (ItineraryItem.position): a few
 * characters; each move into the same ever narrower gap adds one about every
 * six moves, so some 450 of them fit.
 */
export const MAX_POSITION = 80;

/** People in one list: the attendees of either side, a host's contacts; a lecture hall's worth. */
export const MAX_PEOPLE = 200;

/** Items of one meeting's agenda, and follow-ups of one meeting. */
export const MAX_AGENDA_ITEMS = 50;
export const MAX_FOLLOW_UPS = 50;

/** Checklist questions one Q&A note helps answer. */
export const MAX_LINKED_QUESTIONS = 100;

/**
 * A note version's content, as the length of its JSON: a version is one
 * change, and must fit a push (4 MiB) even in a script of three bytes of
 * UTF-8 per unit. Its merged texts are snapshots, not the text again.
 */
export const MAX_VERSION_CONTENT = 1_000_000;
