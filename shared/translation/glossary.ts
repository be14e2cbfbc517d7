import type { Language } from '../i18n/languages';
import type { GlossaryTerm } from '../model';

export type Term = Pick<GlossaryTerm, 'id' | 'term'>;

/** A glossary term found in a text: where, and which term. */
export interface TermMatch {
  start: number;
  end: number;
  term: Term;
}

/** The letters at the end of what comes before: the word a term ends, if any. */
const WORD_END = /\p{L}*$/u;
const HANGUL_SYLLABLE = /^[가-힣]$/u;
/** A one-character term followed by a particle is a word of its own: 현은, 현의; 県の, 県は. */
const PARTICLE_AFTER = /^(?:[은는이가의을를과와도에](?![가-힣])|[のはがをにともで])/u;

/**
 * Whether a term of one character at `start` is a word of its own or the end
 * of a name, not a syllable of another word. Before a particle with no letter
 * before it, it is a word (현은, 県の). At the end of a word, a kanji is the
 * last part of a name whatever comes before it (福岡県, 全県): it writes a
 * meaning. A Hangul syllable writes a sound that many words share, and a word
 * of one syllable more is usually another word (실현, 표현, 재현), while a
 * place's name has two syllables or more before it (후쿠오카현, 미에현).
 */
function standsAlone(text: string, start: number, term: string): boolean {
  const before = WORD_END.exec(text.slice(Math.max(0, start - 2), start))?.[0].length ?? 0;
  if (before === 0) return PARTICLE_AFTER.test(text.slice(start + 1, start + 3));
  return before >= (HANGUL_SYLLABLE.test(term) ? 2 : 1);
}

/**
 * The glossary's terms written in `lang` found in a text, in order, never
 * overlapping: where two overlap the longer wins (지방자치단체 before 자치).
 * A term of one character (현, 県) counts only as a word of its own or at the
 * end of a name (see standsAlone), so that 현재 ("now"), 실현 and 표현 are not
 * taken for a prefecture.
 */
export function findTerms(text: string, lang: Language, terms: readonly Term[]): TermMatch[] {
  const found: TermMatch[] = [];
  for (const term of terms) {
    const written = term.term[lang]?.trim();
    if (!written) continue;
    for (let start = text.indexOf(written); start !== -1; start = text.indexOf(written, start + written.length)) {
      if (written.length === 1 && !standsAlone(text, start, written)) continue;
      found.push({ start, end: start + written.length, term });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch[] = [];
  for (const match of found) {
    const last = kept.at(-1);
    if (!last || match.start >= last.end) kept.push(match);
  }
  return kept;
}

/** The terms of a text that have an agreed counterpart in `target`, each once, in the order they first appear. */
export function termsToOffer(
  original: { lang: Language; text: string },
  target: Language,
  terms: readonly Term[],
): Term[] {
  const seen = new Map<string, Term>();
  for (const { term } of findTerms(original.text, original.lang, terms)) {
    if (term.term[target]?.trim() && !seen.has(term.id)) seen.set(term.id, term);
  }
  return [...seen.values()];
}

/**
 * The terms a translation renders otherwise than the glossary agrees: the
 * original has the term, the translation (once there is one) lacks its
 * agreed counterpart.
 */
export function termMismatches(
  original: { lang: Language; text: string },
  translation: string,
  target: Language,
  terms: readonly Term[],
): Term[] {
  if (!translation.trim()) return [];
  return termsToOffer(original, target, terms).filter((term) => !translation.includes(term.term[target]?.trim() ?? ''));
}
