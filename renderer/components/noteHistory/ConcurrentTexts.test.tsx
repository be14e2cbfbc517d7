import { answerId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { isMergedText } from '@shared/sync/leaves';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { takeOutbox, twoDevices } from '../../../test/fixtures/twoDevices';
import { asMember, type Store } from '../../data/database/store';
import { saveAnswer } from '../../data/records/checklistAnswers';
import { listQuestions } from '../../data/records/checklistQuestions';
import { listItinerary } from '../../data/records/itineraryItems';
import { applyRemote } from '../../data/sync/applyRemote';
import { HistoryButton } from './HistoryButton';

const MINUTE = 60_000;

/**
 * The member's answer, changed at once on the phone, whose app is from before
 * texts merged (it sends each text whole), and, on the member's behalf, on
 * the laptop: the phone's later text does not make it into the merged text.
 */
async function concurrentAnswer() {
  const devices = await twoDevices();
  const { laptop, phone, member, later } = devices;
  const send = async (from: Store, to: Store) => {
    const texts = new Map((await from.db.checklistAnswers.toArray()).map((answer) => [answer.id, answer.body.text]));
    const changes = (await takeOutbox(from)).map((change) =>
      isMergedText(change.table, change.path) ? { ...change, value: texts.get(change.recordId) } : change,
    );
    await applyRemote(to, changes);
  };
  const [question] = await listQuestions(phone.db, SAMPLE_TRIP_ID);
  const visit = (await listItinerary(phone.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '岐阜県庁');
  if (!question || !visit) throw new Error('sample trip incomplete');
  const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId: member.id };
  await saveAnswer(phone, key, '역할 분담', 'ko');
  await send(phone, laptop);
  later(MINUTE);
  await saveAnswer(phone, key, '역할 분담: 현은 집행, 국가는 기획', 'ko');
  later(MINUTE);
  const onLaptop = asMember(laptop, member.id);
  await saveAnswer(onLaptop, key, '역할 분담 (대리 기록)', 'ko');
  await send(phone, laptop);
  return { ...devices, onLaptop, id: answerId(visit.id, question.id, member.id) };
}

describe('a note’s history with a concurrent text', () => {
  it('lists the text that lost, who wrote it and when, and restores it with undo (Korean)', async () => {
    const { laptop, onLaptop, members, member, id } = await concurrentAnswer();
    await renderWithStore(
      'ko',
      laptop,
      <HistoryButton recordId={id} table="checklistAnswers" members={members} store={onLaptop} label="중앙정부" />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /이력: 중앙정부/ }));
    const dialog = await screen.findByRole('dialog');
    const section = await within(dialog).findByRole('region', { name: '동시에 써서 반영되지 않은 글' });
    expect(section.textContent).toContain(member.name);
    expect(section.textContent).toMatch(/1996\. 10\. 24\./);
    expect(within(section).getByText('동시에 한 변경 (반영되지 않음)')).toBeTruthy();
    expect(section.textContent).toContain('현은 집행, 국가는 기획');

    await user.click(within(section).getByRole('button', { name: '이 값으로 되돌리기' }));
    await waitFor(async () =>
      expect((await laptop.db.checklistAnswers.get(id))?.body.text).toBe('역할 분담: 현은 집행, 국가는 기획'),
    );
    const toast = await screen.findByRole('status');
    expect(toast.textContent).toContain('동시에 쓴 글을 되돌림');
    await user.click(within(toast).getByRole('button', { name: /^되돌리기/ }));
    await waitFor(async () =>
      expect((await laptop.db.checklistAnswers.get(id))?.body.text).toBe('역할 분담 (대리 기록)'),
    );
  });

  it('names the writers in the reader’s script: their names for the hosts on a Japanese screen', async () => {
    const { laptop, onLaptop, members, member, id } = await concurrentAnswer();
    expect(member.nameForHosts).not.toBe('');
    await renderWithStore(
      'ja',
      laptop,
      <HistoryButton recordId={id} table="checklistAnswers" members={members} store={onLaptop} label="中央政府" />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: /履歴: 中央政府/ }));
    const dialog = await screen.findByRole('dialog');
    const section = await within(dialog).findByRole('region', { name: /同時/ });
    // Who wrote the text that lost: the member's name for the hosts, in Japanese, the Korean one in its tooltip.
    const writer = await within(section).findByText(member.nameForHosts);
    expect(writer.getAttribute('lang')).toBe('ja');
    expect(writer.getAttribute('title')).toBe(member.name);
    expect(section.textContent).not.toContain(member.name);
    // Each version in the history says who wrote it the same way (the sentence takes the name alone).
    const versions = within(dialog).getAllByRole('list').at(-1) as HTMLElement;
    await waitFor(() => expect(versions.textContent).toContain(`${member.nameForHosts}、`));
    expect(versions.textContent).not.toContain(member.name);
  });

  it('says nothing of concurrent texts when there are none (English)', async () => {
    const { phone, members, id } = await concurrentAnswer();
    await renderWithStore(
      'en',
      phone,
      <HistoryButton recordId={id} table="checklistAnswers" members={members} store={phone} label="Central" />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: /History: Central/ }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findAllByText(/Restore this version|Current/);
    expect(within(dialog).queryByRole('region', { name: 'Concurrent texts not kept' })).toBeNull();
  });
});
