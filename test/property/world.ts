import type { RecordId } from '@shared/model';
import { type Connection, httpSyncServer, publishTrip, SyncError } from '@shared/sync/client';
import { type Change, change } from '@shared/sync/merge';
import { openStore, type Store } from '../../renderer/data/database/store';
import { saveConnection } from '../../renderer/data/device/syncConnections';
import { listQuestions } from '../../renderer/data/records/checklistQuestions';
import { saveItineraryItem } from '../../renderer/data/records/itineraryItems';
import { addMember } from '../../renderer/data/records/members';
import { createTrip } from '../../renderer/data/records/trips';
import { inviteToTrip, joinWithInvitation } from '../../renderer/data/sync/invitations';
import { enqueueTrip } from '../../renderer/data/sync/publishTrip';
import { syncTrip } from '../../renderer/data/sync/syncTrip';
import type { Storage } from '../../server/storage/storage';
import { startServer, type TestServer } from '../../server/test/harness';
import type { FaultyProxy } from '../fixtures/faultyProxy';
import { seedTripInput } from '../fixtures/seedTrip';

/** One device: a real store over its own fake-indexeddb database, reaching the server through the proxy. */
export interface Client {
  /** Its IndexedDB database, which outlives a restart. */
  database: string;
  store: Store;
  /** The member the device is bound to (it joined as them). */
  memberId: RecordId;
  token: string;
  online: boolean;
  /** How far this device's wall clock is off the world's time (ms). */
  skew: number;
  /** Undo of its latest undoable changes, as the app offers them (lost on a restart, as the app's are). */
  undo: (() => Promise<void>)[];
  /** A second window of the app on the same database, opened when first used. */
  tab: Store | null;
  /** The minutes' discussion of each visit as each window's editor last showed it. */
  shown: Map<string, string>;
}

/** The server and its storage: the storage outlives a restart of the server. */
export interface ServerSlot {
  storage: Storage;
  server: TestServer | null;
}

/** One run's trip and devices. */
export interface World {
  tripId: RecordId;
  /** The roster: the organiser, the two members with devices, one member without a device. */
  members: RecordId[];
  visits: RecordId[];
  questions: RecordId[];
  /** Q&A notes made so far on any device (a device may not have them yet). */
  qaNotes: RecordId[];
  clients: Client[];
  /** The world's time, which every device's clock follows with its skew. */
  time: number;
  /** Every change a device wrote, by the device's index. */
  written: { client: number; change: Change }[];
  /** Every run of text a member typed into a visit's discussion and the device saved. */
  typed: { client: number; visitId: RecordId; run: string }[];
  slot: ServerSlot;
  proxy: FaultyProxy;
  /** What happened, command by command, for a failure's report. */
  trace: string[];
}

let databases = 0;

/**
 * Opens (or reopens, after a restart) a device's store over its database, on
 * its skewed clock; every change a write of it puts in the outbox, once its
 * transaction commits, is kept in `world.written`, as last stamped there.
 */
export async function openClient(world: World, index: number, database: string): Promise<Store> {
  const store = await openStore(database, () => new Date(world.time + (world.clients[index]?.skew ?? 0)));
  store.db.outbox.hook('creating', function (_key, change) {
    this.onsuccess = () => {
      world.written.push({ client: index, change });
    };
  });
  // A change stamped afresh before it went (its device's clock found ahead) is checked as it was sent.
  store.db.outbox.hook('updating', function (modifications, _key, change) {
    this.onsuccess = () => {
      const entry = world.written.find((written) => written.change.id === change.id);
      if (entry) entry.change = { ...change, ...(modifications as Partial<Change>) };
    };
  });
  return store;
}

const connection = (world: World, client?: Client): Connection => ({
  baseUrl: world.proxy.url,
  // A device offline cannot reach anything: its requests fail before they leave it.
  fetch: (url, init) =>
    client && !client.online ? Promise.reject(new TypeError('fetch failed (offline)')) : fetch(url, init),
  ...(client ? { token: client.token } : {}),
});

export const serverOf = (world: World, client: Client) => httpSyncServer(connection(world, client));

/** The server, straight (not through the proxy): what it stored, as a device would pull it. */
export async function storedChanges(world: World): Promise<Change[]> {
  const { server } = world.slot;
  const [organiser] = world.clients;
  if (!server || !organiser) throw new Error('No server or no organiser');
  const direct = httpSyncServer({ baseUrl: server.url, fetch, token: organiser.token });
  const all: Change[] = [];
  let after = 0;
  for (;;) {
    const page = await direct.pull(world.tripId, after);
    all.push(...page.changes.map((pulled) => change.parse(pulled) as Change));
    after = page.next;
    if (!page.more) return all;
  }
}

/** Every change the server holds a place for, compacted ones too (section 6): what reached it. */
export async function storedIds(world: World): Promise<Set<string>> {
  const rows = await world.slot.storage.query<{ id: string }>('SELECT id FROM changes WHERE trip_id = $1', [
    world.tripId,
  ]);
  return new Set(rows.map((row) => row.id));
}

