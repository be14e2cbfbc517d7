import { describe, expect, it } from 'vitest';
import { MAX_AGENDA_ITEMS, MAX_LINE_TEXT, MAX_MERGED_TEXT, MAX_NOTE_TEXT } from './limits';
import { minutesInput } from './minutes';
import {
  detectLanguage,
  ListTooLongError,
  lineText,
  mergedText,
  parseNote,
  pickName,
  TextTooLongError,
  textIn,
  translatableText,
  translationStatus,
} from './text';

describe('detectLanguage', () => {
  it('tells Korean by Hangul and Japanese by kana', () => {
    expect(detectLanguage('중앙정부와의 협력', 'en')).toBe('ko');
    expect(detectLanguage('中央政府との協力', 'en')).toBe('ja');
    expect(detectLanguage('Cooperation with the centre', 'ko')).toBe('en');
  });

  it('keeps the fallback for kanji alone, which both languages write', () => {
    expect(detectLanguage('科学技術庁', 'ko')).toBe('ko');
    expect(detectLanguage('科学技術庁', 'ja')).toBe('ja');
    expect(detectLanguage('', 'ja')).toBe('ja');
  });
});

describe('pickName', () => {
  it('uses the first preferred language that has a name, then any', () => {
    const name = { ko: '후쿠오카현청', ja: '福岡県庁' };
    expect(pickName(name, ['ja', 'ko'])).toBe('福岡県庁');
    expect(pickName(name, ['en'])).toBe('후쿠오카현청');
    expect(pickName({}, ['en'])).toBe('');
  });
});

describe('textIn', () => {
  const purpose = { lang: 'ko' as const, text: '연수', translations: { ja: '研修' } };
  it('gives the translation when there is one, else the original in its own language', () => {
    expect(textIn(purpose, 'ja')).toEqual({ text: '研修', lang: 'ja' });
    expect(textIn(purpose, 'ko')).toEqual({ text: '연수', lang: 'ko' });
    expect(textIn(purpose, 'en')).toEqual({ text: '연수', lang: 'ko' });
  });
});

describe('translationStatus', () => {
  const answer = {
    lang: 'ko' as const,
    text: '현 예산의 1/4~1/5',
    translations: { ja: '県予算の4分の1から5分の1', en: ' ' },
  };
  it('calls the text’s own language the original, and a translation a draft until it is reviewed', () => {
    expect(translationStatus(answer, 'ko')).toBe('original');
    expect(translationStatus(answer, 'ja')).toBe('draft');
    expect(translationStatus({ ...answer, reviewed: { ja: true } }, 'ja')).toBe('reviewed');
  });

  it('counts a blank translation as missing, and a review of nothing as nothing', () => {
    expect(translationStatus(answer, 'en')).toBe('missing');
    expect(translationStatus({ ...answer, reviewed: { en: true } }, 'en')).toBe('missing');
    expect(translationStatus({ ...answer, translations: {} }, 'ja')).toBe('missing');
  });

  it('reads a text stored before reviews existed', () => {
    const stored = translatableText.parse({ lang: 'ja', text: '研修', translations: { ko: '연수' } });
    expect(translationStatus(stored, 'ko')).toBe('draft');
  });
});

describe('parseNote', () => {
  const text = (length: number, translations = {}) => ({
    lang: 'ko' as const,
    text: '가'.repeat(length),
    translations,
  });
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error;
    }
    return null;
  };

  it('holds a writer to MAX_NOTE_TEXT in a text and in each of its translations, whatever a record may hold', () => {
    expect(parseNote(mergedText, text(MAX_NOTE_TEXT)).text).toHaveLength(MAX_NOTE_TEXT);
    expect(refusal(() => parseNote(mergedText, text(MAX_NOTE_TEXT + 1)))).toEqual(
      new TextTooLongError(MAX_NOTE_TEXT + 1, MAX_NOTE_TEXT),
    );
    const translated = text(10, { ja: 'あ'.repeat(MAX_NOTE_TEXT + 5) });
    expect(refusal(() => parseNote(mergedText, translated, text(10)))).toMatchObject({
      length: MAX_NOTE_TEXT + 5,
      max: MAX_NOTE_TEXT,
    });
  });

  it('lets a text that others’ words merged past that limit be saved again, up to what a merged text may hold', () => {
    const merged = text(2 * MAX_NOTE_TEXT);
    const edited = { ...merged, text: `${merged.text} 끝` };
    expect(parseNote(mergedText, edited, merged).text).toBe(edited.text);
    // Only where it is long: another text of the same note is held to what one writer may save.
    const stored = { ...merged, translations: { ja: '短い' } };
    const longTranslation = { ...edited, translations: { ja: 'あ'.repeat(MAX_NOTE_TEXT + 1) } };
    expect(refusal(() => parseNote(mergedText, longTranslation, stored))).toBeInstanceOf(TextTooLongError);
    expect(refusal(() => parseNote(mergedText, text(MAX_MERGED_TEXT + 1), merged))).toEqual(
      new TextTooLongError(MAX_MERGED_TEXT + 1, MAX_MERGED_TEXT),
    );
  });

  it('names a list over its limit, and a line over its own', () => {
    const item = (title = '') => ({
      id: '0192a000-0000-7000-8000-000000000001',
      title: { lang: 'ko', text: title, translations: {} },
      notes: text(0),
    });
    const minutes = (agenda: unknown[]) => ({
      hostAttendees: [],
      delegationAttendeeIds: [],
      agenda,
      discussion: text(0),
      decisions: text(0),
      followUps: [],
    });
    const many = Array.from({ length: MAX_AGENDA_ITEMS + 1 }, () => item());
    expect(refusal(() => parseNote(minutesInput, minutes(many)))).toEqual(
      new ListTooLongError(MAX_AGENDA_ITEMS + 1, MAX_AGENDA_ITEMS),
    );
    expect(refusal(() => parseNote(minutesInput, minutes([item('가'.repeat(MAX_LINE_TEXT + 1))])))).toEqual(
      new TextTooLongError(MAX_LINE_TEXT + 1, MAX_LINE_TEXT),
    );
  });
});

describe('a text’s limits', () => {
  it('hold its translations to the same limit as its text', () => {
    for (const [schema, max] of [
      [translatableText, MAX_NOTE_TEXT],
      [mergedText, MAX_MERGED_TEXT],
      [lineText, MAX_LINE_TEXT],
    ] as const) {
      const within = { lang: 'ko', text: '', translations: { ja: 'あ'.repeat(max), en: 'a'.repeat(max) } };
      expect(schema.safeParse(within).success).toBe(true);
      expect(schema.safeParse({ ...within, translations: { ja: 'あ'.repeat(max + 1) } }).success).toBe(false);
    }
  });
});
