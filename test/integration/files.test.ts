import 'fake-indexeddb/auto';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { CHUNK_BYTES } from '@shared/sync/blobs';
import { type Connection, httpSyncServer, publishTrip } from '@shared/sync/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../renderer/data/database/store';
import { addAttachment, getAttachmentFile } from '../../renderer/data/records/attachments';
import { listItinerary } from '../../renderer/data/records/itineraryItems';
import { listMembers } from '../../renderer/data/records/members';
import { loadSampleTrip } from '../../renderer/data/records/sampleTrip';
import { BACKGROUND_DOWNLOAD_BYTES, fetchFile } from '../../renderer/data/sync/fileDownloads';
import { inviteToTrip, joinWithInvitation } from '../../renderer/data/sync/invitations';
import { enqueueTrip } from '../../renderer/data/sync/publishTrip';
import { syncTrip } from '../../renderer/data/sync/syncTrip';
import { openPglite } from '../../server/storage/pglite';
import { startServer, type TestServer } from '../../server/test/harness';
import { openTestStore } from '../fixtures/store';

/**
 * Files between two members' devices through the real sync server on
 * loopback (PGlite), with the app's own data layer and HTTP client: what a
 * photo and a deck of slides attached on one laptop do on another.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startServer(await openPglite());
}, 60_000);

afterAll(async () => {
  await server?.close();
  await server?.storage.close();
});

const connection = (token?: string): Connection => ({ baseUrl: server.url, fetch, ...(token ? { token } : {}) });

/** Bytes no compression would shrink, the same for the same seed. */
function bytesOf(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let state = seed;
  for (let i = 0; i < size; i += 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const fileOn = async (store: Store, id: string) => {
  const file = await getAttachmentFile(store.db, id);
  return file ? new Uint8Array(await file.arrayBuffer()) : null;
};

describe('files through the sync server', () => {
  it('a photo comes with the next sync and slides when opened, byte for byte, each uploaded once', async () => {
    const organiser = await openTestStore();
    await loadSampleTrip(organiser);
    const [lead, kim] = await listMembers(organiser.db, SAMPLE_TRIP_ID);
    const [visit] = await listItinerary(organiser.db, SAMPLE_TRIP_ID);
    if (!lead || !kim || !visit) throw new Error('The sample trip is incomplete');
    const published = await publishTrip(connection(), {
      setupCode: await server.setupCode(),
      tripId: SAMPLE_TRIP_ID,
      memberId: lead.id,
      deviceName: '주최자 노트북',
    });
    await enqueueTrip(organiser, SAMPLE_TRIP_ID);
    const organiserServer = httpSyncServer(connection(published.token));
    const attach = (fileName: string, bytes: Uint8Array<ArrayBuffer>) =>
      addAttachment(organiser, {
        tripId: SAMPLE_TRIP_ID,
        visitId: visit.id,
        owner: { kind: 'visit', id: visit.id },
        fileName,
        mimeType: fileName.endsWith('.pdf') ? 'application/pdf' : 'image/jpeg',
        file: new Blob([bytes]),
        thumbnail: null,
      });
    const photoBytes = bytesOf(800_000, 1);
    const slidesBytes = bytesOf(BACKGROUND_DOWNLOAD_BYTES + CHUNK_BYTES / 2, 2);
    const photo = await attach('명함.jpg', photoBytes);
    const slides = await attach('福岡県 説明資料.pdf', slidesBytes);
    const sent = await syncTrip(organiser, organiserServer, SAMPLE_TRIP_ID);
    expect(sent.files).toMatchObject({ sent: photoBytes.byteLength + slidesBytes.byteLength });

    const { code } = await inviteToTrip(organiser, connection(published.token), SAMPLE_TRIP_ID, kim.id);
    const member = await openTestStore();
    const joined = await joinWithInvitation(member, connection(), { invitation: code, deviceName: '김 위원 노트북' });
    const memberServer = httpSyncServer(connection(joined.token));
    const first = await syncTrip(member, memberServer, SAMPLE_TRIP_ID);
    expect(first.files).toMatchObject({ received: photoBytes.byteLength, toReceive: photoBytes.byteLength });
    expect(await fileOn(member, photo.id)).toEqual(photoBytes);
    expect(await fileOn(member, slides.id)).toBeNull();

    expect(await fetchFile(member, memberServer, slides)).toBe('downloaded');
    expect(await fileOn(member, slides.id)).toEqual(slidesBytes);
    // Kept once on the server, in chunks: one for the photo, three for the slides.
    // (The trip's snapshot is a blob too, section 3.6: not one of its files.)
    const stored = await server.storage.query<{ files: string; chunks: string }>(
      `SELECT count(DISTINCT sha256) AS files, count(*) AS chunks FROM blob_chunks
       WHERE trip_id = $1 AND sha256 NOT IN (SELECT sha256 FROM snapshots WHERE trip_id = $1)`,
      [SAMPLE_TRIP_ID],
    );
    expect(Number(stored[0]?.files)).toBe(2);
    expect(Number(stored[0]?.chunks)).toBe(1 + 3);
  }, 60_000);
});
