import type { Language } from '@shared/i18n/languages';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/fixtures/renderWithStore';
import { openTestStore } from '../../test/fixtures/store';
import { serverInMemory } from '../../test/fixtures/syncServer';
import { asMember } from '../data/database/store';
import { saveConnection } from '../data/device/syncConnections';
import { saveAnswer } from '../data/records/checklistAnswers';
import { listQuestions } from '../data/records/checklistQuestions';
import { listItinerary } from '../data/records/itineraryItems';
import { listMembers } from '../data/records/members';
import { addQaNote } from '../data/records/qaNotes';
import { loadSampleTrip } from '../data/records/sampleTrip';
import { SyncProvider } from '../services/sync';
import { SyncStatus } from './SyncStatus';

async function setUp(joined = true, clockOff = 0, language: Language = 'ko') {
  const store = await openTestStore(() => new Date(Date.now() + clockOff));
  await loadSampleTrip(store);
  const memory = serverInMemory();
  if (joined) {
    await saveConnection(store, {
      tripId: SAMPLE_TRIP_ID,
      baseUrl: 'https://192.168.0.10:8787',
      token: 'token',
      memberId: SAMPLE_TRIP_ID,
      organiser: true,
      fingerprint: null,
    });
  }
  await renderWithStore(
    language,
    store,
    <SyncProvider serverFor={() => memory.server}>
      <SyncStatus tripId={SAMPLE_TRIP_ID} />
    </SyncProvider>,
  );
  return { store, memory, line: () => document.querySelector('.sync-status__line')?.textContent ?? null };
}

const settle = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('the sync status', () => {
  it('syncs by itself at start and says what was sent and when', async () => {
    const { store, memory, line } = await setUp();
    await waitFor(() => expect(line()).toMatch(/^모든 변경을 보냈습니다 · 마지막 동기화 /), { timeout: 10_000 });
    expect(await store.db.outbox.count()).toBe(0);
    expect(memory.log.length).toBeGreaterThan(500);
  });

  it('says, in the interface language, that the server cannot be reached, what waits, and tries again on "Sync now"', async () => {
    const { memory, line } = await setUp();
    memory.setReachable(false);
    await waitFor(
      () =>
        expect(line()).toMatch(
          /^서버에 연결할 수 없습니다\. 연결되면 자동으로 다시 동기화합니다\. · 보낼 변경 \d+건 · 아직 동기화하지 않았습니다$/,
        ),
      { timeout: 10_000 },
    );
    memory.setReachable(true);
    await userEvent.setup().click(screen.getByRole('button', { name: '지금 동기화' }));
    await waitFor(() => expect(line()).toMatch(/^모든 변경을 보냈습니다/), { timeout: 10_000 });
  });

  it('tells the user their clock is off, by how much, and keeps syncing on the server’s time', async () => {
    const { store, line } = await setUp(true, 3 * 60 * 60 * 1000);
    await waitFor(
      () => expect(line()).toMatch(/^모든 변경을 보냈습니다 · 마지막 동기화 .* 이 기기의 시계가 3시간 빠릅니다\./),
      {
        timeout: 10_000,
      },
    );
    expect(await store.db.outbox.count()).toBe(0);
  });

  it('counts what the user wrote, not the fields it changed, and lists it on demand in the language’s own words (Japanese)', async () => {
    const { store, memory, line } = await setUp(true, 0, 'ja');
    memory.setReachable(false);
    await store.db.outbox.clear();
    const [visit] = (await listItinerary(store.db, SAMPLE_TRIP_ID)).filter((item) => item.kind === 'visit');
    const [first, second] = await listQuestions(store.db, SAMPLE_TRIP_ID);
    const [member] = await listMembers(store.db, SAMPLE_TRIP_ID);
    if (!visit || !first || !second || !member) throw new Error('The sample trip is incomplete');
    const writer = asMember(store, member.id);
    const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, memberId: member.id };
    await saveAnswer(writer, { ...key, questionId: first.id }, '国の補助金', 'ja');
    await saveAnswer(writer, { ...key, questionId: second.id }, '大学との共同研究', 'ja');
    // Saved again as typed on: still the same answer.
    await saveAnswer(writer, { ...key, questionId: second.id }, '大学との共同研究を続ける', 'ja');
    const text = (value: string) => ({ lang: 'ja' as const, text: value, translations: {} });
    await addQaNote(writer, SAMPLE_TRIP_ID, visit.id, {
      question: text('予算の出どころは？'),
      askedBy: member.id,
      answeredBy: null,
      answer: text('県の一般会計'),
      time: null,
      checklistQuestionIds: [],
    });
    expect(await store.db.outbox.count()).toBeGreaterThan(3);

    await waitFor(() => expect(line()).toMatch(/ · 送信待ちの変更 3件 · /), { timeout: 10_000 });
    const detail = screen.getByText('送信待ちの内容').closest('details') as HTMLElement;
    await userEvent.setup().click(within(detail).getByText('送信待ちの内容'));
    expect(within(detail).getByText('回答 2件、質疑応答 1件')).toBeTruthy();
  });

  it('shows nothing on a device that has joined no server', async () => {
    const { line } = await setUp(false);
    await settle(100);
    expect(line()).toBeNull();
  });
});
