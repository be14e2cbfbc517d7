/** A file name made from a title: characters no file system accepts become spaces, and it stays short. */
export function fileNameFrom(title: string, extension: string): string {
  const base = title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 100);
  return `${base || 'Fieldbook'}.${extension}`;
}
