/**
 * The page side of writeFunnel.bench.ts, built for Chromium by Vite: the
 * app's own data layer over the page's real IndexedDB, a save as the
 * autosave makes it, the rows one save writes, and a bare Dexie
 * transaction writing those rows again.
 */
import type { ChecklistAnswer, RecordId } from '@shared/model';
import type { NoteTarget } from '@shared/notes/noteTarget';
import { Dexie, type IndexableType, type Table } from 'dexie';
import { openStore, type Store } from '../renderer/data/database/store';
import { saveConnection } from '../renderer/data/device/syncConnections';
import { keepNoteDraft, saveNote } from '../renderer/data/recovery/noteDrafts';
import { enqueueTrip } from '../renderer/data/sync/publishTrip';
import type { Records } from './bigTrip';
import { counted } from './indexedDbRequests';

const DATABASE = 'fieldbook-funnel';
/** The bare transactions' own copy: writing a save's rows again must not take the funnel's database back in time. */
const BARE_DATABASE = 'fieldbook-funnel-bare';
const TYPED = '과학기술 예산은 일반회계의 1/4 정도, joint R&D with universities. ';

export interface Seed {
  records: Records;
  tripId: RecordId;
  organiserId: RecordId;
  answer: ChecklistAnswer;
}

/** What one save changed in a table: the rows it wrote, as they now are, and the keys (and rows) it deleted. */
export type Written = Record<string, { put: unknown[]; deleted: IndexableType[]; removed: unknown[] }>;

let store: Store;
let writer: Store;
let bare: Dexie;
let target: NoteTarget & { kind: 'answer' };
let answer: ChecklistAnswer;
let text = '';
let basedOn: string | null = null;
let typed = 0;
let written: Written = {};

/**
 * The full trip in a fresh database, as on the device of a plain member
 * once it is published: every record with its merge state (as publishing
 * makes them), nothing waiting to be sent, the device bound to the member
 * (so that the funnel checks what their role allows, as on their device).
 */
async function seeded(name: string, given: Seed): Promise<Store> {
  await Dexie.delete(name);
  const opened = await openStore(name);
  const { db } = opened;
  const tables = Object.keys(given.records).map((table) => db.table(table));
  await db.transaction('rw', tables, async () => {
    for (const [table, rows] of Object.entries(given.records)) await db.table(table).bulkPut(rows);
  });
  await enqueueTrip(opened, given.tripId, { memberId: given.organiserId, organiser: true });
  await db.outbox.clear();
  const { tripId, memberId } = given.answer;
  const connection = { tripId, baseUrl: 'https://sync.invalid', token: 't', memberId, organiser: false };
  await saveConnection(opened, { ...connection, fingerprint: null });
  return opened;
}

async function seed(given: Seed): Promise<void> {
  store = await seeded(DATABASE, given);
  (await seeded(BARE_DATABASE, given)).db.close();
  // With none of the app's schema, hooks or middleware.
  bare = new Dexie(BARE_DATABASE);
  await bare.open();
  answer = given.answer;
  const { memberId, visitId, questionId, tripId } = answer;
  writer = { db: store.db, ctx: { ...store.ctx, memberId, stretchId: 'one stretch of typing' } };
  target = { kind: 'answer', key: { tripId, visitId, questionId, memberId }, lang: 'ko' };
  text = answer.body.text;
  basedOn = answer.hlc;
}

/** A keystroke's draft, as the autosave writes it before the save (not timed). */
async function keystroke(): Promise<string> {
  const before = text;
  text += TYPED[typed % TYPED.length];
  typed += 1;
  await keepNoteDraft(writer, target, text, basedOn, before);
  return before;
}

/** One save of the answer through the funnel, as the autosave makes it after a pause; answers its time in ms. */
async function save(): Promise<number> {
  const typedOver = await keystroke();
  const start = performance.now();
  basedOn = await saveNote(writer, target, text, typedOver);
  return performance.now() - start;
}

