import 'fake-indexeddb/auto';
import { recordSchemas } from '@shared/model';
import { SYNCED_TABLES, type SyncedTable } from '@shared/sync/leaves';
import { type Change, mergeAll, recordKey, recordOf, wins } from '@shared/sync/merge';
import { isCheckpoint } from '@shared/sync/texts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Of } from '../../renderer/data/records/attachmentBytes';
import { getAttachmentFile } from '../../renderer/data/records/attachments';
import { getMinutes } from '../../renderer/data/records/minutes';
import { fetchFile } from '../../renderer/data/sync/fileDownloads';
import { getRefusals } from '../../renderer/data/sync/refused';
import { syncTrip } from '../../renderer/data/sync/syncTrip';
import { pglite } from '../../server/test/backends';
import { type FaultyProxy, startFaultyProxy } from '../fixtures/faultyProxy';
import { type Command, commandArbitrary } from './arbitraries';
import { run } from './commands';
import { checkDirectory, directoryStats } from './directory';
import {
  closeWorld,
  INTERPRETER,
  makeWorld,
  type ServerSlot,
  serverOf,
  startServerIn,
  stopServerIn,
  storedChanges,
  storedIds,
  type World,
} from './world';

/**
 * Three devices, each the app's real data layer over its own IndexedDB
 * (fake-indexeddb), sync one trip with the real server on loopback (PGlite)
 * through a proxy that drops, duplicates, delays, holds back and cuts their
 * requests, while their members write, go offline, restart the app, and the
 * server restarts; a command sequence drawn by fast-check. At the end, the
 * network calm, every device syncs until nothing moves, and then: all three
 * hold the same records, those the merge rule's oracle makes of every change
 * the server stored, and every change a device wrote reached the server (or
 * a later write of its leaf on the same device did, having taken its place
 * in the outbox) and is the value of its leaf or was beaten by a later one.
 * Files attached on any device (their uploads cut now and then) open on
 * every device, and no device holds bytes other than their hash names.
 * Devices also pass .fieldbook files to each other, with no server between
 * them, in any order among the syncs.
 *
 * Every change a device marks lost was beaten by a later one, and the marks
 * are the oracle's: a leaf keeps what its writers had seen (shared/sync/
 * concurrent.ts), so the order changes come in does not matter.
 *
 * The trip's directory of host people (docs/sync-protocol.md, section 3.7)
 * is written too: people added, corrected (two devices at once, the same
 * field or two), deleted and restored, picked into an item's contacts, the
 * minutes' hosts present and a Q&A note's answerer, and contacts typed
 * without an entry as apps before protocol 11 wrote them, which stand for
 * derived ones. Each write of it puts in the outbox exactly what it means, and
 * at the end every device holds the same directory, each person's leaves the
 * latest written, and every copy names a person every device knows, or one
 * only ever derived from copies no record holds any more (directory.ts). The
 * trip's interpreter, whose role writes no directory, joins on a fourth
 * device when first used: nothing of theirs reaches the server, not even what
 * a device that had not heard of their role wrote, which it takes back,
 * saying why.
 *
 * Each run of the suite draws a new seed and names it in the test's title, so
 * that CI tries new sequences every time and any failure can be replayed:
 * FIELDBOOK_PROPERTY_RUNS runs more, FIELDBOOK_PROPERTY_SEED (and
 * FIELDBOOK_PROPERTY_PATH) replays a failure, FIELDBOOK_PROPERTY_SHRINK=1
 * shrinks it to a smaller one (slow: every run is real syncing).
 */
