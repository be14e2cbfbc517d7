import type { RecordId, RecordMeta } from '../model';
import { SAMPLE_TRIP_ID } from '../sample/stepi1996';
import { sampleGlossary } from '../sample/stepi1996Glossary';
import { sampleTripRecords } from '../sample/stepi1996Records';
import { type TextKind, tripTexts, writtenIn } from '../translation/texts';
import { KANJI_VARIANTS } from './kanji';
import type { SearchDoc, SearchKind } from './types';

/**
 * The sample trip's texts as search indexes them, and large trips made of
 * them: what the index's tests check it against the naive scan on, and what
 * the bench measures. Deterministic: the same seed gives the same trip.
 */

const WRITTEN = Date.UTC(1996, 9, 30, 9);
const LANGUAGES = ['ko', 'ja', 'en'] as const;

/** What search calls each kind of text; a letter's text is not searched (docs.ts). */
const KINDS: Readonly<Record<Exclude<TextKind, 'letter'>, SearchKind>> = {
  tripTitle: 'item',
  organiser: 'item',
  affiliation: 'member',
  itemName: 'item',
  hostName: 'host',
  place: 'item',
  answer: 'answer',
  discussion: 'minutes',
  decisions: 'minutes',
  followUp: 'minutes',
  question: 'qaNote',
  qaAnswer: 'qaNote',
  finding: 'reportNote',
  visitSummary: 'reportNote',
  evaluation: 'reportNote',
};
const NAMES: ReadonlySet<TextKind> = new Set(['itemName', 'hostName', 'place']);

/** Every text of the sample trip in each language it is written in, its glossary and its hosts' people. */
export function sampleSearchDocs(): SearchDoc[] {
  const meta = (id: RecordId, author: RecordId | null = null): RecordMeta => ({
    id,
    createdAt: new Date(WRITTEN).toISOString(),
    updatedAt: new Date(WRITTEN).toISOString(),
    hlc: '0000000000a-00000-sample',
    updatedBy: { deviceId: 'sample', memberId: author },
    deletedAt: null,
  });
  const records = sampleTripRecords(meta);
  const docs: SearchDoc[] = [];
  const add = (doc: Omit<SearchDoc, 'updatedAt'>) => docs.push({ ...doc, updatedAt: WRITTEN + docs.length * 60_000 });
  for (const entry of tripTexts(records)) {
    if (entry.kind === 'letter') continue;
    for (const lang of LANGUAGES) {
      const text = writtenIn(entry, lang);
      if (!text.trim()) continue;
      const at = { visitId: entry.itemId, questionId: entry.questionId, memberId: entry.memberId };
      add({ id: `${entry.key}:${lang}`, recordId: entry.id, kind: KINDS[entry.kind], text, lang, ...at });
      if (NAMES.has(entry.kind)) (docs[docs.length - 1] as SearchDoc).names = true;
    }
  }
  for (const term of sampleGlossary(meta, SAMPLE_TRIP_ID)) {
    for (const lang of LANGUAGES) {
      const text = term.term[lang];
      if (text)
        add({ id: `glossary:${term.id}:${lang}`, recordId: term.id, kind: 'glossary', text, lang, names: true });
    }
  }
  for (const item of records.items) {
    item.host?.contacts.forEach((person, index) => {
      for (const lang of LANGUAGES) {
        const text = person.name[lang];
        const id = `person:${item.id}:${index}:${lang}`;
        if (text) add({ id, recordId: item.id, kind: 'person', text, lang, names: true, visitId: item.id });
      }
    });
  }
  return docs;
}

/** A small fast generator (mulberry32): the same seed, the same sequence, in Node and browsers alike. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const ENGLISH = [
  'The governor said that {a} matters more than {b} for the prefecture.',
  'Follow up with the {a} office about {b} before the report is written.',
  'Questions on {a}: how is {b} funded, and who decides?',
  'Visited {a}; the lecture covered {b} and regional innovation.',
];

/** The old spellings and forms a text may come in: what the fold must bring back together. */
const TENSE: Readonly<Record<string, string>> = {
  쿠: '꾸',
  카: '까',
  테: '떼',
  토: '또',
  키: '끼',
  타: '따',
  츠: '쯔',
};
const TRADITIONAL = new Map(Array.from(KANJI_VARIANTS, ([old, modern]) => [modern, old] as const));

