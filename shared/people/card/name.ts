import type { CardLine } from './cardLines';
import { type Proposal, propose } from './proposal';

/**
 * The person's name on a card: the largest type among what is not an
 * organisation, a department, a title, an address or a contact, written as a
 * name is (2 to 6 kanji or kana, a Korean name in Hangul, or a name in Latin
 * letters: Taro YAMADA); with the reading printed over or beside it in
 * smaller kana, and the name in Latin letters where the card has it too.
 */

export interface NameFields {
  name: Proposal | null;
  reading: Proposal | null;
  romanised: Proposal | null;
}

/** Text that is not an organisation, department or title, on its line. */
export interface Candidate {
  text: string;
  line: CardLine;
  /** Less than 1 where the words also read as something else (a Korean name may end as a department does). */
  certainty: number;
}

/** Kanji or kana, the family name parted from the given name by a space where the card spaced them. */
const JAPANESE =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+(?: [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+)?$/u;
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー ]{2,20}$/u;
const KOREAN = /^\p{Script=Hangul}{1,5}(?: \p{Script=Hangul}{1,5}){0,2}$/u;
const LATIN = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}$/u;

/** How much a candidate looks like a name by how it is written; 0 for not at all. */
function likeness(text: string): number {
  const letters = text.replace(/ /g, '').length;
  if (JAPANESE.test(text) && letters >= 2 && letters <= 6) return letters <= 5 ? 0.9 : 0.7;
  if (KOREAN.test(text) && letters >= 2) return 0.85;
  return LATIN.test(text) ? 0.8 : 0;
}

/** A reading spaced as the name is: the OCR may read the wide space of やまだ　たろう as 。 or ・. */
const asReading = (text: string) =>
  text
    .replace(/[。・]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Whether `reading` is printed over, under or beside `name`: less than the name's type size away. */
function near(reading: CardLine, name: CardLine): boolean {
  const across = Math.max(reading.box.x0 - name.box.x1, name.box.x0 - reading.box.x1);
  const down = Math.max(reading.box.y0 - name.box.y1, name.box.y0 - reading.box.y1);
  return Math.max(across, down) < name.size;
}

/** The largest first, then the clearest. */
const byProminence = (a: Candidate, b: Candidate) => b.line.size - a.line.size || b.line.confidence - a.line.confidence;

/** A candidate as the name: surest when no other that reads as a name is in type nearly as large (within a fifth). */
function asName(found: Candidate, others: readonly Candidate[]): Proposal {
  const next = others.find((other) => other !== found)?.line.size ?? 0;
  const prominent = found.line.size >= 1.2 * next;
  return propose(found.text, likeness(found.text) * found.certainty * (prominent ? 1 : 0.8), [found.line]);
}

/** The name, its reading and its Latin spelling among `candidates`. */
export function findName(candidates: readonly Candidate[]): NameFields {
  // A line the OCR is this unsure of is a mark or a smudge, not a name.
  const clear = candidates.filter((candidate) => candidate.line.confidence >= 0.3);
  const names = clear.filter((candidate) => likeness(candidate.text) > 0).toSorted(byProminence);
  const latin = names.filter((candidate) => LATIN.test(candidate.text));
  const written = names.filter((candidate) => !LATIN.test(candidate.text));
  const found = written[0] ?? latin[0];
  if (!found) return { name: null, reading: null, romanised: null };
  // A reading has a kana at least for each character of the name, in smaller type, next to it.
  const reading = clear.find(
    (candidate) =>
      candidate !== found &&
      KANA.test(asReading(candidate.text)) &&
      candidate.text.replace(/[\s。・]/g, '').length >= found.text.replace(/ /g, '').length &&
      candidate.line.size < found.line.size &&
      near(candidate.line, found.line),
  );
  return {
    name: asName(found, names),
    reading: reading ? propose(asReading(reading.text), 0.75, [reading.line]) : null,
    romanised: latin[0] ? propose(latin[0].text, 0.8, [latin[0].line]) : null,
  };
}
