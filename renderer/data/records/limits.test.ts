import {
  answerId,
  type ItineraryItem,
  ListTooLongError,
  MAX_AGENDA_ITEMS,
  MAX_LINE_TEXT,
  MAX_LINKED_QUESTIONS,
  MAX_MERGED_TEXT,
  MAX_NOTE_TEXT,
  MAX_POSITION,
  type MinutesInput,
  newId,
  TextTooLongError,
} from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { MAX_TEXT_UPDATE } from '@shared/sync/leaves';
import { base64Length, fromBase64, isTextUpdate, mergeUpdates, textOf } from '@shared/sync/texts';
import { describe, expect, it } from 'vitest';
import { takeOutbox, twoDevices } from '../../../test/fixtures/twoDevices';
import type { Store } from '../database/store';
import { changeMeta } from '../database/writeContext';
import { enqueueTrip } from '../sync/publishTrip';
import { RefusedChangeError, writeRecords, writeTransaction } from '../writes/writes';
import { saveAnswer } from './checklistAnswers';
import { listQuestions } from './checklistQuestions';
import { listItinerary } from './itineraryItems';
import { getMinutes, saveMinutes } from './minutes';
import { addQaNote, updateQaNote } from './qaNotes';
import { saveTranslation } from './translations';

const text = (value: string) => ({ lang: 'ko' as const, text: value, translations: {} });
const blankMinutes: MinutesInput = {
  hostAttendees: [],
  delegationAttendeeIds: [],
  agenda: [],
  discussion: text(''),
  decisions: text(''),
  followUps: [],
};

/** Two devices over the sample trip, and a visit of it without notes yet (Gifu). */
async function setUp() {
  const devices = await twoDevices();
  const items = await listItinerary(devices.laptop.db, SAMPLE_TRIP_ID);
  const visit = items.find((item) => item.host?.name.ja === '岐阜県庁');
  if (!visit) throw new Error('The sample trip is incomplete');
  return { ...devices, visit, items };
}

/** What a store holds of a trip, to see that a refused write left it as it was. */
const snapshot = async (store: Store) => ({
  outbox: await store.db.outbox.count(),
  minutes: await store.db.minutes.toArray(),
  qaNotes: await store.db.qaNotes.toArray(),
  items: await store.db.itineraryItems.toArray(),
});

async function refusal(write: Promise<unknown>): Promise<unknown> {
  try {
    await write;
  } catch (error) {
    return error;
  }
  return null;
}

