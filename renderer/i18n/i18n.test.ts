import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initI18n } from './i18n';
import { FIRST_SCREEN_NAMESPACES, NAMESPACES } from './strings';

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

  it('are chosen by the word they follow in every Korean string, never written both ways after a name', async () => {
    const folder = path.join(import.meta.dirname, '../../locales/ko');
    const bothWays = /\}\}”?(은\(는\)|을\(를\)|이\(가\)|와\(과\)|과\(와\)|\(으\)로)/;
    const offending = readdirSync(folder).flatMap((file) =>
      readFileSync(path.join(folder, file), 'utf8')
        .split('\n')
        .filter((line) => bothWays.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(offending).toEqual([]);
    const i18n = await initI18n('ko');
    expect(i18n.t('itinerary:warnings.overlap', { a: '가나가와현청', b: '사이언스파크 강연' })).toBe(
      '“가나가와현청”과 “사이언스파크 강연”의 시간이 겹칩니다.',
    );
    expect(i18n.t('notes:files.tooLarge', { name: '회의자료.pdf', size: '25 MB' })).toMatch(
      /^“회의자료\.pdf”은\(는\) /,
    );
    expect(i18n.t('notes:files.tooLarge', { name: '사진', size: '25 MB' })).toMatch(/^“사진”은 /);
  });

  it('leave the Japanese and English words as they are', async () => {
    const ja = await initI18n('ja');
    expect(ja.t('translation:glossary.mismatch', { source: '현', target: '県' })).toBe(
      '原文の「현」は用語集で「県」と決めていますが、この訳文にはありません。',
    );
  });
});

describe('the interface’s strings', () => {
  it('are loaded at start for the first screen alone, in the interface language alone; the rest when asked', async () => {
    const i18n = await initI18n('ko', FIRST_SCREEN_NAMESPACES);
    expect(i18n.t('trips:list.title')).toBe('연수 목록');
    expect(i18n.hasLoadedNamespace('notes')).toBe(false);
    // Every language has every key: English is not loaded to fall back on.
    expect(i18n.hasResourceBundle('en', 'common')).toBe(false);
    await i18n.loadNamespaces(NAMESPACES);
    expect(i18n.t('notes:page.sections.minutes')).toBe('회의록');
  });

  it('of another language are in when a switch to it has been made, for every namespace loaded before', async () => {
    const i18n = await initI18n('ko', FIRST_SCREEN_NAMESPACES);
    await i18n.loadNamespaces('notes');
    await i18n.changeLanguage('ja');
    expect(i18n.resolvedLanguage).toBe('ja');
    expect(i18n.t('trips:list.title')).toBe('視察一覧');
    expect(i18n.t('notes:page.sections.minutes')).toBe('議事録');
  });
});
