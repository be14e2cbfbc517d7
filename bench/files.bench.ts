// @vitest-environment node
/**
 * Attachments' files to a new device through the sync server on loopback:
 * 50 MB of photos (20 of 2.5 MB, each larger than a sync brings down
 * unasked) attached on the organiser's laptop and sent with its sync; a new
 * member's device joins, syncs the trip and downloads every file as
 * "Download all for offline" does (chunk by chunk, checked against its
 * SHA-256, stored in IndexedDB with fake-indexeddb), against the floor of
 * copying the same bytes over the same loopback with plain HTTP GETs, a file
 * a request. On PGlite, and on PostgreSQL under scripts/withPostgres.sh.
 */
import 'fake-indexeddb/auto';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Attachment } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { type Connection, httpSyncServer, publishTrip } from '@shared/sync/client';
import { afterAll, beforeAll, test } from 'vitest';
import { openStore, type Store } from '../renderer/data/database/store';
import { addAttachment } from '../renderer/data/records/attachments';
import { listItinerary } from '../renderer/data/records/itineraryItems';
import { listMembers } from '../renderer/data/records/members';
import { loadSampleTrip } from '../renderer/data/records/sampleTrip';
import { fetchFile, filesMissing } from '../renderer/data/sync/fileDownloads';
import { inviteToTrip, joinWithInvitation } from '../renderer/data/sync/invitations';
import { enqueueTrip } from '../renderer/data/sync/publishTrip';
import { syncTrip } from '../renderer/data/sync/syncTrip';
import { describeEachBackend } from '../server/test/backends';
import { startServer, type TestServer } from '../server/test/harness';

const FILES = 20;
const FILE_BYTES = 2_500_000;
const TOTAL = FILES * FILE_BYTES;
const photos = Array.from({ length: FILES }, () => new Uint8Array(randomBytes(FILE_BYTES)));

const ms = (value: number) => `${value.toFixed(0).padStart(7)} ms`;
const rate = (mean: number) => `${(TOTAL / 1e6 / (mean / 1000)).toFixed(0)} MB/s`;
let databases = 0;
const fresh = () => {
  databases += 1;
  return `fieldbook-bench-files-${process.pid}-${databases}`;
};

