import type { Attachment } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { CHUNK_BYTES, chunkCount } from '@shared/sync/blobs';
import { SyncError, type SyncServer } from '@shared/sync/client';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { serverInMemory } from '../../../test/fixtures/syncServer';
import type { Store } from '../database/store';
import { sha256Of } from '../records/attachmentBytes';
import { addAttachment, getAttachmentFile } from '../records/attachments';
import { listItinerary } from '../records/itineraryItems';
import { loadSampleTrip } from '../records/sampleTrip';
import { nameStoredFiles } from './attachmentHashes';
import { BACKGROUND_DOWNLOAD_BYTES, fetchFile } from './fileDownloads';
import { syncTrip } from './syncTrip';

/** Bytes no compression would shrink, the same for the same seed: a photo as a camera writes it. */
function photoBytes(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let state = seed;
  for (let i = 0; i < size; i += 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** The organiser's laptop with the sample trip, synced, and a member's phone that joined it. */
async function twoDevicesOn(server: SyncServer) {
  const laptop = await openTestStore();
  await loadSampleTrip(laptop);
  await syncTrip(laptop, server, SAMPLE_TRIP_ID);
  const phone = await openTestStore();
  await syncTrip(phone, server, SAMPLE_TRIP_ID);
  const [visit] = await listItinerary(laptop.db, SAMPLE_TRIP_ID);
  if (!visit) throw new Error('The sample trip has no visit');
  const attach = (store: Store, bytes: Uint8Array<ArrayBuffer>, fileName = '명함.jpg') =>
    addAttachment(store, {
      tripId: SAMPLE_TRIP_ID,
      visitId: visit.id,
      owner: { kind: 'visit', id: visit.id },
      fileName,
      mimeType: 'image/jpeg',
      file: new Blob([bytes], { type: 'image/jpeg' }),
      thumbnail: null,
    });
  return { laptop, phone, attach };
}

const bytesOf = async (store: Store, attachment: Attachment) => {
  const file = await getAttachmentFile(store.db, attachment.id);
  return file ? new Uint8Array(await file.arrayBuffer()) : null;
};

/** A server that counts what it is asked. */
function counting(server: SyncServer) {
  const asked = { begun: 0, statuses: 0, chunks: 0 };
  const counted: SyncServer = {
    ...server,
    beginBlob: (...args) => {
      asked.begun += 1;
      return server.beginBlob(...args);
    },
    blobStatus: (...args) => {
      asked.statuses += 1;
      return server.blobStatus(...args);
    },
    getChunk: (...args) => {
      asked.chunks += 1;
      return server.getChunk(...args);
    },
  };
  return { counted, asked };
}

describe('attachments’ files between devices', () => {
  it('brings a photo attached on the laptop to the phone with the next sync, byte for byte, named by its hash', async () => {
    const memory = serverInMemory();
    const { laptop, phone, attach } = await twoDevicesOn(memory.server);
    const bytes = photoBytes(300_000);
    const photo = await attach(laptop, bytes);
    expect(photo.sha256).toBe(await sha256Of(new Blob([bytes])));

    await syncTrip(laptop, memory.server, SAMPLE_TRIP_ID);
    expect(memory.holds(SAMPLE_TRIP_ID, photo.sha256 ?? '')).toBe(true);
    const progress: number[] = [];
    await syncTrip(phone, memory.server, SAMPLE_TRIP_ID, ({ files }) => progress.push(files.received));
    expect(await bytesOf(phone, photo)).toEqual(bytes);
    expect(progress.at(-1)).toBe(bytes.byteLength);

    // Known to be on the server now, by both: no sync asks about it again.
    const { counted, asked } = counting(memory.server);
    await syncTrip(laptop, counted, SAMPLE_TRIP_ID);
    await syncTrip(phone, counted, SAMPLE_TRIP_ID);
    expect(asked).toEqual({ begun: 0, statuses: 0, chunks: 0 });
  });

  it('resumes an upload cut off: the next sync sends only the chunks the server lacks', async () => {
    const memory = serverInMemory();
    const { laptop, phone, attach } = await twoDevicesOn(memory.server);
    const bytes = photoBytes(3 * CHUNK_BYTES + 5000, 7);
    const slides = await attach(laptop, bytes, '발표 자료.jpg');

    memory.cutUploadAfter(2);
    await expect(syncTrip(laptop, memory.server, SAMPLE_TRIP_ID)).rejects.toMatchObject({ code: 'offline' });
    expect(memory.chunksSent.map((chunk) => chunk.index)).toEqual([0, 1]);
    await syncTrip(laptop, memory.server, SAMPLE_TRIP_ID);
    expect(memory.chunksSent.map((chunk) => chunk.index)).toEqual([0, 1, 2, 3]);

    // The same file attached on the phone too (the member had a copy): the server has it, nothing is sent again,
    // and the laptop's attachment of it opens on the phone from the phone's own copy.
    await attach(phone, bytes, '발표 자료 사본.jpg');
    await syncTrip(phone, memory.server, SAMPLE_TRIP_ID);
    expect(memory.chunksSent).toHaveLength(4);
    const { counted, asked } = counting(memory.server);
    expect(await fetchFile(phone, counted, slides)).toBe('downloaded');
    expect(asked.chunks).toBe(0);
    expect(await bytesOf(phone, slides)).toEqual(bytes);
  });

  it('refuses a download that is not the file named, keeps nothing of it, and takes the true one later', async () => {
    const memory = serverInMemory();
    const { laptop, phone, attach } = await twoDevicesOn(memory.server);
    const bytes = photoBytes(CHUNK_BYTES + 10, 3);
    const photo = await attach(laptop, bytes);
    await syncTrip(laptop, memory.server, SAMPLE_TRIP_ID);

    memory.damageDownloads(true);
    await syncTrip(phone, memory.server, SAMPLE_TRIP_ID);
    expect(await getAttachmentFile(phone.db, photo.id)).toBeNull();
    expect(await fetchFile(phone, memory.server, photo)).toBe('damaged');
    expect(await phone.db.attachmentBlobs.count()).toBe(0);

    memory.damageDownloads(false);
    await syncTrip(phone, memory.server, SAMPLE_TRIP_ID);
    expect(await bytesOf(phone, photo)).toEqual(bytes);
  });

  it('leaves a large file on the server until it is opened, then downloads it with progress', async () => {
    const memory = serverInMemory();
    const { laptop, phone, attach } = await twoDevicesOn(memory.server);
    const bytes = photoBytes(BACKGROUND_DOWNLOAD_BYTES + 1, 5);
    const photo = await attach(laptop, bytes);
    await syncTrip(laptop, memory.server, SAMPLE_TRIP_ID);

    const { counted, asked } = counting(memory.server);
    await syncTrip(phone, counted, SAMPLE_TRIP_ID);
    expect(await getAttachmentFile(phone.db, photo.id)).toBeNull();
    expect(asked.chunks).toBe(0);

    const progress: [number, number][] = [];
    expect(await fetchFile(phone, memory.server, photo, (received, size) => progress.push([received, size]))).toBe(
      'downloaded',
    );
    expect(progress).toHaveLength(chunkCount(bytes.byteLength));
    expect(progress.map(([received]) => received)).toEqual([CHUNK_BYTES, 2 * CHUNK_BYTES, bytes.byteLength]);
    expect(progress.every(([, size]) => size === bytes.byteLength)).toBe(true);
    expect(await bytesOf(phone, photo)).toEqual(bytes);
  });

  it('says a file not uploaded yet is not there, rather than downloading nothing', async () => {
    const memory = serverInMemory();
    const { laptop, phone, attach } = await twoDevicesOn(memory.server);
    const photo = await attach(laptop, photoBytes(1000));
    // The laptop's notes went up, then the connection failed before its files did.
    const cut: SyncServer = { ...memory.server, beginBlob: () => Promise.reject(new SyncError('offline', 'cut')) };
    await expect(syncTrip(laptop, cut, SAMPLE_TRIP_ID)).rejects.toMatchObject({ code: 'offline' });
    await syncTrip(phone, memory.server, SAMPLE_TRIP_ID);
    expect((await phone.db.attachments.get(photo.id))?.fileName).toBe('명함.jpg');
    expect(await fetchFile(phone, memory.server, photo)).toBe('notUploaded');
    expect(await getAttachmentFile(phone.db, photo.id)).toBeNull();
  });

  it('names a file attached before bytes travelled, in the background, and sends it', async () => {
    const memory = serverInMemory();
    const { laptop, phone, attach } = await twoDevicesOn(memory.server);
    const bytes = photoBytes(2000, 9);
    const photo = await attach(laptop, bytes);
    // As protocol 3 wrote it: no hash, here or in what it sends.
    const { sha256: _, ...before } = photo;
    await laptop.db.attachments.put(before as Attachment);
    await laptop.db.outbox.filter((change) => change.path === 'sha256').delete();
    await laptop.db.recordStates.delete(`attachments:${photo.id}`);
    await syncTrip(laptop, memory.server, SAMPLE_TRIP_ID);
    await syncTrip(phone, memory.server, SAMPLE_TRIP_ID);
    expect(await fetchFile(phone, memory.server, (await phone.db.attachments.get(photo.id)) as Attachment)).toBe(
      'unnamed',
    );

    expect(await nameStoredFiles(laptop)).toBe(1);
    expect(await nameStoredFiles(laptop)).toBe(0);
    expect((await laptop.db.attachments.get(photo.id))?.sha256).toBe(photo.sha256);
    await syncTrip(laptop, memory.server, SAMPLE_TRIP_ID);
    await syncTrip(phone, memory.server, SAMPLE_TRIP_ID);
    expect(await bytesOf(phone, photo)).toEqual(bytes);
  });
});
