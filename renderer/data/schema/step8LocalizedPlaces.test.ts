import { newId, type RecordId, recordSchemas, reportLayoutId, reportNoteId } from '@shared/model';
import { sampleTrip } from '@shared/sample/stepi1996';
import { leavesOf, type SyncedTable } from '@shared/sync/leaves';
import { type Leaf, recordOf } from '@shared/sync/merge';
import { describe, expect, it } from 'vitest';
import { FieldbookDB } from '../database/db';
import { openStore, type Store } from '../database/store';
import { updateTrip } from '../records/trips';
import { writeRecords, writeTransaction } from '../writes/writes';
import { LATEST_VERSION } from './steps';

const HLC = '0000000000a-00000-old-device';
const by = { deviceId: 'old-device', memberId: null };
const meta = (id: RecordId) => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  hlc: HLC,
  updatedBy: by,
  deletedAt: null,
});

const { id: _id, ...sampleFields } = sampleTrip;
/** The sample trip as version 7 stored it: its organiser one string, in Korean. */
const tripId = newId();
const oldTrip = { ...meta(tripId), ...sampleFields, organiser: '과학기술정책관리연구소 (STEPI)' };

const item = (fields: Record<string, unknown>) => ({
  ...meta(newId()),
  tripId,
  kind: 'visit',
  title: {},
  date: '1996-10-22',
  startTime: '15:20',
  endDate: null,
  endTime: '16:10',
  timeZone: 'Asia/Tokyo',
  endTimeZone: null,
  location: '',
  host: null,
  attendeeIds: null,
  expectedAttendees: null,
  preparationNotes: { lang: 'ko', text: '', translations: {} },
  position: 'a0',
  ...fields,
});
const oldHost = { name: { ko: '후쿠오카현청', ja: '福岡県庁' }, address: '福岡県福岡市博多区東公園7-7', contacts: [] };
const oldVisit = item({ host: oldHost });
const oldLecture = item({ kind: 'lecture', title: { ko: '강연 2' }, location: '福岡市', position: 'a1' });

const leaf = (value: unknown): Leaf => ({ id: newId(), value, hlc: HLC, base: null, ...by });

/** A record's merge state as writeRecords kept it at version 7: the old single leaves included. */
function oldState(table: SyncedTable, record: Record<string, unknown> & { id: string }, old: Record<string, unknown>) {
  const leaves: Record<string, Leaf> = {};
  for (const [path, value] of leavesOf(table, record)) leaves[path] = leaf(value);
  for (const [path, value] of Object.entries(old)) leaves[path] = leaf(value);
  return { key: `${table}:${record.id}`, table, id: record.id, tripId, leaves };
}

const change = (table: SyncedTable, recordId: string, path: string, value: unknown) => ({
  id: newId(),
  table,
  recordId,
  tripId,
  path,
  value,
  hlc: HLC,
  base: null,
  ...by,
});

/** A database as version 7 of the app left it: records, their sync state, history and a form's draft. */
async function version7(): Promise<string> {
  const name = `upgrade-v7-${newId()}`;
  const v7 = new FieldbookDB(name, { upTo: 7 });
  await v7.trips.add(oldTrip as never);
  await v7.itineraryItems.bulkAdd([oldVisit, oldLecture] as never);
  await v7.recordStates.bulkAdd([
    oldState('trips', oldTrip, { organiser: oldTrip.organiser }),
    oldState('itineraryItems', oldVisit, { location: '' }),
    oldState('itineraryItems', oldLecture, { location: '福岡市' }),
  ]);
  // Not sent yet: the lecture's place. Lost to the organiser now kept: another one.
  await v7.outbox.add(change('itineraryItems', oldLecture.id, 'location', '福岡市'));
  await v7.lostChanges.add(change('trips', tripId, 'organiser', 'KISTEP'));
  await v7.changeHistory.add({
    ...change('itineraryItems', oldVisit.id, 'host', oldHost),
    previous: { ...oldHost, address: '福岡市' },
    origin: 'local',
  });
  await v7.drafts.add({
    key: `form:trips:${tripId}`,
    kind: 'form',
    value: { ...sampleFields, organiser: 'STEPI 국제협력단' },
    memberId: null,
    deviceId: 'old-device',
    typedAt: '2026-01-01T00:00:00.000Z',
    basedOn: HLC,
    sessionId: 'old-run',
  });
  v7.close();
  return name;
}

async function stateOf(store: Store, table: SyncedTable, id: string) {
  const state = await store.db.recordStates.get(`${table}:${id}`);
  if (!state) throw new Error(`no state of ${table} ${id}`);
  return state;
}