describe('limits on the device', () => {
  it('refuse, before anything is written, a text, a list, a line or a position past its limit', async () => {
    const { phone, visit, items } = await setUp();
    const note = await addQaNote(phone, SAMPLE_TRIP_ID, visit.id, {
      question: text('예산은?'),
      askedBy: null,
      answeredBy: null,
      answer: text('1/4'),
      time: null,
      checklistQuestionIds: [],
    });
    await saveMinutes(phone, SAMPLE_TRIP_ID, visit.id, blankMinutes);
    await takeOutbox(phone);
    const before = await snapshot(phone);
    const questionIds = Array.from({ length: MAX_LINKED_QUESTIONS + 1 }, () => newId());
    const tooMany = Array.from({ length: MAX_AGENDA_ITEMS + 1 }, () => ({
      id: newId(),
      title: text(''),
      notes: text(''),
    }));
    const longLine = [{ id: newId(), text: text('가'.repeat(MAX_LINE_TEXT + 1)), ownerId: null, done: false }];
    const [item] = items;
    if (!item) throw new Error('The sample trip has no itinerary');
    // Where a day reordered into one ever narrower gap some 450 times would put an item.
    const crowded: ItineraryItem = { ...item, position: `a${'V'.repeat(MAX_POSITION)}`, ...changeMeta(phone.ctx) };

    const refusals = [
      await refusal(
        saveTranslation(
          phone,
          { table: 'qaNotes', id: note.id, field: 'answer' },
          'ja',
          'あ'.repeat(MAX_NOTE_TEXT + 1),
        ),
      ),
      await refusal(saveMinutes(phone, SAMPLE_TRIP_ID, visit.id, { ...blankMinutes, agenda: tooMany })),
      await refusal(saveMinutes(phone, SAMPLE_TRIP_ID, visit.id, { ...blankMinutes, followUps: longLine })),
      await refusal(updateQaNote(phone, note.id, { ...note, checklistQuestionIds: questionIds })),
      await refusal(
        writeTransaction(phone.db, [phone.db.itineraryItems], () => writeRecords(phone, 'itineraryItems', [crowded])),
      ),
    ];

    expect(refusals).toEqual([
      new TextTooLongError(MAX_NOTE_TEXT + 1, MAX_NOTE_TEXT),
      new ListTooLongError(MAX_AGENDA_ITEMS + 1, MAX_AGENDA_ITEMS),
      new TextTooLongError(MAX_LINE_TEXT + 1, MAX_LINE_TEXT),
      new ListTooLongError(MAX_LINKED_QUESTIONS + 1, MAX_LINKED_QUESTIONS),
      new RefusedChangeError('itineraryItems', 'position', 'invalid_value'),
    ]);
    expect(await snapshot(phone)).toEqual(before);
  });

  it('keep a text that members’ words merged past what one may write, shown on every device and editable', async () => {
    const { laptop, phone, visit, send, key } = await setUpAnswers();
    // The organiser and a member each write the minutes' discussion at once, offline, as long as one may.
    const kim = '가'.repeat(MAX_NOTE_TEXT);
    const lee = '나'.repeat(MAX_NOTE_TEXT);
    await saveMinutes(laptop, SAMPLE_TRIP_ID, visit.id, { ...blankMinutes, discussion: text(kim) });
    await saveMinutes(phone, SAMPLE_TRIP_ID, visit.id, { ...blankMinutes, discussion: text(lee) });
    await send(laptop, phone);
    await send(phone, laptop);

    const merged = (await getMinutes(phone.db, visit.id))?.discussion.text ?? '';
    expect(merged).toHaveLength(2 * MAX_NOTE_TEXT);
    expect(merged).toContain(kim);
    expect(merged).toContain(lee);
    expect((await getMinutes(laptop.db, visit.id))?.discussion.text).toBe(merged);

    // Either of them goes on writing it: others' words made it long, not theirs.
    await saveMinutes(phone, SAMPLE_TRIP_ID, visit.id, { ...blankMinutes, discussion: text(`${merged} 끝.`) });
    await send(phone, laptop);
    expect((await getMinutes(laptop.db, visit.id))?.discussion.text).toBe(`${merged} 끝.`);
    // Up to what a merged text may hold; and a text of one writer alone is held to what one may write.
    expect(
      await refusal(
        saveMinutes(phone, SAMPLE_TRIP_ID, visit.id, {
          ...blankMinutes,
          discussion: text('다'.repeat(MAX_MERGED_TEXT + 1)),
        }),
      ),
    ).toEqual(new TextTooLongError(MAX_MERGED_TEXT + 1, MAX_MERGED_TEXT));
    expect(await refusal(saveAnswer(phone, key, '라'.repeat(MAX_NOTE_TEXT + 1), 'ko'))).toEqual(
      new TextTooLongError(MAX_NOTE_TEXT + 1, MAX_NOTE_TEXT),
    );
  });

  it('send a text that would not fit one change in several: unsent updates, and all of it when starting over', async () => {
    const { phone, key } = await setUpAnswers();
    await takeOutbox(phone);
    // Six runs of the app (each its own Yjs client) each rewrote the answer whole before it could be sent.
    let latest = '';
    for (const [run, syllable] of ['가', '나', '다', '라', '마', '바'].entries()) {
      latest = syllable.repeat(MAX_NOTE_TEXT);
      await saveAnswer({ db: phone.db, ctx: { ...phone.ctx, textClient: 100 + run } }, key, latest, 'ko');
    }
    const id = answerId(key.visitId, key.questionId, key.memberId);
    const updatesOf = async () =>
      (await phone.db.outbox.toArray())
        .filter((change) => change.recordId === id && change.path === 'body/text')
        .map((change) => (isTextUpdate(change.value) ? change.value.yjs : ''));
    const waiting = await updatesOf();
    expect(waiting.length).toBeGreaterThan(1);
    for (const update of waiting) expect(update.length).toBeLessThanOrEqual(MAX_TEXT_UPDATE);
    expect(textOf(mergeUpdates(waiting.map(fromBase64)))).toBe(latest);

    await takeOutbox(phone);
    await enqueueTrip(phone, SAMPLE_TRIP_ID);
    const whole = await updatesOf();
    expect(base64Length(mergeUpdates(whole.map(fromBase64)))).toBeGreaterThan(MAX_TEXT_UPDATE);
    for (const update of whole) expect(update.length).toBeLessThanOrEqual(MAX_TEXT_UPDATE);
    expect(textOf(mergeUpdates(whole.map(fromBase64)))).toBe(latest);
  });
});

/** The two devices, and the member's answer to the first checklist question at the visit. */
async function setUpAnswers() {
  const devices = await setUp();
  const [question] = await listQuestions(devices.phone.db, SAMPLE_TRIP_ID);
  if (!question) throw new Error('The sample trip has no checklist');
  const key = {
    tripId: SAMPLE_TRIP_ID,
    visitId: devices.visit.id,
    questionId: question.id,
    memberId: devices.member.id,
  };
  return { ...devices, key };
}
