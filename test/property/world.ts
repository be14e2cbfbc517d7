import type { HostPerson, RecordId } from '@shared/model';
import { copyOfPerson, derivedPersonId, emptyPerson } from '@shared/people/directory';
import { type Connection, httpSyncServer, publishTrip, SyncError } from '@shared/sync/client';
import { type Change, change } from '@shared/sync/merge';
import { openStore, type Store } from '../../renderer/data/database/store';
import { saveConnection } from '../../renderer/data/device/syncConnections';
import { listQuestions } from '../../renderer/data/records/checklistQuestions';
import { addHostPerson } from '../../renderer/data/records/hostPeople';
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
  /**
   * The directory's people the world knows of: first those derived from the
   * typed copies (TYPED_CONTACTS, section 3.7), then the one in the directory
   * from the start, then those added on any device (a device may not have
   * them yet, or may never: the interpreter's are refused).
   */
  people: RecordId[];
  /** The ids derived from the typed copies: entries no device may know once no record holds their copy. */
  derived: Set<RecordId>;
  /** The trip's interpreter, on the roster from the start; their device (INTERPRETER) joins when first used. */
  interpreter: RecordId;
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

/** The index of the interpreter's device in `clients`, there once it joined. */
export const INTERPRETER = 3;

/**
 * Contacts as an app before protocol 11 (or the sample trip) writes them,
 * without `personId`: each stands for the entry derived from it. Each visit
 * names one from the start, so every device holds their entries.
 */
export const TYPED_CONTACTS: readonly HostPerson[] = [
  {
    name: { ja: '福岡 太郎', ko: '후쿠오카 다로' },
    title: { ko: '기획과장', ja: '企画課長' },
    contact: '092-651-1111',
  },
  { name: { ja: '岐阜 花子' }, title: { ja: '課長' }, contact: '' },
];

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

async function newClient(world: World, memberId: RecordId, token: string, index: number, skew: number) {
  databases += 1;
  const database = `fieldbook-property-${process.pid}-${databases}`;
  const client: Client = {
    database,
    store: await openClient(world, index, database),
    memberId,
    token,
    online: true,
    skew,
    undo: [],
    tab: null,
    shown: new Map(),
  };
  world.clients[index] = client;
  return client;
}

/** Each device keeps its connection as the app does: its writes are checked against its member's role. */
function keepConnection(world: World, client: Client, organiser: boolean) {
  return saveConnection(client.store, {
    tripId: world.tripId,
    baseUrl: world.proxy.url,
    token: client.token,
    memberId: client.memberId,
    organiser,
    fingerprint: null,
  });
}

/** Invites a member from the organiser's device and joins a new device as them, through the proxy. */
async function join(world: World, memberId: RecordId, index: number, skew: number): Promise<Client> {
  const organiser = world.clients[0];
  if (!organiser) throw new Error('No organiser');
  const { code } = await inviteToTrip(organiser.store, connection(world, organiser), world.tripId, memberId);
  const client = await newClient(world, memberId, '', index, skew);
  try {
    const joined = await joinWithInvitation(client.store, connection(world), {
      invitation: code,
      deviceName: `기기 ${index}`,
    });
    client.token = joined.token;
  } catch (error) {
    // Not joined: the device is not there yet, and its database goes.
    client.store.db.close();
    world.clients.splice(index, 1);
    throw error;
  }
  await keepConnection(world, client, false);
  return client;
}

/**
 * The interpreter's device, joined now when it is not yet (its first sync
 * left to the command that uses it); null when the organiser's device or the
 * server cannot be reached to invite and join it.
 */
export async function interpreterDevice(world: World): Promise<Client | null> {
  const joined = world.clients[INTERPRETER];
  if (joined) return joined;
  try {
    return await join(world, world.interpreter, INTERPRETER, 0);
  } catch (error) {
    if (isNetworkFailure(error)) return null;
    throw error;
  }
}

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
    people: [],
    derived: new Set(),
    interpreter: '',
    clients: [],
    time: Date.now(),
    written: [],
    typed: [],
    slot,
    proxy,
    trace: [],
  };
  // The organiser's device exists before it has a token.
  const organiser = await newClient(world, '', '', 0, skews[0] ?? 0);
  const { store } = organiser;
  const trip = await createTrip(store, {
    ...seedTripInput,
    title: { ko: '일본 과학기술 연수', ja: '日本科学技術研修' },
  });
  world.tripId = trip.id;
  const roster: [string, 'organiser' | 'member' | 'interpreter'][] = [
    ['박연구', 'organiser'],
    // Device 1 is a co-organiser's, device 2 a plain member's (shared/sync/permissions.ts).
    ['김민수', 'organiser'],
    ['이영희', 'member'],
    ['최지원', 'member'],
    // Who translates for the delegation: writes translations, never the directory (shared/sync/permissions.ts).
    ['정통역', 'interpreter'],
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
  world.interpreter = world.members[4] ?? '';
  world.derived = new Set(TYPED_CONTACTS.map((copy) => derivedPersonId(trip.id, copy)));
  // One person in the directory from the start, whom the second visit names: every device holds them stored.
  const known = await addHostPerson(store, trip.id, {
    ...emptyPerson(),
    name: { ja: '岐阜 次郎', ko: '기후 지로' },
    title: { ja: '所長' },
    organisation: { ja: '岐阜県工業技術センター' },
    phone: '058-379-3300',
  });
  world.people = [...world.derived, known.id];
  for (const [ko, ja, date, contacts] of [
    ['후쿠오카현청', '福岡県庁', '1996-10-21', TYPED_CONTACTS.slice(0, 1)],
    ['기후현청', '岐阜県庁', '1996-10-23', [...TYPED_CONTACTS.slice(1, 2), copyOfPerson(known)]],
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
      host: { name: { ko, ja }, address: {}, contacts: [...contacts] },
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
  await keepConnection(world, organiser, true);
  await enqueueTrip(store, trip.id);
  await syncTrip(store, serverOf(world, organiser), trip.id);
  for (const [index, memberId] of [
    [1, kim],
    [2, lee],
  ] as const) {
    const client = await join(world, memberId, index, skews[index] ?? 0);
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
