import type { Language } from '@shared/i18n/languages';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { minutesInputOf, organiserAndMember } from '../../../test/fixtures/syncedDevices';
import { AUTOSAVE_DELAY_MS } from '../../components/autosave/useAutosave';
import { asMember } from '../../data/database/store';
import { listItinerary } from '../../data/records/itineraryItems';
import { listMembers } from '../../data/records/members';
import { getMinutes, saveMinutes } from '../../data/records/minutes';
import { getTrip } from '../../data/records/trips';
import { keepNoteDraft, recoverNoteDrafts } from '../../data/recovery/noteDrafts';
import { syncTrip } from '../../data/sync/syncTrip';
import { MinutesSection } from './MinutesSection';

const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('meeting minutes', () => {
  it('starts from the visit’s attendees and saves attendees, discussion and a follow-up with its owner', async () => {
    const { base, notesProps, visit, other, members } = await sampleVisit('岐阜県庁');
    await renderWithStore('ko', base, <MinutesSection {...notesProps} />);
    const user = userEvent.setup();

    const attendees = await screen.findByRole('group', { name: '연수단 참석자' });
    const boxes = await within(attendees).findAllByRole('checkbox');
    expect(boxes).toHaveLength(members.length);
    expect(boxes.every((box) => (box as HTMLInputElement).checked)).toBe(true);
    await user.click(within(attendees).getByRole('checkbox', { name: other.name }));

    await user.type(screen.getByLabelText('논의 내용'), '- 현 과학기술진흥과가 예산을 총괄');
    await user.click(screen.getByRole('button', { name: /후속 조치 추가/ }));
    await user.type(screen.getByLabelText('후속 조치 1'), '연구개발 지원 자료 요청');
    await user.selectOptions(screen.getByLabelText('담당'), other.name);
    await pause(AUTOSAVE_DELAY_MS + 200);

    const saved = await getMinutes(base.db, visit.id);
    expect(saved?.delegationAttendeeIds).toHaveLength(members.length - 1);
    expect(saved?.delegationAttendeeIds).not.toContain(other.id);
    expect(saved?.discussion).toMatchObject({ text: '- 현 과학기술진흥과가 예산을 총괄', lang: 'ko' });
    expect(saved?.followUps).toEqual([
      expect.objectContaining({
        text: expect.objectContaining({ text: '연구개발 지원 자료 요청' }),
        ownerId: other.id,
      }),
    ]);
    expect(saved?.updatedBy.memberId).toBe(notesProps.memberId);
  });

  it('shows the minutes already taken, with the host’s attendees in the host’s language', async () => {
    const { base, notesProps } = await sampleVisit('福岡県庁');
    await renderWithStore('ja', base, <MinutesSection {...notesProps} />);
    const hosts = await screen.findByRole('group', { name: '先方の出席者' });
    expect(within(hosts).getAllByText('福岡県知事').length).toBeGreaterThan(0);
    expect((screen.getByLabelText('決定事項') as HTMLTextAreaElement).value).toMatch(/과학의 달/);
  });

  it('says whose text from another device replaced the minutes shown, and nothing of the member’s own typing', async () => {
    const { server, organiser, member, memberId } = await organiserAndMember();
    const trip = await getTrip(member.db, SAMPLE_TRIP_ID);
    const visit = (await listItinerary(member.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '岐阜県庁');
    const members = await listMembers(member.db, SAMPLE_TRIP_ID);
    const lead = members.find((candidate) => candidate.role === 'organiser');
    if (!trip || !visit || !lead) throw new Error('The sample trip is incomplete');
    const page = { trip, visit, members, memberId, store: member, writer: null };
    await renderWithStore('ko', member, <MinutesSection {...page} />);
    const minutes = await screen.findByRole('region', { name: '회의록' });
    const said = () => within(minutes).getByRole('status').textContent;
    const discussion = within(minutes).getByLabelText('논의 내용') as HTMLTextAreaElement;
    const user = userEvent.setup();

    await user.type(discussion, '예산 총괄');
    await pause(AUTOSAVE_DELAY_MS + 200);
    expect(said()).toBe('');
    await act(() => syncTrip(member, server, SAMPLE_TRIP_ID));
    // The organiser, on their own laptop, adds to what the member wrote.
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    const input = await minutesInputOf(organiser.db, visit.id);
    const discussed = { ...input.discussion, text: `${input.discussion.text}. 대학과 공동연구` };
    await saveMinutes(organiser, SAMPLE_TRIP_ID, visit.id, { ...input, discussion: discussed });
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    await act(() => syncTrip(member, server, SAMPLE_TRIP_ID));

    await waitFor(() => expect(discussion.value).toBe('예산 총괄. 대학과 공동연구'));
    expect(said()).toBe(`${lead.name} 님이 쓴 내용으로 바뀌었습니다`);
    await user.type(discussion, '!');
    expect(said()).toBe('');
  });

  it('removes a follow-up, and the saved minutes no longer have it', async () => {
    const { base, notesProps, visit } = await sampleVisit('岐阜県庁');
    await renderWithStore('en', base, <MinutesSection {...notesProps} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Add a follow-up/ }));
    await user.type(screen.getByLabelText('Follow-up 1'), 'Send the report');
    await pause(AUTOSAVE_DELAY_MS + 200);
    expect((await getMinutes(base.db, visit.id))?.followUps).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: /Remove follow-up 1/ }));
    await pause(AUTOSAVE_DELAY_MS + 200);
    expect((await getMinutes(base.db, visit.id))?.followUps).toEqual([]);
  });

  it('adds to the outbox what was typed, not every autosave: 1,960 characters in 20 bursts, at most 3 times their size', {
    timeout: 120_000,
  }, async () => {
    const { base, notesProps } = await sampleVisit('岐阜県庁');
    await base.db.outbox.clear();
    await renderWithStore('ko', base, <MinutesSection {...notesProps} />);
    const user = userEvent.setup({ delay: null });
    const discussion = await screen.findByLabelText('논의 내용');
    const sentence = (n: number) =>
      `${String(n).padStart(2, '0')}. 현 과학기술진흥과가 연구개발 예산을 총괄하고 지방대학과 공동연구를 지원한다. `.padEnd(
        98,
        '다',
      );
    const typed = Array.from({ length: 20 }, (_, index) => sentence(index + 1)).join('');
    expect(typed).toHaveLength(1960);
    for (let burst = 0; burst < 20; burst++) {
      await user.type(discussion, sentence(burst + 1));
      // A pause after each sentence: the note saves itself each time.
      await pause(AUTOSAVE_DELAY_MS + 200);
    }
    const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
    const outbox = await base.db.outbox.toArray();
    expect((await getMinutes(base.db, notesProps.visit.id))?.discussion.text).toContain(typed);
    expect(bytes(outbox)).toBeLessThanOrEqual(3 * bytes(typed));
  });
});

