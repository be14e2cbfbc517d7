import { MAX_NOTE_TEXT, newId } from '@shared/model';
import { emptyPerson } from '@shared/people/directory';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { MAX_TEXT_UPDATE } from '@shared/sync/leaves';
import type { Change } from '@shared/sync/merge';
import { describe, expect, it } from 'vitest';
import { seedTripInput } from '../../../test/fixtures/seedTrip';
import { openTestStore } from '../../../test/fixtures/store';
import { takeOutbox } from '../../../test/fixtures/twoDevices';
import { asMember, type Store } from '../database/store';
import { listChangeHistory } from '../history/recordHistory';
import { addHostPerson, hashedCardPhoto } from '../records/hostPeople';
import { addMember, getMember, listMembers, updateMember } from '../records/members';
import { loadSampleTrip } from '../records/sampleTrip';
import { createTrip } from '../records/trips';
import { applyRemote } from './applyRemote';

const tripInput = seedTripInput;

describe('applyRemote', () => {
  // Found by the property test of test/property/sync.test.ts (seed 1997, path "0"): the writer
  // kept `updatedBy.memberId` as it wrote it (null for a roster edit, or the member written as),
  // while every other device showed the member the server took from the device's token.
  it('gives a device’s own change, back from the server, the author the server gave it', async () => {
    const writer = await openTestStore();
    const other = await openTestStore();
    const trip = await createTrip(writer, tripInput);
    const member = await addMember(asMember(writer, null), trip.id, {
      name: '김민수',
      nameForHosts: '',
      affiliation: {},
      role: 'member',
      email: '',
      phone: '',
    });
    const organiser = newId();
    // What the server stores and answers: the author is the member of the token that pushed.
    const stored: Change[] = (await writer.db.outbox.toArray()).map((change) => ({ ...change, memberId: organiser }));
    await writer.db.outbox.clear();

    await applyRemote(writer, stored);
    await applyRemote(other, stored);

    const mine = await writer.db.members.get(member.id);
    expect(mine?.updatedBy).toEqual({ deviceId: writer.ctx.deviceId, memberId: organiser });
    expect(mine).toEqual(await other.db.members.get(member.id));
    expect(await writer.db.trips.get(trip.id)).toEqual(await other.db.trips.get(trip.id));
  });

  // Issue 17: the stamps alone (the winner's base later than the edit) let this edit go unmarked.
  it('keeps as lost, on every device, an offline edit older than the value the winner replaced', async () => {
    let now = Date.parse('1996-10-24T02:00:00Z');
    const clock = () => new Date(now);
    const [laptopBase, phoneBase, tabletBase] = [
      await openTestStore(clock),
      await openTestStore(clock),
      await openTestStore(clock),
    ];
    await loadSampleTrip(laptopBase);
    const sample = await takeOutbox(laptopBase);
    await applyRemote(phoneBase, sample);
    await applyRemote(tabletBase, sample);
    const members = await listMembers(laptopBase.db, SAMPLE_TRIP_ID);
    const organiser = members.find((one) => one.role === 'organiser');
    const member = members.find((one) => one.name === '강원도 과학기술전문위원');
    if (!organiser || !member) throw new Error('The sample trip is incomplete');
    const [laptop, tablet] = [asMember(laptopBase, organiser.id), asMember(tabletBase, organiser.id)];
    const phone = asMember(phoneBase, member.id);
    const setPhone = async (store: Store, number: string) => {
      now += 60_000;
      const { tripId: _, ...input } = (await getMember(store.db, member.id)) ?? member;
      await updateMember(store, member.id, { ...input, phone: number });
      return takeOutbox(store);
    };

    // The member, offline, writes their number; meanwhile the organiser writes it on the laptop,
    // and again on the tablet over the laptop's, which the member's edit is older than.
    const offline = await setPhone(phone, '010-1111-1111');
    const first = await setPhone(laptop, '010-2222-2222');
    await applyRemote(tablet, first);
    const second = await setPhone(tablet, '010-3333-3333');
    await applyRemote(laptop, [...second, ...offline]);
    await applyRemote(tablet, offline);
    await applyRemote(phone, [...second, ...first]);

    const [edit] = offline;
    for (const store of [laptop, phone, tablet]) {
      expect((await getMember(store.db, member.id))?.phone).toBe('010-3333-3333');
      expect((await store.db.lostChanges.toArray()).map((change) => change.id)).toEqual([edit?.id]);
    }
    // The member's own history says the number they wrote was not kept.
    const history = await listChangeHistory(phone.db, 'members', member.id);
    expect(history.changes.find((change) => change.id === edit?.id)).toMatchObject({
      value: '010-1111-1111',
      lost: true,
    });
  });

  it('skips a change the server would refuse, never storing it, and takes in the rest of the page', async () => {
    const writer = await openTestStore();
    const other = await openTestStore();
    const trip = await createTrip(writer, tripInput);
    const sent: Change[] = await writer.db.outbox.toArray();
    await writer.db.outbox.clear();
    const [purpose] = sent.filter((change) => change.path === 'purpose/text');
    if (!purpose) throw new Error('The trip has no purpose');
    // What a server kept before it had limits, or one that is not what it should be; stamped later than the rest.
    const later = `${purpose.hlc.slice(0, 10)}z${purpose.hlc.slice(11)}`;
    const refused = [
      { ...purpose, id: newId(), path: 'purpose/translations/ja', value: 'あ'.repeat(MAX_NOTE_TEXT + 1), hlc: later },
      { ...purpose, id: newId(), value: { yjs: 'A'.repeat(MAX_TEXT_UPDATE + 4) }, hlc: later },
      { ...purpose, id: newId(), value: { yjs: 'AAAA' }, hlc: later },
      { ...purpose, id: newId(), path: 'title/ko', value: '제목', hlc: `${later}${'x'.repeat(1024 * 1024)}` },
      { ...purpose, id: newId(), path: 'startDate', value: `1996-10-20${' '.repeat(1000)}`, hlc: later },
    ];
    const reached = { key: `sync:${trip.id}:pulled`, value: sent.length + refused.length };

    const applied = await applyRemote(other, [...sent.slice(0, 3), ...refused, ...sent.slice(3)], [reached]);

    expect(applied.applied).toBe(sent.length);
    expect(await other.db.trips.get(trip.id)).toEqual(await writer.db.trips.get(trip.id));
    expect(await other.db.settings.get(reached.key)).toEqual(reached);
    const ids = new Set(refused.map((change) => change.id));
    const state = await other.db.recordStates.get(`trips:${trip.id}`);
    expect(Object.values(state?.leaves ?? {}).filter((leaf) => ids.has(leaf.id))).toEqual([]);
    expect((await other.db.changeHistory.toArray()).filter((entry) => ids.has(entry.id))).toEqual([]);
    expect(await other.db.lostChanges.count()).toBe(0);
  });

  // What an app of protocol 11 does with a card's photo (docs/sync-protocol.md, section 10, "From 11 to 12").
  it('keeps a record whose leaf holds a value this app does not know unwritten, and writes it once that change comes', async () => {
    const writer = await openTestStore();
    const other = await openTestStore();
    const trip = await createTrip(writer, tripInput);
    const card = await hashedCardPhoto({
      fileName: 'card.jpg',
      mimeType: 'image/jpeg',
      file: new Blob(['abc']),
      thumbnail: null,
    });
    const person = await addHostPerson(writer, trip.id, { ...emptyPerson(), name: { ja: '山田 太郎' } }, card);
    const sent: Change[] = await writer.db.outbox.toArray();
    const photoId = person.cardAttachmentId ?? '';
    // The owner as this app sees a kind a later version adds: its schema refuses the value.
    const unknown = sent.map((change) =>
      change.recordId === photoId && change.path === 'owner'
        ? { ...change, value: { kind: 'slides', id: person.id } }
        : change,
    );

    await applyRemote(other, unknown);
    expect(await other.db.trips.get(trip.id)).toEqual(await writer.db.trips.get(trip.id));
    expect(await other.db.hostPeople.get(person.id)).toEqual(person);
    expect(await other.db.attachments.get(photoId)).toBeUndefined();
    expect(Object.keys((await other.db.recordStates.get(`attachments:${photoId}`))?.leaves ?? {})).not.toContain(
      'owner',
    );

    // Pulled again from the beginning by an app that knows the value (schema step 14): only that change is new.
    const again = await applyRemote(other, sent);
    expect(again.applied).toBe(1);
    expect(await other.db.attachments.get(photoId)).toEqual(await writer.db.attachments.get(photoId));
  });
});