export async function startServerIn(slot: ServerSlot, proxy: FaultyProxy): Promise<void> {
  if (slot.server) return;
  // Texts are stood for by checkpoints from their second update on, so that sequences this short make them.
  slot.server = await startServer(slot.storage, { checkpointAfter: 2 });
  proxy.setTarget(slot.server.url);
}

export async function stopServerIn(slot: ServerSlot, proxy: FaultyProxy): Promise<void> {
  proxy.setTarget(null);
  await slot.server?.close();
  slot.server = null;
}

const text = (value: string) => ({ lang: 'ko' as const, text: value, translations: {} });

/**
 * A new trip on a new organiser's device, published to the server (no
 * faults), and two members' devices joined with invitations, each synced
 * once: where every run starts.
 */
export async function makeWorld(slot: ServerSlot, proxy: FaultyProxy, skews: readonly number[]): Promise<World> {
  await startServerIn(slot, proxy);
  proxy.calm();
  const world: World = {
    tripId: '',
    members: [],
    visits: [],
    questions: [],
    qaNotes: [],
    clients: [],
    time: Date.now(),
    written: [],
    typed: [],
    slot,
    proxy,
    trace: [],
  };
  const newClient = async (memberId: RecordId, token: string, index: number) => {
    databases += 1;
    const database = `fieldbook-property-${process.pid}-${databases}`;
    const client: Client = {
      database,
      store: await openClient(world, index, database),
      memberId,
      token,
      online: true,
      skew: skews[index] ?? 0,
      undo: [],
      tab: null,
      shown: new Map(),
    };
    world.clients[index] = client;
    return client;
  };
  // The organiser's device exists before it has a token.
  const organiser = await newClient('', '', 0);
  const { store } = organiser;
  const trip = await createTrip(store, {
    ...seedTripInput,
    title: { ko: '일본 과학기술 연수', ja: '日本科学技術研修' },
  });
  world.tripId = trip.id;
  const roster: [string, 'organiser' | 'member'][] = [
    ['박연구', 'organiser'],
    // Device 1 is a co-organiser's, device 2 a plain member's (shared/sync/permissions.ts).
    ['김민수', 'organiser'],
    ['이영희', 'member'],
    ['최지원', 'member'],
  ];
  for (const [name, role] of roster) {
    const member = await addMember(store, trip.id, {
      name,
      nameForHosts: '',
      affiliation: {},
      role,
      email: '',
      phone: '',
    });
    world.members.push(member.id);
  }
  for (const [ko, ja, date] of [
    ['후쿠오카현청', '福岡県庁', '1996-10-21'],
    ['기후현청', '岐阜県庁', '1996-10-23'],
  ] as const) {
    const { item } = await saveItineraryItem(store, trip.id, {
      kind: 'visit',
      title: {},
      date,
      startTime: '10:00',
      endDate: null,
      endTime: '12:00',
      timeZone: 'Asia/Tokyo',
      endTimeZone: null,
      location: {},
      host: { name: { ko, ja }, address: {}, contacts: [] },
      attendeeIds: null,
      expectedAttendees: null,
      preparationNotes: text(''),
    });
    world.visits.push(item.id);
  }
  world.questions = (await listQuestions(store.db, trip.id)).slice(0, 2).map((question) => question.id);

  const [lead = '', kim = '', lee = ''] = world.members;
  const server = slot.server;
  if (!server) throw new Error('The server is down');
  const published = await publishTrip(connection(world), {
    setupCode: await server.setupCode(),
    tripId: trip.id,
    memberId: lead,
    deviceName: '주최자 노트북',
  });
  organiser.memberId = lead;
  organiser.token = published.token;
  // Each device keeps its connection as the app does: its writes are checked against its member's role.
  const keep = (client: Client, organiserDevice: boolean) =>
    saveConnection(client.store, {
      tripId: trip.id,
      baseUrl: world.proxy.url,
      token: client.token,
      memberId: client.memberId,
      organiser: organiserDevice,
      fingerprint: null,
    });
  await keep(organiser, true);
  await enqueueTrip(store, trip.id);
  await syncTrip(store, serverOf(world, organiser), trip.id);
  for (const [index, memberId] of [
    [1, kim],
    [2, lee],
  ] as const) {
    const { code } = await inviteToTrip(store, connection(world, organiser), trip.id, memberId);
    const client = await newClient(memberId, '', index);
    const joined = await joinWithInvitation(client.store, connection(world), {
      invitation: code,
      deviceName: `기기 ${index}`,
    });
    client.token = joined.token;
    await keep(client, false);
    await syncTrip(client.store, serverOf(world, client), trip.id);
  }
  return world;
}

/** A sync that failed the way a network or a server that is down makes it fail; anything else is thrown. */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof SyncError && error.code === 'offline';
}

export async function closeWorld(world: World): Promise<void> {
  for (const client of world.clients) {
    client.store.db.close();
    client.tab?.db.close();
  }
}