/**
 * What a crash leaves in the Gifu visit's minutes: the member's decision,
 * typed and never saved, over minutes another member has added to since;
 * the next start keeps it in the history rather than over the newer text.
 */
async function decisionKeptAside() {
  const visit = await sampleVisit('岐阜県庁');
  const { base, store, other, later } = visit;
  const text = (words: string) => ({ lang: 'ko' as const, text: words, translations: {} });
  const shown = { ...(await minutesInputOf(base.db, visit.visit.id)), discussion: text('예산 총괄') };
  const saved = await saveMinutes(store, SAMPLE_TRIP_ID, visit.visit.id, shown);
  const target = { kind: 'minutes', tripId: SAMPLE_TRIP_ID, visitId: visit.visit.id, lang: 'ko' } as const;
  await keepNoteDraft(store, target, { ...shown, decisions: text('자료 요청') }, saved.hlc);
  later(1000);
  await saveMinutes(asMember(base, other.id), SAMPLE_TRIP_ID, visit.visit.id, {
    ...shown,
    discussion: text('예산 총괄. 대학과 공동연구'),
  });
  expect((await recoverNoteDrafts(base, new Set())).kept).toHaveLength(1);
  return visit;
}

describe('text typed before a crash and kept aside', () => {
  const cases: [Language, RegExp, string, string][] = [
    ['ko', /복구되었습니다/, '상대측 참석자', '논의 내용 및 결정 사항'],
    ['ja', /復元しました/, '先方の出席者', '議論の内容、決定事項'],
  ];
  it.each(cases)(
    'is said at the head of the minutes, before their first field, with the parts it differs in (%s)',
    async (language, notice, firstField, parts) => {
      const { base, notesProps } = await decisionKeptAside();
      await renderWithStore(language, base, <MinutesSection {...notesProps} />);
      const minutes = await screen.findByRole('region');
      const said = await within(minutes).findByText(notice);
      const first = within(minutes).getByRole('group', { name: firstField });
      expect(said.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(said.textContent).toContain(parts);
    },
  );
});