describe('schema step 8: the organiser, addresses and places per language', () => {
  it('writes a version 7 trip’s organiser and places in the delegation’s language, an address in the hosts’, nothing lost', async () => {
    const store = await openStore(await version7());
    expect(store.db.verno).toBe(LATEST_VERSION);
    const trip = await store.db.trips.get(tripId);
    expect(trip?.organiser).toEqual({ ko: '과학기술정책관리연구소 (STEPI)' });
    expect(trip).toEqual({ ...oldTrip, organiser: { ko: oldTrip.organiser } });
    const visit = await store.db.itineraryItems.get(oldVisit.id);
    expect(visit?.host?.address).toEqual({ ja: '福岡県福岡市博多区東公園7-7' });
    expect(visit?.host?.name).toEqual(oldHost.name);
    expect((await store.db.itineraryItems.get(oldLecture.id))?.location).toEqual({ ko: '福岡市' });
    for (const record of [trip, visit]) {
      const table = record === trip ? 'trips' : 'itineraryItems';
      expect(recordSchemas[table].safeParse(record).success).toBe(true);
    }
    store.db.close();
  });

  it('keeps sync’s bookkeeping in step: merge states, unsent and lost changes, history and drafts', async () => {
    const store = await openStore(await version7());
    // Each merge state stands for the record as stored, leaf for leaf, with the change that won each.
    for (const [table, id] of [
      ['trips', tripId],
      ['itineraryItems', oldVisit.id],
      ['itineraryItems', oldLecture.id],
    ] as const) {
      const state = await stateOf(store, table, id);
      const { updatedAt, createdAt, hlc, updatedBy, ...stored } = (await store.db.table(table).get(id)) as Record<
        string,
        unknown
      >;
      expect(recordOf(state)).toMatchObject(stored);
    }
    const tripState = await stateOf(store, 'trips', tripId);
    expect(Object.keys(tripState.leaves)).not.toContain('organiser');
    expect(tripState.leaves['organiser/ko']?.value).toBe(oldTrip.organiser);

    const [unsent] = await store.db.outbox.toArray();
    expect(unsent).toMatchObject({ path: 'location/ko', value: '福岡市', hlc: HLC });
    const [lost] = await store.db.lostChanges.toArray();
    expect(lost).toMatchObject({ path: 'organiser/ko', value: 'KISTEP' });
    const [kept] = await store.db.changeHistory.toArray();
    expect(kept?.value).toEqual({ ...oldHost, address: { ja: oldHost.address } });
    expect(kept?.previous).toEqual({ ...oldHost, address: { ja: '福岡市' } });
    const draft = await store.db.drafts.get(`form:trips:${tripId}`);
    expect(draft?.value).toMatchObject({ organiser: { ko: 'STEPI 국제협력단' } });
    store.db.close();
  });

  it('sends, for an upgraded trip edited afterwards, only the language that changed, over the change it replaced', async () => {
    const store = await openStore(await version7());
    await store.db.outbox.clear();
    const { id: _, createdAt, updatedAt, hlc, updatedBy, deletedAt, ...fields } = oldTrip;
    const before = await stateOf(store, 'trips', tripId);
    await updateTrip(store, tripId, {
      ...fields,
      organiser: { ko: oldTrip.organiser, ja: '科学技術政策管理研究所（STEPI）' },
    });
    expect((await store.db.outbox.toArray()).map(({ path, value, base }) => [path, value, base])).toEqual([
      ['organiser/ja', '科学技術政策管理研究所（STEPI）', null],
    ]);
    await store.db.outbox.clear();
    await updateTrip(store, tripId, {
      ...fields,
      organiser: { ko: 'STEPI 국제협력단', ja: '科学技術政策管理研究所（STEPI）' },
    });
    expect((await store.db.outbox.toArray()).map(({ path, base }) => [path, base])).toEqual([
      ['organiser/ko', before.leaves['organiser/ko']?.hlc],
    ]);
    store.db.close();
  });

  it('makes room for the report: its notes and its layout write through the funnel and read back', async () => {
    const store = await openStore(await version7());
    const evaluation = {
      ...meta(reportNoteId(tripId, { kind: 'evaluation', questionId: null, itemId: null })),
      tripId,
      kind: 'evaluation' as const,
      questionId: null,
      itemId: null,
      body: { lang: 'ko' as const, text: '지자체 간 교류가 필요하다.', translations: { ja: '自治体間の交流が必要。' } },
    };
    const layout = {
      ...meta(reportLayoutId(tripId)),
      tripId,
      order: ['findings' as const, 'roster' as const],
      omitted: ['itinerary' as const],
    };
    await writeTransaction(store.db, [store.db.reportNotes, store.db.reportLayouts], async () => {
      await writeRecords(store, 'reportNotes', [evaluation]);
      await writeRecords(store, 'reportLayouts', [layout]);
    });
    expect(await store.db.reportNotes.where('tripId').equals(tripId).toArray()).toEqual([evaluation]);
    expect(await store.db.reportLayouts.get(layout.id)).toEqual(layout);
    const sent = (await store.db.outbox.where('tripId').equals(tripId).toArray()).map((c) => `${c.table} ${c.path}`);
    expect(sent).toEqual(
      expect.arrayContaining(['reportNotes body/text', 'reportNotes body/translations/ja', 'reportLayouts omitted']),
    );
    store.db.close();
  });
});
