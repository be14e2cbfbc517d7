import { newId, type RecordId, recordSchemas } from '@shared/model';
import { sampleTrip } from '@shared/sample/stepi1996';
import { leavesOf, type SyncedTable } from '@shared/sync/leaves';
import { type Leaf, recordOf } from '@shared/sync/merge';
import { describe, expect, it } from 'vitest';
import { FieldbookDB } from '../database/db';
import { openStore, type Store } from '../database/store';
import { updateMember } from '../records/members';
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
/** A Korean delegation's trip, and one of Japanese delegates visiting Korea. */
const tripId = newId();
const trip = { ...meta(tripId), ...sampleFields };
const japaneseTripId = newId();
const japaneseTrip = { ...meta(japaneseTripId), ...sampleFields, languages: { home: 'ja', host: 'ko' } };

/** Members as version 8 stored them: the affiliation one string. */
const member = (inTrip: string, name: string, affiliation: string) => ({
  ...meta(newId()),
  tripId: inTrip,
  name,
  nameForHosts: '',
  affiliation,
  role: 'member',
  email: '',
  phone: '',
});
const oldMember = member(tripId, '경기도 과학기술전문위원', '경기도 과학기술과');
const japaneseMember = member(japaneseTripId, '福岡県 職員', '福岡県');

const leaf = (value: unknown): Leaf => ({ id: newId(), value, hlc: HLC, base: null, ...by });

/** A member's merge state as writeRecords kept it at version 8: the old single leaf included. */
function oldState(record: ReturnType<typeof member>) {
  const { affiliation, ...rest } = record;
  const leaves: Record<string, Leaf> = {};
  for (const [path, value] of leavesOf('members', { ...rest, affiliation: {} })) leaves[path] = leaf(value);
  leaves.affiliation = leaf(affiliation);
  return { key: `members:${record.id}`, table: 'members', id: record.id, tripId: record.tripId, leaves };
}

const change = (table: SyncedTable, recordId: string, inTrip: string, path: string, value: unknown) => ({
  id: newId(),
  table,
  recordId,
  tripId: inTrip,
  path,
  value,
  hlc: HLC,
  base: null,
  ...by,
});

const draft = (key: string, affiliation: string) => ({
  key,
  kind: 'form',
  value: { name: '', nameForHosts: '', affiliation, role: 'member', email: '', phone: '' },
  memberId: null,
  deviceId: 'old-device',
  typedAt: '2026-01-01T00:00:00.000Z',
  basedOn: HLC,
  sessionId: 'old-run',
});

/** A database as version 8 of the app left it: members, their sync state, history and forms' drafts. */
async function version8(): Promise<string> {
  const name = `upgrade-v8-${newId()}`;
  const v8 = new FieldbookDB(name, { upTo: 8 });
  await v8.trips.bulkAdd([trip, japaneseTrip] as never);
  await v8.members.bulkAdd([oldMember, japaneseMember] as never);
  await v8.recordStates.bulkAdd([oldState(oldMember), oldState(japaneseMember)] as never);
  // Not sent yet: the member's affiliation. Lost to the one now kept: another one.
  await v8.outbox.add(change('members', oldMember.id, tripId, 'affiliation', '경기도 과학기술과'));
  await v8.lostChanges.add(change('members', oldMember.id, tripId, 'affiliation', '경기도청'));
  await v8.changeHistory.add({
    ...change('members', japaneseMember.id, japaneseTripId, 'affiliation', '福岡県'),
    previous: '福岡市',
    origin: 'local',
  });
  await v8.drafts.bulkAdd([
    draft(`form:members:${oldMember.id}`, '경기도 경제과'),
    draft(`member:new:${japaneseTripId}`, '岐阜県'),
  ] as never);
  v8.close();
  return name;
}

async function stateOf(store: Store, id: string) {
  const state = await store.db.recordStates.get(`members:${id}`);
  if (!state) throw new Error(`no state of member ${id}`);
  return state;
}

describe('schema step 9: a member’s affiliation per language', () => {
  it('writes a version 8 member’s affiliation in the delegation’s language, nothing lost', async () => {
    const store = await openStore(await version8());
    expect(store.db.verno).toBe(LATEST_VERSION);
    const upgraded = await store.db.members.get(oldMember.id);
    expect(upgraded).toEqual({ ...oldMember, affiliation: { ko: '경기도 과학기술과' } });
    expect((await store.db.members.get(japaneseMember.id))?.affiliation).toEqual({ ja: '福岡県' });
    expect(recordSchemas.members.safeParse(upgraded).success).toBe(true);
    store.db.close();
  });

  it('keeps sync’s bookkeeping in step: merge states, unsent and lost changes, history and drafts', async () => {
    const store = await openStore(await version8());
    for (const id of [oldMember.id, japaneseMember.id]) {
      const { updatedAt, createdAt, hlc, updatedBy, ...stored } = (await store.db.members.get(id)) as Record<
        string,
        unknown
      >;
      expect(recordOf(await stateOf(store, id))).toMatchObject(stored);
    }
    const state = await stateOf(store, oldMember.id);
    expect(Object.keys(state.leaves)).not.toContain('affiliation');
    expect(state.leaves['affiliation/ko']?.value).toBe('경기도 과학기술과');
    expect((await stateOf(store, japaneseMember.id)).leaves['affiliation/ja']?.value).toBe('福岡県');

    const [unsent] = await store.db.outbox.toArray();
    expect(unsent).toMatchObject({ path: 'affiliation/ko', value: '경기도 과학기술과', hlc: HLC });
    const [lost] = await store.db.lostChanges.toArray();
    expect(lost).toMatchObject({ path: 'affiliation/ko', value: '경기도청' });
    const [kept] = await store.db.changeHistory.toArray();
    expect(kept).toMatchObject({ path: 'affiliation/ja', value: '福岡県', previous: '福岡市' });
    expect((await store.db.drafts.get(`form:members:${oldMember.id}`))?.value).toMatchObject({
      affiliation: { ko: '경기도 경제과' },
    });
    expect((await store.db.drafts.get(`member:new:${japaneseTripId}`))?.value).toMatchObject({
      affiliation: { ja: '岐阜県' },
    });
    store.db.close();
  });

  it('sends, for an upgraded member edited afterwards, only the language that changed, over the change it replaced', async () => {
    const store = await openStore(await version8());
    await store.db.outbox.clear();
    const { id, tripId: _trip, createdAt, updatedAt, hlc, updatedBy, deletedAt, ...fields } = oldMember;
    const before = await stateOf(store, id);
    await updateMember(store, id, {
      ...fields,
      role: 'member',
      affiliation: { ko: '경기도 과학기술과', ja: '京畿道' },
    });
    expect((await store.db.outbox.toArray()).map(({ path, value, base }) => [path, value, base])).toEqual([
      ['affiliation/ja', '京畿道', null],
    ]);
    await store.db.outbox.clear();
    await updateMember(store, id, { ...fields, role: 'member', affiliation: { ko: '경기도청', ja: '京畿道' } });
    expect((await store.db.outbox.toArray()).map(({ path, base }) => [path, base])).toEqual([
      ['affiliation/ko', before.leaves['affiliation/ko']?.hlc],
    ]);
    store.db.close();
  });
});
