import { describe, expect, it } from 'vitest';
import type { AgendaItem, FollowUp } from '../model';
import { isMergedByEdits, mergeAgenda, mergeEdits, mergeFollowUps, mergeMinutesList, mergeSet } from './minutesMerge';

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

const followUp = (n: number, words: string, done = false, ownerId: string | null = null): FollowUp => ({
  id: id(n),
  text: text(words),
  ownerId,
  done,
});

describe('follow-ups and attendees two members changed apart', () => {
  it('keeps every follow-up either added, merges one both edited, and takes each side’s own change of it', () => {
    const base = [followUp(1, '자료 요청'), followUp(2, '방문 보고')];
    const mine = [followUp(1, '자료 요청 (예산)', false, id(9)), followUp(2, '방문 보고'), followUp(3, '감사 편지')];
    const theirs = [followUp(1, '기후현 자료 요청', true), followUp(4, '사진 정리')];
    expect(mergeFollowUps(base, mine, theirs)).toEqual([
      { id: id(1), text: text('기후현 자료 요청 (예산)'), ownerId: id(9), done: true },
      // After the follow-up it followed in mine that both still have; the one only theirs deleted is gone.
      followUp(3, '감사 편지'),
      followUp(4, '사진 정리'),
    ]);
  });

  it('keeps every attendee either added and drops one either removed, the same on every device', () => {
    const base = ['a', 'b', 'c'];
    expect(mergeSet(base, ['a', 'c', 'd'], ['a', 'b', 'c', 'e'])).toEqual(['a', 'c', 'e', 'd']);
    expect(mergeSet(base, base, ['c'])).toEqual(['c']);
    const hosts = [{ name: { ja: '田中' }, title: {}, contact: '' }];
    const added = { name: { ja: '鈴木' }, title: { ja: '課長' }, contact: '' };
    expect(mergeMinutesList('hostAttendees', [], hosts, [added])).toEqual([added, ...hosts]);
  });

  it('merges every list of the minutes, and no other leaf', () => {
    for (const path of ['agenda', 'followUps', 'hostAttendees', 'delegationAttendeeIds'])
      expect(isMergedByEdits('minutes', path), path).toBe(true);
    expect(isMergedByEdits('minutes', 'discussion/text')).toBe(false);
    expect(isMergedByEdits('itineraryItems', 'agenda')).toBe(false);
  });
});
