import { describe, expect, it } from 'vitest';
import { initI18n } from './i18n';

describe('Korean particles in the interface’s words', () => {
  it('follow the term before them, and give both forms where its reading cannot be told', async () => {
    const i18n = await initI18n('ko');
    const mismatch = (source: string, target: string) => i18n.t('translation:glossary.mismatch', { source, target });
    expect(mismatch('현', '県')).toBe('원문의 “현”은 용어집에서 “県”(으)로 정했지만, 이 번역에는 없습니다.');
    expect(mismatch('연구개발', '研究開発')).toMatch(/^원문의 “연구개발”은 /);
    expect(mismatch('県', '현')).toBe('원문의 “県”은(는) 용어집에서 “현”으로 정했지만, 이 번역에는 없습니다.');
    expect(mismatch('科学技術庁', '과학기술청')).toMatch(/ “과학기술청”으로 정했지만/);
    expect(mismatch('研究開発', '연구개발')).toMatch(/ “연구개발”로 정했지만/);
    expect(i18n.t('glossary:deleted', { term: '과학기술처' })).toBe('용어 “과학기술처”를 삭제했습니다');
  });

  it('leave the Japanese and English words as they are', async () => {
    const ja = await initI18n('ja');
    expect(ja.t('translation:glossary.mismatch', { source: '현', target: '県' })).toBe(
      '原文の「현」は用語集で「県」と決めていますが、この訳文にはありません。',
    );
  });
});
