// @vitest-environment node
/**
 * The .fieldbook file at full size, over fake-indexeddb in Node: the big
 * trip (17 members, 20 visits, 2,040 answers, 300 Q&A notes, minutes:
 * bench/bigTrip.ts) with 50 MB of photos (ten of 5 MB, bytes no compression
 * shrinks), written by the organiser's device (every change signed) and
 * taken in whole by a new device, against copying the same bytes (the
 * records as JSON and the photos' bytes, slice by slice, into memory), in the
 * same run; with the peak memory each adds over where it started.
 */
import 'fake-indexeddb/auto';
import { newId, type RecordId } from '@shared/model';
import { afterAll, beforeAll, test } from 'vitest';
import { FieldbookDB } from '../renderer/data/database/db';
import { openStore, type Store } from '../renderer/data/database/store';
import { setCurrentMember } from '../renderer/data/device/currentMember';
import { exportTrip } from '../renderer/data/exchange/exportTrip';
import { importTripFile } from '../renderer/data/exchange/importTrip';
import { addAttachment } from '../renderer/data/records/attachments';
import { bigTrip } from './bigTrip';

const PHOTOS = 10;
const PHOTO_BYTES = 5 * 1024 * 1024;
const SLICE = 1024 * 1024;

const full = bigTrip(true);
const { trip, visits } = full;
let organiser: Store | undefined;
let databases = 0;
const fresh = () => {
  databases += 1;
  return `fieldbook-bench-file-${process.pid}-${databases}`;
};

function photo(seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(PHOTO_BYTES);
  let state = seed;
  for (let i = 0; i < bytes.length; i += 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const photos = Array.from({ length: PHOTOS }, (_, index) => photo(index + 1));

beforeAll(async () => {
  organiser = await openStore(fresh());
  const { db } = organiser;
  await db.transaction(
    'rw',
    Object.keys(full.records).map((name) => db.table(name)),
    async () => {
      for (const [name, rows] of Object.entries(full.records)) await db.table(name).bulkPut(rows);
    },
  );
  const lead = (full.records.members?.[0] as { id: RecordId } | undefined)?.id;
  if (!lead) throw new Error('No members');
  await setCurrentMember(db, trip.id, lead);
  organiser = { ...organiser, ctx: { ...organiser.ctx, memberId: lead } };
  const visit = visits[0];
  if (!visit) throw new Error('No visits');
  for (const [index, bytes] of photos.entries())
    await addAttachment(organiser, {
      tripId: trip.id,
      visitId: visit.id,
      owner: { kind: 'visit', id: visit.id },
      fileName: `사진 ${index + 1}.jpg`,
      mimeType: 'image/jpeg',
      file: new Blob([bytes], { type: 'image/jpeg' }),
      thumbnail: null,
    });
}, 600_000);

afterAll(() => organiser?.db.close());

/** Runs `work`, sampling the heap and array buffers every 5 ms: answers its time and the most it added. */
async function measured(work: () => Promise<unknown>): Promise<{ ms: number; peak: number }> {
  const used = () => {
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  globalThis.gc?.();
  const start = used();
  let peak = start;
  const sampler = setInterval(() => {
    peak = Math.max(peak, used());
  }, 5);
  const began = performance.now();
  await work();
  const ms = performance.now() - began;
  clearInterval(sampler);
  peak = Math.max(peak, used());
  return { ms, peak: peak - start };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).padStart(6)} MB`;

test('a full trip with 50 MB of photos, written to a .fieldbook file and taken in on a new device', async () => {
  const store = organiser;
  if (!store) throw new Error('No organiser');
  // Measured with a sink that keeps nothing, as a file on disk would; then written again, kept, to be taken in.
  let fileBytes = 0;
  const written = await measured(() =>
    exportTrip(
      store,
      trip.id,
      async (chunk) => {
        fileBytes += chunk.length;
      },
      { kind: 'backup' },
    ),
  );
  const file: Uint8Array[] = [];
  await exportTrip(store, trip.id, async (chunk) => void file.push(chunk.slice()), { kind: 'backup' });
  const copied = await measured(async () => {
    const copy: Uint8Array[] = [new TextEncoder().encode(JSON.stringify(full.records))];
    for (const bytes of photos) for (let at = 0; at < bytes.length; at += SLICE) copy.push(bytes.slice(at, at + SLICE));
  });
  const device = await openStore(fresh());
  const taken = await measured(async () => {
    async function* pieces() {
      yield* file;
    }
    await importTripFile(device, pieces());
  });
  const bare = new FieldbookDB(fresh());
  await bare.open();
  const put = await measured(async () => {
    await bare.transaction(
      'rw',
      [...Object.keys(full.records).map((name) => bare.table(name)), bare.attachmentBlobs],
      async () => {
        for (const [name, rows] of Object.entries(full.records)) await bare.table(name).bulkPut(rows);
        await bare.attachmentBlobs.bulkPut(photos.map((bytes) => ({ id: newId(), blob: new Blob([bytes]) })));
      },
    );
  });
  const answers = await device.db.checklistAnswers.count();
  device.db.close();
  bare.close();
  const row = (what: string, { ms, peak }: { ms: number; peak: number }, ratio = '') =>
    console.log(`${what.padEnd(38)}${ms.toFixed(0).padStart(7)} ms ${ratio.padEnd(26)} peak +${mb(peak)}`);
  console.log(
    `\nA full trip (${answers} answers) with ${mb(PHOTOS * PHOTO_BYTES)} of photos: a file of ${mb(fileBytes)}`,
  );
  row('copying the same bytes (baseline)', copied);
  row('writing the file', written, `${(written.ms / copied.ms).toFixed(1)}× the copy`);
  row('bare bulkPut of records and photos', put);
  row(
    'taking it in on a new device',
    taken,
    `${(taken.ms / copied.ms).toFixed(1)}× the copy, ${(taken.ms / put.ms).toFixed(1)}× bulkPut`,
  );
}, 900_000);
