/**
 * On which page of a PDF printed by Chromium each link target lands: the
 * report's contents is printed twice, first to learn where its sections
 * begin, then with those page numbers written in (Chromium cannot number a
 * contents itself: no CSS target-counter).
 *
 * Chromium's PDF writer (Skia) keeps a link's targets in the catalog's
 * `/Dests` dictionary, each `/name [page 0 R /XYZ x y 0]`, and its pages in a
 * tree of `/Pages` nodes, all as plain text between compressed streams; the
 * classic cross-reference table says where each object is. Only what
 * Chromium writes is read: any other PDF answers an empty map, and the
 * contents then goes without numbers rather than with wrong ones.
 */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = latin1Of(pdf);
  const offsets = crossReferences(text);
  const object = (ref: number): string => {
    const at = offsets.get(ref);
    if (at === undefined || !text.startsWith(`${ref} 0 obj`, at)) return '';
    const start = at + `${ref} 0 obj`.length;
    const ends = [text.indexOf('endobj', start), text.indexOf('stream', start)].filter((end) => end >= 0);
    return ends.length > 0 ? text.slice(start, Math.min(...ends)) : '';
  };
  const refOf = (dictionary: string, key: string): number | null => {
    const found = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dictionary);
    return found ? Number(found[1]) : null;
  };
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const root = refOf(trailer, 'Root');
  const catalog = root === null ? '' : object(root);
  const pagesRoot = refOf(catalog, 'Pages');
  const dests = refOf(catalog, 'Dests');
  if (pagesRoot === null || dests === null) return new Map();

  const pageNumbers = new Map<number, number>();
  const visit = (ref: number, depth: number) => {
    if (depth > 32) return;
    const node = object(ref);
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+)\s+0\s+R/g)) visit(Number(kid[1]), depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(node) && !pageNumbers.has(ref)) {
      pageNumbers.set(ref, pageNumbers.size + 1);
    }
  };
  visit(pagesRoot, 0);

  const pages = new Map<string, number>();
  for (const [, name, page] of object(dests).matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const number = pageNumbers.get(Number(page));
    if (name && number !== undefined) pages.set(unescapeName(name), number);
  }
  return pages;
}

/** The bytes as one character each (TextDecoder's latin1 is windows-1252, which moves 0x80 to 0x9f). */
function latin1Of(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000) text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return text;
}

/** Where each object starts, from the cross-reference table `startxref` points to. */
function crossReferences(text: string): Map<number, number> {
  const offsets = new Map<number, number>();
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!start || !text.startsWith('xref', Number(start[1]))) return offsets;
  const lines = text
    .slice(Number(start[1]) + 4, text.indexOf('trailer', Number(start[1])))
    .trim()
    .split(/\r?\n|\r/);
  let next = 0;
  for (const line of lines) {
    const section = /^(\d+)\s+\d+$/.exec(line.trim());
    if (section) {
      next = Number(section[1]);
      continue;
    }
    const entry = /^(\d{10})\s+\d{5}\s+([nf])/.exec(line.trim());
    if (!entry) return new Map();
    if (entry[2] === 'n') offsets.set(next, Number(entry[1]));
    next += 1;
  }
  return offsets;
}

/**
 * A link target's name as Chromium writes it: the URL fragment, percent
 * escapes and all, with `#xx` standing for a byte (PDF 1.7, 7.3.5).
 */
function unescapeName(name: string): string {
  const fragment = name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