/** The floor: the same bytes served by a bare Node HTTP server on loopback, one file a GET. */
async function plainServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const photo = photos[Number(request.url?.slice(1))];
    if (!photo) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(photo);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describeEachBackend('attachments’ files', (backend) => {
  let server: TestServer;
  let plain: { url: string; server: Server };
  let organiserToken = '';
  let organiser: Store | undefined;
  let uploadMs = 0;
  const connection = (token?: string): Connection => ({ baseUrl: server.url, fetch, ...(token ? { token } : {}) });

  beforeAll(async () => {
    server = await startServer((await backend.open()).storage);
    plain = await plainServer();
    organiser = await openStore(fresh());
    await loadSampleTrip(organiser);
    const [lead] = await listMembers(organiser.db, SAMPLE_TRIP_ID);
    const [visit] = await listItinerary(organiser.db, SAMPLE_TRIP_ID);
    if (!lead || !visit) throw new Error('The sample trip is incomplete');
    const published = await publishTrip(connection(), {
      setupCode: await server.setupCode(),
      tripId: SAMPLE_TRIP_ID,
      memberId: lead.id,
      deviceName: '주최자 노트북',
    });
    organiserToken = published.token;
    await enqueueTrip(organiser, SAMPLE_TRIP_ID);
    await syncTrip(organiser, httpSyncServer(connection(organiserToken)), SAMPLE_TRIP_ID);
    for (const [index, photo] of photos.entries()) {
      await addAttachment(organiser, {
        tripId: SAMPLE_TRIP_ID,
        visitId: visit.id,
        owner: { kind: 'visit', id: visit.id },
        fileName: `IMG_${1000 + index}.jpg`,
        mimeType: 'image/jpeg',
        file: new Blob([photo], { type: 'image/jpeg' }),
        thumbnail: null,
      });
    }
    const started = performance.now();
    const sent = await syncTrip(organiser, httpSyncServer(connection(organiserToken)), SAMPLE_TRIP_ID);
    uploadMs = performance.now() - started;
    if (sent.files.sent !== TOTAL) throw new Error(`Only ${sent.files.sent} of ${TOTAL} bytes went up`);
  }, 600_000);

  afterAll(async () => {
    organiser?.db.close();
    plain?.server.close();
    await server?.close();
    await server?.storage.close();
  });

  test(`${FILES} photos, ${TOTAL / 1e6} MB, to a new device`, async ({ bench }) => {
    const members = await (async () => {
      const store = await openStore(fresh());
      await syncTrip(store, httpSyncServer(connection(organiserToken)), SAMPLE_TRIP_ID);
      const all = await listMembers(store.db, SAMPLE_TRIP_ID);
      store.db.close();
      return all.slice(1);
    })();
    let invited = 0;
    let device: { store: Store; token: string; missing: Attachment[] } | undefined;
    /** A member's new device: joined, the trip synced (files this large stay on the server), its files missing. */
    const newDevice = async () => {
      device?.store.db.close();
      const member = members[invited % members.length];
      invited += 1;
      if (!member) throw new Error('No members');
      if (!organiser) throw new Error('No organiser');
      const { code } = await inviteToTrip(organiser, connection(organiserToken), SAMPLE_TRIP_ID, member.id);
      const store = await openStore(fresh());
      const { token } = await joinWithInvitation(store, connection(), { invitation: code, deviceName: '새 기기' });
      await syncTrip(store, httpSyncServer(connection(token)), SAMPLE_TRIP_ID);
      device = { store, token, missing: await filesMissing(store.db, SAMPLE_TRIP_ID) };
      if (device.missing.length !== FILES) throw new Error(`${device.missing.length} files missing, not ${FILES}`);
    };
    const floorName = `floor: the same bytes, plain HTTP GETs over loopback, a file each (baseline)`;
    const downloadName = 'downloaded through the sync server, checked and stored, file by file';
    const result = await bench.compare(
      bench(floorName, async () => {
        let bytes = 0;
        for (let index = 0; index < FILES; index += 1) {
          bytes += (await (await fetch(`${plain.url}/${index}`)).arrayBuffer()).byteLength;
        }
        if (bytes !== TOTAL) throw new Error(`${bytes} bytes of ${TOTAL}`);
      }),
      bench(downloadName, { beforeEach: newDevice }, async () => {
        if (!device) throw new Error('No device');
        const server = httpSyncServer(connection(device.token));
        for (const attachment of device.missing) {
          const fetched = await fetchFile(device.store, server, attachment);
          if (fetched !== 'downloaded') throw new Error(`${attachment.fileName}: ${fetched}`);
        }
      }),
      { iterations: 3, time: 0 },
    );
    if (!device) throw new Error('No device');
    const left = await filesMissing(device.store.db, SAMPLE_TRIP_ID);
    if (left.length > 0) throw new Error(`${left.length} files did not arrive`);
    device.store.db.close();

    const floor = result.get(floorName).latency.mean;
    const downloaded = result.get(downloadName).latency.mean;
    console.log(
      [
        '',
        `${FILES} photos, ${TOTAL / 1e6} MB, to a new device through the sync server on ${backend.name} (mean of 3)`,
        `  plain HTTP GETs (baseline)   ${ms(floor)}   ${rate(floor)}`,
        `  downloaded, checked, stored  ${ms(downloaded)}   ${rate(downloaded)}, ${(downloaded / floor).toFixed(1)}× the floor`,
        `  sent by the organiser's sync ${ms(uploadMs)}   ${rate(uploadMs)} (once, in chunks of 1 MiB)`,
      ].join('\n'),
    );
  }, 600_000);
});