/** Every row of the database, by table and key. */
async function everything(): Promise<Map<string, Map<string, { key: IndexableType; row: unknown }>>> {
  const tables = new Map<string, Map<string, { key: IndexableType; row: unknown }>>();
  for (const table of store.db.tables) {
    const keys = await table.toCollection().primaryKeys();
    const rows = await table.toArray();
    tables.set(table.name, new Map(keys.map((key, i) => [JSON.stringify(key), { key, row: rows[i] }])));
  }
  return tables;
}

/** One save: the rows it wrote and deleted (the database read before and after it), and the requests it made. */
async function inspect(): Promise<{ written: Written; requests: Record<string, number> }> {
  const typedOver = await keystroke();
  const before = await everything();
  const requests = await counted(async () => {
    basedOn = await saveNote(writer, target, text, typedOver);
  });
  const after = await everything();
  written = {};
  for (const [name, rows] of after) {
    const old = before.get(name) ?? new Map();
    const put = [...rows].filter(([key, { row }]) => JSON.stringify(old.get(key)?.row) !== JSON.stringify(row));
    const deleted = [...old].filter(([key]) => !rows.has(key));
    if (put.length + deleted.length === 0) continue;
    written[name] = {
      put: put.map(([, { row }]) => row),
      deleted: deleted.map(([, { key }]) => key),
      removed: deleted.map(([, { row }]) => row),
    };
  }
  return { written, requests };
}

/**
 * The reads the funnel makes in a save of a plain member's answer (writes.ts,
 * noteTargets.ts, checklistAnswers.ts, noteVersions.ts; the requests
 * `inspect` counts): the answer twice (the text typed over, the save) and
 * once more for the role check of its version, the merge states of the
 * answer (twice) and of its version, the device's connection and the
 * member's role (once per record written), each record's unsent changes, the
 * note's latest version.
 */
async function funnelReads(versionId: string): Promise<void> {
  const table = (name: string): Table => bare.table(name);
  const unsent = (id: string) =>
    table('outbox').where('[recordId+path]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();
  for (let i = 0; i < 3; i++) await table('checklistAnswers').get(answer.id);
  for (const key of ['checklistAnswers', 'checklistAnswers', 'noteVersions'])
    await table('recordStates').get(`${key}:${key === 'noteVersions' ? versionId : answer.id}`);
  for (let i = 0; i < 2; i++) {
    await table('settings').get(`sync:${answer.tripId}:connection`);
    await table('members').get(answer.memberId);
  }
  await unsent(answer.id);
  await unsent(versionId);
  await table('noteVersions').where('recordId').equals(answer.id).last();
}

/**
 * The rows one save wrote, written again in one bare Dexie transaction over
 * the bare copy, the rows it deleted (the draft, the superseded changes) put
 * back before it as they were; answers its time in ms.
 */
async function bareSave(withReads: boolean): Promise<number> {
  const tables = Object.entries(written);
  await bare.transaction('rw', Object.keys(written), async () => {
    for (const [name, { removed }] of tables) if (removed.length > 0) await bare.table(name).bulkPut(removed);
  });
  const versionId = (written.noteVersions?.put[0] as { id?: string } | undefined)?.id ?? '';
  const names = [...new Set([...Object.keys(written), ...(withReads ? ['checklistAnswers', 'members'] : [])])];
  const start = performance.now();
  await bare.transaction('rw', names, async () => {
    if (withReads) await funnelReads(versionId);
    for (const [name, { put, deleted }] of tables) {
      if (deleted.length > 0) await bare.table(name).bulkDelete(deleted);
      if (put.length > 0) await bare.table(name).bulkPut(put);
    }
  });
  return performance.now() - start;
}

/** What a push does to the outbox: sent, it waits no more (not timed). */
async function pushed(): Promise<void> {
  await store.db.outbox.clear();
}

async function times(samples: number, run: () => Promise<number>): Promise<number[]> {
  const measured: number[] = [];
  for (let i = 0; i < samples; i++) measured.push(await run());
  return measured;
}

const funnel = {
  seed,
  inspect,
  pushed,
  saves: (samples: number) => times(samples, save),
  bareSaves: (samples: number, withReads: boolean) => times(samples, () => bareSave(withReads)),
};
export type FunnelPage = typeof funnel;
(window as unknown as { funnel: FunnelPage }).funnel = funnel;
