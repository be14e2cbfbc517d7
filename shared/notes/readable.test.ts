import { describe, expect, it } from 'vitest';
import { readableValue } from './readable';
import { versionText } from './versions';

const text = (words: string) => ({ lang: 'ko' as const, text: words, translations: {} });
const names: Record<string, string> = { m1: '강원도 과학기술전문위원' };
const reader = { lang: 'ja' as const, nameOf: (id: string) => names[id] ?? '?' };

describe('a note’s leaf as a reader reads it in its history', () => {
  it('shows the minutes’ agenda, follow-ups and attendees as their lines, members by name', () => {
    const agenda = [{ id: 'a1', title: text('과학의 달'), notes: text('현 예산의 1/4~1/5') }];
    expect(readableValue('minutes', 'agenda', agenda, reader)).toBe('과학의 달\n현 예산의 1/4~1/5');
    const followUps = [
      { id: 'f1', text: text('자료 요청'), ownerId: 'm1', done: false },
      { id: 'f2', text: text('답장'), ownerId: null, done: true },
    ];
    expect(readableValue('minutes', 'followUps', followUps, reader)).toBe(
      '☐ 자료 요청 (강원도 과학기술전문위원)\n☑ 답장',
    );
    const hosts = [{ name: { ko: '아소 와타루', ja: '麻生渡' }, title: { ja: '知事' }, contact: '' }];
    expect(readableValue('minutes', 'hostAttendees', hosts, reader)).toBe('麻生渡, 知事');
    expect(readableValue('minutes', 'delegationAttendeeIds', ['m1'], reader)).toBe('강원도 과학기술전문위원');
  });

  it('shows who asked a question, who answered it and when', () => {
    expect(readableValue('qaNotes', 'askedBy', 'm1', reader)).toBe('강원도 과학기술전문위원');
    const governor = { name: { ja: '麻生渡' }, title: { ja: '福岡県知事' }, contact: '' };
    expect(readableValue('qaNotes', 'answeredBy', governor, reader)).toBe('麻生渡, 福岡県知事');
    expect(readableValue('qaNotes', 'time', '14:05', reader)).toBe('14:05');
    expect(readableValue('qaNotes', 'time', null, reader)).toBe('');
  });

  it('shows a text as it is, and nothing for a leaf with nothing to read', () => {
    expect(readableValue('qaNotes', 'question/text', '예산은?', reader)).toBe('예산은?');
    expect(readableValue('qaNotes', 'deletedAt', '1996-10-22T06:30:00.000Z', reader)).toBeNull();
    expect(readableValue('qaNotes', 'position', 'a0', reader)).toBeNull();
    expect(readableValue('minutes', 'visitId', 'v1', reader)).toBeNull();
  });

  it('makes a version of the minutes that differs only in its follow-ups read differently', () => {
    const minutes = (followUp: string) => ({
      discussion: text('논의'),
      decisions: text(''),
      agenda: [],
      followUps: [{ id: 'f1', text: text(followUp), ownerId: null, done: false }],
    });
    expect(versionText('minutes', minutes('자료 요청'))).toBe('논의\n\n☐ 자료 요청');
    expect(versionText('minutes', minutes('답장'))).not.toBe(versionText('minutes', minutes('자료 요청')));
  });
});
