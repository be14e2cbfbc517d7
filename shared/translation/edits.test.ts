import { describe, expect, it } from 'vitest';
import type { TranslatableText } from '../model';
import { withStoredTranslations, withTranslation } from './edits';

const stored: TranslatableText = {
  lang: 'ko',
  text: '현이 주도',
  translations: { ja: '県が主導' },
  reviewed: { ja: true },
};

describe('an original saved by its editor', () => {
  it('keeps the translations and reviews as stored, whatever the editor last read', () => {
    const typed: TranslatableText = { lang: 'ko', text: '현이 주도', translations: {} };
    expect(withStoredTranslations(typed, stored)).toEqual(stored);
  });

  it('makes a reviewed translation a draft again when the original changes', () => {
    const typed: TranslatableText = { lang: 'ko', text: '현이 주도한다', translations: {} };
    expect(withStoredTranslations(typed, stored)).toEqual({
      ...stored,
      text: '현이 주도한다',
      reviewed: { ja: false },
    });
  });
});

describe('a translation edited', () => {
  it('is a draft again; one never reviewed changes alone', () => {
    expect(withTranslation(stored, 'ja', '県主導').reviewed).toEqual({ ja: false });
    const draft = withTranslation({ ...stored, reviewed: undefined }, 'ja', '県主導');
    expect(draft).toEqual({ lang: 'ko', text: '현이 주도', translations: { ja: '県主導' } });
  });
});