function variant(text: string, pick: () => number): string {
  const roll = pick();
  if (roll < 0.1) return text.replace(/[쿠카테토키타츠]/g, (syllable) => TENSE[syllable] ?? syllable);
  if (roll < 0.15) return text.normalize('NFD');
  if (roll < 0.25) return Array.from(text, (char) => TRADITIONAL.get(char) ?? char).join('');
  if (roll < 0.3) return text.replace(/[A-Za-z0-9]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
  return text;
}

/**
 * A large trip of `count` texts made of the sample's sentences: notes of one
 * to five sentences in Korean, Japanese or English, some in old spellings,
 * decomposed Hangul, traditional Han forms or full-width Latin, and one in
 * twenty a name (a host, a place), spread over 20 visits, 17 members and six
 * questions and over ten days.
 */
export function generatedSearchDocs(count: number, seed = 1): SearchDoc[] {
  const pick = random(seed);
  const choose = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)] as T;
  const sample = sampleSearchDocs();
  const sentences = (lang: 'ko' | 'ja') =>
    sample
      .filter((doc) => !doc.names && doc.lang === lang)
      .flatMap((doc) => doc.text.split(/(?<=[.。?？])\s*|\n/u))
      .filter((sentence) => sentence.trim().length > 1);
  const korean = sentences('ko');
  const japanese = sentences('ja');
  const terms = sample.filter((doc) => doc.lang === 'en').map((doc) => doc.text);
  const names = sample.filter((doc) => doc.names).map((doc) => doc.text);
  const english = () => choose(ENGLISH).replace('{a}', choose(terms)).replace('{b}', choose(terms));
  const kinds: SearchKind[] = ['answer', 'minutes', 'qaNote', 'reportNote'];
  return Array.from({ length: count }, (_, index): SearchDoc => {
    const at = {
      visitId: `visit-${Math.floor(pick() * 20)}`,
      memberId: `member-${Math.floor(pick() * 17)}`,
      questionId: `question-${Math.floor(pick() * 6)}`,
      updatedAt: WRITTEN + Math.floor(pick() * 10 * 86_400_000),
    };
    if (pick() < 0.05) {
      const text = variant(choose(names), pick);
      return { id: `name:${index}`, recordId: `host:${index % 500}`, kind: 'host', text, names: true, ...at };
    }
    const lang = choose(LANGUAGES);
    const parts = Array.from({ length: 1 + Math.floor(pick() * 5) }, () =>
      lang === 'en' ? english() : choose(lang === 'ko' ? korean : japanese),
    );
    const text = variant(parts.join(lang === 'ja' ? '' : ' '), pick);
    return { id: `note:${index}`, recordId: `note:${Math.floor(index / 2)}`, kind: choose(kinds), text, lang, ...at };
  });
}

/**
 * Queries as a reader types them, from the texts themselves: in turn from a
 * Korean, a Japanese and an English text, pieces of one to seven characters
 * cut at random, two or three such pieces, a piece split in two words, a
 * piece written in another form
 * (decomposed, full-width, traditional Han, old Hangul spelling, upper case),
 * and words held nowhere, alone or beside a piece.
 */
export function searchQueries(docs: readonly SearchDoc[], count: number, seed: number): string[] {
  const pick = random(seed);
  const below = (n: number) => Math.floor(pick() * n);
  const byLanguage = LANGUAGES.map((lang) => docs.filter((doc) => (doc.lang ?? 'ko') === lang));
  const cut = (text: string) => {
    const length = 1 + below(7);
    const start = below(Math.max(1, text.length - length));
    return text.slice(start, start + length);
  };
  const nowhere = () =>
    [
      () => String.fromCharCode(0xac00 + below(11172), 0xac00 + below(11172)),
      () => String.fromCharCode(0x4e00 + below(20000), 0x4e00 + below(20000), 0x4e00 + below(20000)),
      () => Array.from({ length: 4 }, () => String.fromCharCode(0x61 + below(26))).join(''),
    ][below(3)]?.() ?? '';
  const otherForm = (text: string) =>
    [
      () => text.normalize('NFD'),
      () => text.replace(/[A-Za-z]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)),
      () =>
        text.replace(/[県学発国会]/g, (char) => ({ 県: '縣', 学: '學', 発: '發', 国: '國', 会: '會' })[char] ?? char),
      () => text.replace(/[쿠카테]/g, (char) => ({ 쿠: '꾸', 카: '까', 테: '떼' })[char] ?? char),
      () => text.toUpperCase(),
    ][below(5)]?.() ?? text;
  return Array.from({ length: count }, (_, n) => {
    const pool = byLanguage[n % 3]?.length ? (byLanguage[n % 3] ?? docs) : docs;
    const text = (pool[below(pool.length)] ?? docs[0])?.text ?? '';
    const other = docs[below(docs.length)]?.text ?? '';
    const roll = pick();
    if (roll < 0.42) return cut(text);
    if (roll < 0.54) return `${cut(text)} ${cut(text)}`;
    if (roll < 0.6) return `${cut(text)} ${cut(other)} ${cut(text)}`;
    if (roll < 0.7) {
      // A piece typed as two words: a phrase the text holds, touching or a space apart.
      const piece = `${cut(text)}${cut(text)}`.replace(/\s+/gu, '');
      const at = 1 + below(Math.max(1, piece.length - 1));
      return `${piece.slice(0, at)} ${piece.slice(at)}`;
    }
    if (roll < 0.82) return otherForm(cut(text));
    if (roll < 0.92) return nowhere();
    return `${cut(text)} ${nowhere()}`;
  });
}

/**
 * Queries as readers type them: one to three words of a note, each whole or
 * its first letters (two or more: a Korean word without its particle, a run
 * of Japanese kanji or katakana, an English word), and one query in ten a
 * word held nowhere.
 */
export function typedQueries(docs: readonly SearchDoc[], count: number, seed: number): string[] {
  const pick = random(seed);
  const below = (n: number) => Math.floor(pick() * n);
  const wordsOf = (text: string) =>
    text.match(/[\p{Script=Hangul}]{2,}|[\p{Script=Han}\p{Script=Katakana}ー]{2,}|[\p{L}\p{N}]{3,}/gu) ?? [];
  return Array.from({ length: count }, () => {
    const words = wordsOf(docs[below(docs.length)]?.text ?? '');
    if (words.length === 0 || pick() < 0.1) return String.fromCharCode(0xac00 + below(11172), 0xac00 + below(11172));
    const typed = () => {
      const word = words[below(words.length)] ?? '';
      return word.slice(0, 2 + below(Math.max(1, Math.min(word.length, 5) - 1)));
    };
    return Array.from({ length: pick() < 0.6 ? 1 : 2 + below(2) }, typed).join(' ');
  });
}