const RUNS = Number(process.env.FIELDBOOK_PROPERTY_RUNS ?? 30);
const SEED = Number(process.env.FIELDBOOK_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const PATH = process.env.FIELDBOOK_PROPERTY_PATH;
const SHRINK = process.env.FIELDBOOK_PROPERTY_SHRINK === '1';
let slot: ServerSlot;
let proxy: FaultyProxy;

beforeAll(async () => {
  slot = { storage: (await pglite.open()).storage, server: null };
  proxy = await startFaultyProxy();
}, 60_000);

afterAll(async () => {
  if (process.env.FIELDBOOK_PROPERTY_STATS === '1') console.log('directory', directoryStats);
  await proxy?.close();
  if (slot) {
    await stopServerIn(slot, proxy);
    await slot.storage.close();
  }
});

/** Faults off, the server up, every device online: each syncs, round after round, until nothing moves. */
async function settle(world: World): Promise<void> {
  world.proxy.calm();
  await startServerIn(world.slot, world.proxy);
  for (const client of world.clients) client.online = true;
  for (let round = 0; round < 5; round += 1) {
    let moved = 0;
    for (const client of world.clients) {
      const result = await syncTrip(client.store, serverOf(world, client), world.tripId);
      moved += result.sent + result.received;
    }
    if (moved === 0) return;
  }
  throw new Error('The devices never stopped syncing');
}

type Tables = Record<SyncedTable, unknown[]>;

const byId = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

async function tablesOf(world: World, index: number): Promise<Tables> {
  const { db } = world.clients[index]?.store ?? {};
  if (!db) throw new Error(`No device ${index}`);
  const tables = await Promise.all(
    SYNCED_TABLES.map(async (table) => [table, byId(await db.table(table).toArray())] as const),
  );
  return Object.fromEntries(tables) as Tables;
}

/** The records the merge rule makes of the changes, as a device stores them. */
function oracleOf(changes: readonly Change[]): { tables: Tables; merged: ReturnType<typeof mergeAll> } {
  const merged = mergeAll(changes);
  const tables = Object.fromEntries(SYNCED_TABLES.map((table) => [table, [] as { id: string }[]])) as Record<
    SyncedTable,
    { id: string }[]
  >;
  for (const state of merged.records.values()) {
    tables[state.table].push(recordSchemas[state.table].parse(recordOf(state)) as { id: string });
  }
  for (const table of SYNCED_TABLES) tables[table] = byId(tables[table]);
  return { tables, merged };
}

async function check(world: World): Promise<void> {
  await settle(world);
  const [first, ...others] = await Promise.all(world.clients.map((_, index) => tablesOf(world, index)));
  for (const [index, tables] of others.entries()) {
    expect(tables, `device ${index + 1} holds what device 0 holds`).toEqual(first);
  }
  for (const client of world.clients) expect(await client.store.db.outbox.count(), 'outbox emptied').toBe(0);

  const stored = await storedChanges(world);
  expect(new Set(stored.map((change) => change.id)).size, 'each change stored once').toBe(stored.length);
  const { tables, merged } = oracleOf(stored);
  expect(first, 'the devices hold what the merge rule makes of the stored changes').toEqual(tables);

  const onServer = new Map(stored.map((change) => [change.id, change]));
  // A compacted log keeps the place of what it let go (section 6): it reached the server all the same.
  const reached = await storedIds(world);
  const everWritten = new Map(world.written.map(({ change }) => [change.id, change]));
  const sameLeaf = (a: Change, b: Change) => a.table === b.table && a.recordId === b.recordId && a.path === b.path;
  for (const { client, change } of world.written) {
    // A checkpoint sets no value of its own: what it stands for is in the oracle's records, checked above.
    if (isCheckpoint(change.value)) continue;
    // The interpreter writes nothing of the directory the server takes: what their device wrote unaware of their role was refused.
    if (client === INTERPRETER) {
      expect(reached.has(change.id), `the interpreter's change ${change.table}/${change.path} was refused`).toBe(false);
      continue;
    }
    const kept = onServer.get(change.id);
    if (!reached.has(change.id)) {
      // The outbox keeps one change per leaf until it is sent: a later write of the leaf on the same
      // device took this one's place, and that later one (or one later still) reached the server.
      const carried = world.written.some(
        (later) =>
          later.client === client &&
          sameLeaf(later.change, change) &&
          later.change.id > change.id &&
          reached.has(later.change.id),
      );
      expect(
        carried,
        `device ${client}'s change ${change.table}/${change.path} reached the server, or a later one of its leaf did`,
      ).toBe(true);
      continue;
    }
    if (kept) expect(kept.value).toEqual(change.value);
    const winner = merged.records.get(recordKey(change.table, change.recordId))?.leaves[change.path];
    if (!winner) throw new Error(`No leaf ${change.table}:${change.recordId}/${change.path}`);
    // As the server holds it: a change refused as stamped ahead was stamped afresh on the corrected clock before it went.
    const sent = kept ?? change;
    expect(winner.id === change.id || wins(winner, sent), 'the leaf holds the change or a later one').toBe(true);
  }
  // The plain member's device never sent a change of what only organisers change.
  const member = world.members[2];
  const organisersOnly = [
    'trips',
    'itineraryItems',
    'checklistQuestions',
    'glossaryTerms',
    'reportNotes',
    'reportLayouts',
  ];
  for (const { client, change } of world.written.filter((written) => written.client === 2)) {
    const theirs = organisersOnly.includes(change.table) || (change.table === 'members' && change.recordId !== member);
    expect(theirs, `the member's device wrote ${change.table}/${change.path}`).toBe(false);
    expect(client).toBe(2);
  }
  expect(
    stored.filter((change) => change.memberId === world.interpreter),
    "the server holds no change of the interpreter's",
  ).toEqual([]);
  const interpreter = world.clients[INTERPRETER];
  if (interpreter && world.written.some(({ client }) => client === INTERPRETER)) {
    // Their device took it back and says why.
    const refusals = await getRefusals(interpreter.store.db, world.tripId);
    expect(refusals?.reasons, "the interpreter's device says why it was refused").toEqual(['translations_only']);
  }
  // Every run of text typed into the minutes and saved is on every device, whole, whoever else typed at once.
  for (const [index, client] of world.clients.entries()) {
    for (const { client: typist, visitId, run } of world.typed) {
      const text = (await getMinutes(client.store.db, visitId))?.discussion.text ?? '';
      expect(text, `device ${index} holds the run ${run} device ${typist} typed`).toContain(run);
    }
  }
  for (const [index, client] of world.clients.entries()) {
    const marks = await client.store.db.lostChanges.toArray();
    // A change the server refused by the roles is kept with the lost ones, on its writer's device only.
    for (const refused of marks.filter((mark) => mark.refused)) {
      expect(index, `device ${index} kept ${refused.table}/${refused.path} as refused`).toBe(INTERPRETER);
      expect(reached.has(refused.id), 'a refused change never reached the server').toBe(false);
    }
    const lost = new Set(marks.filter((mark) => !mark.refused).map((mark) => mark.id));
    for (const id of lost) {
      const change = onServer.get(id) ?? everWritten.get(id);
      const winner = change && merged.records.get(recordKey(change.table, change.recordId))?.leaves[change.path];
      expect(winner && winner.id !== id && wins(winner, change), `device ${index} marks ${id} lost: beaten`).toBe(true);
    }
    const show = (id: string) => {
      const change = onServer.get(id);
      const winner = change && merged.records.get(recordKey(change.table, change.recordId))?.leaves[change.path];
      return JSON.stringify({ change, winner });
    };
    const extra = [...lost].filter((id) => !merged.lost.has(id)).map(show);
    const missing = [...merged.lost].filter((id) => !lost.has(id)).map(show);
    expect({ extra, missing }, `device ${index} marks as lost what the oracle does`).toEqual({
      extra: [],
      missing: [],
    });
  }
  await checkDirectory(world);
}

/**
 * Every live attachment opens on every device: its file is here (attached there, or come down with a
 * sync) or comes when asked, as opening it does; and every file a device holds is the one its hash names.
 */
async function checkFiles(world: World): Promise<void> {
  for (const [index, client] of world.clients.entries()) {
    const { db } = client.store;
    for (const attachment of await db.attachments.toArray()) {
      if (attachment.deletedAt === null && !(await getAttachmentFile(db, attachment.id))) {
        const opened = await fetchFile(client.store, serverOf(world, client), attachment);
        expect(opened, `device ${index} opens ${attachment.fileName} (${attachment.size} bytes)`).toBe('downloaded');
      }
      const file = await getAttachmentFile(db, attachment.id);
      if (file) expect(await sha256Of(file), `device ${index} holds the file its hash names`).toBe(attachment.sha256);
    }
  }
}

const describeCommand = (command: Command) => JSON.stringify(command);

describe('three devices syncing through a faulty network', () => {
  it(`converge on the oracle and lose no acknowledged edit (${RUNS} runs, seed ${SEED})`, async () => {
    const skews = fc.tuple(...[0, 1, 2].map(() => fc.integer({ min: -90_000, max: 90_000 })));
    const property = fc.asyncProperty(
      skews,
      fc.array(commandArbitrary, { minLength: 5, maxLength: 30 }),
      async (clocks, commands) => {
        const world = await makeWorld(slot, proxy, clocks);
        const logFrom = proxy.log.length;
        try {
          for (const command of commands) {
            world.trace.push(`${describeCommand(command)} => ${await run(world, command)}`);
            world.time += 7;
          }
          await check(world);
          await checkFiles(world);
        } catch (error) {
          const report = [...world.trace, '-- proxy --', ...proxy.log.slice(logFrom)].join('\n');
          if (error instanceof Error) error.message = `${error.message}\n-- what happened --\n${report}`;
          throw error;
        } finally {
          await closeWorld(world);
        }
      },
    );
    await fc.assert(property, {
      numRuns: RUNS,
      seed: SEED,
      ...(PATH ? { path: PATH } : {}),
      endOnFailure: !SHRINK,
    });
  }, 600_000);
});
