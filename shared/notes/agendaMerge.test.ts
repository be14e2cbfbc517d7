import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../model';
import { mergeAgenda, mergeEdits } from './agendaMerge';

const text = (words: string) => ({ lang: 'ko' as const, text: words, translations: {} });
const item = (id: string, title: string, notes = ''): AgendaItem => ({ id, title: text(title), notes: text(notes) });
const id = (n: number) => `0192a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const shown = (agenda: readonly AgendaItem[]) => agenda.map((entry) => [entry.title.text, entry.notes.text]);

describe('an agenda two members changed apart', () => {
  it('keeps both members’ edits of one text, each as typed', () => {
    const base = '현 예산의 1/4~1/5.';
    expect(mergeEdits(base, `${base} 강원도 의견.`, `주최자: ${base}`)).toBe(`주최자: ${base} 강원도 의견.`);
    expect(mergeEdits(base, base, '고친 글')).toBe('고친 글');
    expect(mergeEdits(base, '내 글', base)).toBe('내 글');
  });

  it('keeps the items each added, and both members’ notes under an item both wrote under', () => {
    const base = [item(id(1), '과학의 달', '행사 자료')];
    const mine = [item(id(1), '과학의 달', '행사 자료 (강원도 요청)'), item(id(2), '공동연구')];
    const theirs = [item(id(1), '과학의 달 행사', '주최자: 행사 자료'), item(id(3), '예산')];
    expect(shown(mergeAgenda(base, mine, theirs))).toEqual([
      ['과학의 달 행사', '주최자: 행사 자료 (강원도 요청)'],
      ['공동연구', ''],
      ['예산', ''],
    ]);
  });

  it('lets an item one deleted go, unless the other wrote in it meanwhile', () => {
    const base = [item(id(1), '첫째'), item(id(2), '둘째')];
    // Mine deleted the first; theirs left it: it goes. Theirs deleted the second; mine changed it: it stays.
    const mine = [item(id(2), '둘째', '메모')];
    const theirs = [item(id(1), '첫째')];
    expect(shown(mergeAgenda(base, mine, theirs))).toEqual([['둘째', '메모']]);
    expect(shown(mergeAgenda(base, [item(id(1), '첫째')], theirs))).toEqual([['첫째', '']]);
  });

  it('puts a new item after the one it followed in its writer’s agenda', () => {
    const base = [item(id(1), '하나'), item(id(2), '둘')];
    const mine = [item(id(1), '하나'), item(id(4), '하나 반'), item(id(2), '둘')];
    expect(shown(mergeAgenda(base, mine, base)).map(([title]) => title)).toEqual(['하나', '하나 반', '둘']);
  });
});
