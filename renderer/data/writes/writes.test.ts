import { answerId } from '@shared/model';
import type { Change } from '@shared/sync/merge';
import type { Bundle } from '@shared/sync/signing';
import { fromBase64, type TextUpdate, textOf } from '@shared/sync/texts';
import { describe, expect, it } from 'vitest';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { seedTripInput } from '../../../test/fixtures/seedTrip';
import { openTestStore } from '../../../test/fixtures/store';
import { serverInMemory } from '../../../test/fixtures/syncServer';
import { asMember, type Store } from '../database/store';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { addGlossaryTerm, listGlossaryTerms } from '../records/glossaryTerms';
import { addMember, updateMember } from '../records/members';
import { loadSampleTrip } from '../records/sampleTrip';
import { createTrip } from '../records/trips';
import { applyRemote } from '../sync/applyRemote';
import { syncTrip } from '../sync/syncTrip';

/** The seed's trip, made on `store`'s device. */
const aTrip = (store: Store) => createTrip(store, seedTripInput);

const kim = { name: '김민수', nameForHosts: '', affiliation: {}, role: 'member' as const, email: '', phone: '' };

describe('the write funnel', () => {
  // Found by the property test of test/property/sync.test.ts (seed 1997, path "0"): saving an
  // itinerary item unchanged gave the writer's copy a new stamp, time and author that no change
  // carried to the other devices, so the devices never agreed on the record again until its next change.
  it('leaves a record as it is when a write changes none of its leaves, as every other device has it', async () => {
    const writer = await openTestStore();
    const other = await openTestStore();
    const trip = await aTrip(writer);
    const member = await addMember(writer, trip.id, kim);
    const sent: Change[] = await writer.db.outbox.toArray();
    await writer.db.outbox.clear();
    await applyRemote(other, sent);
    await applyRemote(writer, sent);

    await updateMember(writer, member.id, kim);

    expect(await writer.db.outbox.count()).toBe(0);
    expect(await writer.db.members.get(member.id)).toEqual(await other.db.members.get(member.id));
  });

  // Found with the stamps' bound set to one minute (shared/sync/hlc.ts): a device that received a value stamped
  // further ahead than its clock follows wrote over it with an earlier stamp, so its edit won on its own screen
  // and lost everywhere else.
  it('stamps an edit after the value it replaces, however far ahead of this device’s clock that value was', async () => {
    const tenMinutes = 10 * 60 * 1000;
    const fast = await openTestStore(() => new Date(Date.now() + tenMinutes));
    const slow = await openTestStore();
    const trip = await aTrip(fast);
    const member = await addMember(fast, trip.id, kim);
    await applyRemote(slow, await fast.db.outbox.toArray());
    const received = await slow.db.members.get(member.id);

    const renamed = await updateMember(slow, member.id, { ...kim, name: '김민수 위원' });
    const edits: Change[] = await slow.db.outbox.toArray();
    await applyRemote(fast, edits);

    expect(renamed.hlc > (received?.hlc ?? '')).toBe(true);
    expect(edits.every((change) => change.hlc > (received?.hlc ?? ''))).toBe(true);
    expect((await fast.db.members.get(member.id))?.name).toBe('김민수 위원');
    expect(await fast.db.members.get(member.id)).toEqual(await slow.db.members.get(member.id));
  });

  // A write of a table that keeps no history and marks nothing lost awaited two async functions that
  // touched no table in a row (keepHistory, keepLost): the transaction committed before the write was done.
  it('writes a record whose table keeps no history and whose leaves mark nothing lost, whole', async () => {
    const { store, trip } = await sampleVisit('福岡県庁');

    const term = await addGlossaryTerm(store, trip.id, { term: { ko: '자치성', ja: '自治省' }, note: '' });

    expect((await listGlossaryTerms(store.db, trip.id)).at(-1)).toEqual(term);
    expect(await store.db.settings.get('clock')).toEqual({ key: 'clock', value: store.ctx.clock.latest() });
  });
});

