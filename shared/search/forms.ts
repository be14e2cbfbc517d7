import type { Folded } from './folded';
import { foldNames, hasHangul } from './names';
import { foldPlain, foldsToItself } from './normalize';
import { placeSpans } from './places';

/**
 * The folded forms of a text a query is matched against: its plain fold,
 * and, where Japanese names are spelt in Hangul, its names fold with the
 * stretches a names match must touch (the whole text of a name; the place
 * names found in a note). Origins are kept compact: most texts fold to as
 * many characters as they have, and then need none.
 */
export interface Forms {
  plain: string;
  /** Null when the fold kept every character in place (origin[i] === i). */
  plainOrigin: Int32Array | null;
  names: NamesForm | null;
}

export interface NamesForm {
  text: string;
  origin: Int32Array;
  /** [start, end) in `text`: a names match counts only where it overlaps one. */
  spans: [number, number][];
}

function compact(folded: Folded, length: number): Int32Array | null {
  const { origin } = folded;
  if (folded.text.length === length) {
    let identity = true;
    for (let at = 0; at < origin.length && identity; at += 1) identity = origin[at] === at;
    if (identity) return null;
  }
  return Int32Array.from(origin);
}

export function formsOf(text: string, names = false): Forms {
  const plain = foldsToItself(text) ? null : foldPlain(text);
  const forms: Forms = {
    // The original string itself when folding changed nothing: no second copy is kept.
    plain: plain?.text ?? text,
    plainOrigin: plain ? compact(plain, text.length) : null,
    names: null,
  };
  if (!hasHangul(forms.plain)) return forms;
  const folded = foldNames(plain ?? { text, origin: Array.from({ length: text.length + 1 }, (_, at) => at) }, true);
  const spans: [number, number][] = names ? [[0, folded.text.length]] : placeSpans(folded.text);
  if (spans.length > 0) forms.names = { text: folded.text, origin: Int32Array.from(folded.origin), spans };
  return forms;
}
