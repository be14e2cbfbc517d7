/**
 * The full trip (bigTrip.ts) on a sync server as a delegation's log would
 * hold it after ten days (issue 16): everything but the answers saved once,
 * then the 2,040 answers typed in ten saves each through the autosave's
 * path (saveNote), every round of saves synced. typedLog.bench.ts and
 * firstSyncPage.bench.ts begin a new device from it.
 */
import 'fake-indexeddb/auto';
import { type Connection, httpSyncServer, publishTrip } from '@shared/sync/client';
import type { FieldbookDB } from '../renderer/data/database/db';
import { asMember, openStore, type Store } from '../renderer/data/database/store';
import { saveNote } from '../renderer/data/recovery/noteDrafts';
import { enqueueTrip } from '../renderer/data/sync/publishTrip';
import { syncTrip } from '../renderer/data/sync/syncTrip';
import type { TestServer } from '../server/test/harness';
import { bigTrip, type Records } from './bigTrip';

export interface TypedTrip {
  tripId: string;
  /** The organiser's device, which wrote the log and can invite. */
  organiser: Store;
  connection: Connection;
  token: string;
  /** The member a new device joins as. */
  joinerId: string;
  /** The records the trip ends with, as the organiser's device holds them. */
  final: Records;
  answers: number;
}

let databases = 0;
export const freshName = (prefix: string) => {
  databases += 1;
  return `fieldbook-${prefix}-${process.pid}-${databases}`;
};

interface TypedAnswer {
  tripId: string;
  visitId: string;
  questionId: string;
  memberId: string;
  body: { text: string };
}

export async function typedTrip(server: TestServer): Promise<TypedTrip> {
  const full = bigTrip(true);
  const { trip } = full;
  const organiser = await openStore(freshName('typed'));
  const answers = (full.records.checklistAnswers ?? []) as unknown as TypedAnswer[];
  const members = (full.records.members ?? []) as { id: string }[];
  const { checklistAnswers: _answers, ...others } = full.records;
  await putAll(organiser.db, others);
  const connection: Connection = { baseUrl: server.url, fetch };
  const { token } = await publishTrip(connection, {
    setupCode: await server.setupCode(),
    tripId: trip.id,
    memberId: members[0]?.id ?? '',
    deviceName: '노트북',
  });
  await enqueueTrip(organiser, trip.id);
  const remote = httpSyncServer({ ...connection, token });
  await syncTrip(organiser, remote, trip.id);
  for (let save = 1; save <= 10; save++) {
    for (const answer of answers) {
      const text = answer.body.text.slice(0, Math.ceil((answer.body.text.length * save) / 10));
      const shown = answer.body.text.slice(0, Math.ceil((answer.body.text.length * (save - 1)) / 10));
      const { tripId, visitId, questionId, memberId } = answer;
      const target = { kind: 'answer' as const, key: { tripId, visitId, questionId, memberId }, lang: 'ko' as const };
      const editor = asMember(organiser, answer.memberId);
      await saveNote(
        { db: editor.db, ctx: { ...editor.ctx, stretchId: `stretch-${answer.memberId}` } },
        target,
        text,
        shown,
      );
    }
    await syncTrip(organiser, remote, trip.id);
  }
  return {
    tripId: trip.id,
    organiser,
    connection,
    token,
    joinerId: members[1]?.id ?? '',
    final: await allRecords(organiser.db),
    answers: answers.length,
  };
}

export async function putAll(db: FieldbookDB, records: Records): Promise<void> {
  await db.transaction(
    'rw',
    Object.keys(records).map((name) => db.table(name)),
    async () => {
      for (const [name, rows] of Object.entries(records)) await db.table(name).bulkPut(rows);
    },
  );
}

async function allRecords(db: FieldbookDB): Promise<Records> {
  const tables = [
    'trips',
    'members',
    'itineraryItems',
    'checklistQuestions',
    'checklistAnswers',
    'minutes',
    'qaNotes',
    'noteVersions',
    'reportNotes',
  ];
  return Object.fromEntries(
    await Promise.all(tables.map(async (name) => [name, await db.table(name).toArray()] as const)),
  );
}
