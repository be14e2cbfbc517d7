import { describe, expect, it } from 'vitest';
import { extendsVersion, isRewrite, VERSION_PAUSE_MS, versionText } from './versions';

const kim = { deviceId: 'laptop', memberId: '0192a000-0000-7000-8000-000000000001' };
const latest = { updatedAt: '1996-10-22T06:30:00.000Z', updatedBy: kim, stretchId: 'stretch-1' };
const at = (ms: number) => new Date(Date.parse(latest.updatedAt) + ms);
const edit = (changes: Partial<Parameters<typeof extendsVersion>[1]> = {}) => ({
  by: kim,
  stretchId: 'stretch-1',
  now: at(1000),
  textBefore: '중앙과 지방의 역할',
  textAfter: '중앙과 지방의 역할 구분이 명확하지 않다',
  ...changes,
});

describe('note versions', () => {
  it('extends the latest version while one person goes on in one stretch of editing', () => {
    expect(extendsVersion(latest, edit())).toBe(true);
    expect(extendsVersion(latest, edit({ now: at(VERSION_PAUSE_MS - 1) }))).toBe(true);
  });

  it('starts a new version in another stretch, after a pause, on another device, or for the first save', () => {
    expect(extendsVersion(latest, edit({ stretchId: 'stretch-2' }))).toBe(false);
    expect(extendsVersion(latest, edit({ now: at(VERSION_PAUSE_MS) }))).toBe(false);
    expect(extendsVersion(latest, edit({ by: { ...kim, deviceId: 'phone' } }))).toBe(false);
    expect(extendsVersion(undefined, edit())).toBe(false);
  });

  it('goes on in one stretch on one device whoever the server names for its saves (the organiser recording for a member)', () => {
    const named = { ...latest, updatedBy: { ...latest.updatedBy, memberId: '0192a000-0000-7000-8000-000000000002' } };
    expect(extendsVersion(named, edit())).toBe(true);
  });

  it('never extends a version for a save outside any stretch (a restore, a recovery), nor a recovered version', () => {
    expect(extendsVersion(latest, edit({ stretchId: null }))).toBe(false);
    expect(extendsVersion({ ...latest, stretchId: null }, edit({ stretchId: null }))).toBe(false);
    const recovered = { typedAt: latest.updatedAt, basedOn: null, resolvedAt: null };
    expect(extendsVersion({ ...latest, recovered }, edit())).toBe(false);
  });

  it('keeps what a rewrite replaced, even a second after it was typed', () => {
    expect(extendsVersion(latest, edit({ textBefore: 'A 원문', textAfter: 'B' }))).toBe(false);
  });
});

describe('rewrites', () => {
  it('are most of a short text, or a paragraph of a long one, thrown away', () => {
    expect(isRewrite('A 원문', 'B')).toBe(true);
    expect(isRewrite('대학·기업 공동연구 예산은 약 52억 엔', '수정: 매칭펀드가 있음')).toBe(true);
    const long = '현의 과학기술 예산은 '.repeat(30);
    expect(isRewrite(long, long.slice(0, 100) + long.slice(160))).toBe(true);
  });

  it('are not typing on, a typo fixed, or a few words changed in a long text', () => {
    expect(isRewrite('중앙과 지방', '중앙과 지방의 역할')).toBe(false);
    expect(isRewrite('예산은 약 52억 엔', '예산은 약 25억 엔')).toBe(false);
    expect(isRewrite('', '첫 글자')).toBe(false);
    const long = '현의 과학기술 예산은 '.repeat(30);
    expect(isRewrite(long, long.replace('예산은', '예산이'))).toBe(false);
  });
});

describe('version text', () => {
  const text = (value: string) => ({ lang: 'ko', text: value, translations: {} });
  it('is what a reader compares, by kind of note', () => {
    expect(versionText('checklistAnswers', { body: text('1/4~1/5') })).toBe('1/4~1/5');
    expect(versionText('minutes', { discussion: text('산학 공동연구'), decisions: text('자료 요청') })).toBe(
      '산학 공동연구\n\n자료 요청',
    );
    expect(versionText('qaNotes', { question: text('예산은?'), answer: text('1/4~1/5') })).toBe('예산은?\n1/4~1/5');
    expect(versionText('qaNotes', {})).toBe('\n');
  });
});