describe('the outbox', () => {
  /** The sample trip sent, then one member's answer at a visit, saved `times` times with a longer text each time. */
  async function answerSavedOften(times: number) {
    const { base, store, visit, me, trip } = await sampleVisit('福岡県庁');
    const [question] = await listQuestions(base.db, trip.id);
    if (!question) throw new Error('The sample trip has no checklist');
    await base.db.outbox.clear();
    const key = { tripId: trip.id, visitId: visit.id, questionId: question.id, memberId: me.id };
    const texts = Array.from({ length: times }, (_, index) => '현 예산의 1/4~1/5를 과학기술에. '.repeat(index + 1));
    for (const text of texts) await saveAnswer(store, key, text, 'ko');
    return { base, store, key, texts, id: answerId(visit.id, question.id, me.id) };
  }

  it('keeps one change per leaf until it is sent: a later save takes the place of an unsent one, and its base', async () => {
    const { base, texts, id } = await answerSavedOften(20);
    const changes = await base.db.outbox.where('recordId').equals(id).toArray();
    const text = changes.filter((change) => change.path === 'body/text');
    expect(text).toEqual([expect.objectContaining({ base: null })]);
    // The one change is every save's update merged: from nothing, it makes the last text.
    expect(textOf(fromBase64((text[0]?.value as TextUpdate | undefined)?.yjs ?? ''))).toBe(texts.at(-1));
    // Every leaf of the answer once, as when it was made in one save.
    expect(new Set(changes.map((change) => change.path)).size).toBe(changes.length);
  });

  it('keeps a change a push has carried, and stamps the next one over it: the server may hold it already', async () => {
    const { base, store, key, id } = await answerSavedOften(1);
    const memory = serverInMemory();
    let answer: () => void = () => undefined;
    const pushed = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const held = {
      ...memory.server,
      push: async (tripId: string, changes: Change[], bundles: readonly Bundle[]) => {
        const result = await memory.server.push(tripId, changes, bundles);
        await pushed;
        return result;
      },
    };
    const sync = syncTrip(base, held, key.tripId);
    await expect.poll(() => memory.log.some((change) => change.recordId === id)).toBe(true);
    const sent = memory.log.find((change) => change.recordId === id && change.path === 'body/text');
    await saveAnswer(store, key, '현 예산의 1/4~1/5를 과학기술에, 나머지는 국고 보조.', 'ko');
    answer();
    await sync;

    // The sync sent the new change after the first: both reached the server, the second over the first.
    const texts = memory.log.filter((change) => change.recordId === id && change.path === 'body/text');
    expect(texts).toEqual([sent, expect.objectContaining({ base: sent?.hlc })]);
    expect(await base.db.outbox.count()).toBe(0);
  });

  it('merges five saves here, kept as one change, with a concurrent edit there: both devices hold both texts', async () => {
    const { base, store, key, id } = await answerSavedOften(1);
    const other = await openTestStore(() => new Date(Date.parse('1996-10-24T02:00:00Z')));
    const known = (await base.db.outbox.toArray()).map(({ sending: _, ...change }) => change);
    await base.db.outbox.clear();
    await loadSampleTrip(other);
    await other.db.outbox.clear();
    await applyRemote(other, known);
    const start = (await other.db.checklistAnswers.get(id))?.body.text ?? '';
    // Offline, each on their own: five saves here, one there, over the same answer.
    for (const ending of ['1', '2', '3', '4', '5']) await saveAnswer(store, key, `${start} 여기서 ${ending}`, 'ko');
    await saveAnswer(asMember(other, key.memberId), key, `${start} 저기서`, 'ko');
    const here = (await base.db.outbox.toArray()).map(({ sending: _, ...change }) => change);
    const there = (await other.db.outbox.toArray()).map(({ sending: _, ...change }) => change);
    expect(here.filter((change) => change.path === 'body/text')).toHaveLength(1);

    await applyRemote(base, there);
    await applyRemote(other, here);
    const texts = await Promise.all(
      [base, other].map(async (device) => (await device.db.checklistAnswers.get(id))?.body.text),
    );
    expect(texts[0]).toBe(texts[1]);
    expect(texts[0]).toContain(' 여기서 5');
    expect(texts[0]).toContain(' 저기서');
    expect(await base.db.lostChanges.count()).toBe(0);
  });
});
