import { contentHash } from '@shared/model/attachment';
import { CHUNK_BYTES, MAX_BLOB_BYTES } from '@shared/sync/blobs';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { readJson } from '../http/body';
import { limitBody } from '../http/bodyLimit';
import type { AppEnv, Deps } from '../http/context';
import { ApiError } from '../http/errors';
import { beginBlob, blobStatus, readChunk, storeChunk } from '../store/blobs';

const BLOB = '/v1/trips/:tripId/blobs/:sha256';
const INDEX = /^(?:0|[1-9][0-9]{0,3})$/;
const beginBody = z.object({ size: z.number().int().min(1) });

function shaOf(c: Context<AppEnv>): string {
  const sha256 = c.req.param('sha256');
  if (!contentHash.safeParse(sha256).success) {
    throw new ApiError('invalid_body', 'A file is named by the SHA-256 of its bytes, in lower-case hex.');
  }
  return sha256 as string;
}

function indexOf(c: Context<AppEnv>): number {
  const index = c.req.param('index') ?? '';
  if (!INDEX.test(index)) throw new ApiError('invalid_body', 'A chunk is named by its index, from 0.');
  return Number(index);
}

const notUploaded = () => new ApiError('not_found', 'No device has uploaded this file of the trip yet.');

/**
 * The bytes of the trip's attachments (docs/sync-protocol.md, section 6):
 * an upload begun or resumed, its chunks, where a file stands, and its
 * chunks to download once it is complete. The trip is always the token's.
 */
export function blobRoutes(app: Hono<AppEnv>, { storage }: Deps): void {
  app.put(BLOB, async (c) => {
    const { tripId } = c.get('device');
    const sha256 = shaOf(c);
    const { size } = await readJson(c, beginBody);
    if (size > MAX_BLOB_BYTES) throw new ApiError('too_large', `A file is at most ${MAX_BLOB_BYTES} bytes.`);
    const status = await storage.transaction((tx) => beginBlob(tx, tripId, sha256, size));
    if (status.size !== size) {
      throw new ApiError('invalid_body', `This file is being uploaded as ${status.size} bytes, not ${size}.`);
    }
    return c.json(status);
  });

  app.get(BLOB, async (c) => {
    const status = await blobStatus(storage, c.get('device').tripId, shaOf(c));
    if (!status) throw notUploaded();
    return c.json(status);
  });

  app.put(`${BLOB}/chunks/:index`, limitBody(CHUNK_BYTES, 'A chunk'), async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const { tripId } = c.get('device');
    const sha256 = shaOf(c);
    const index = indexOf(c);
    if (c.req.header('Content-Type')?.split(';')[0]?.trim() !== 'application/octet-stream') {
      throw new ApiError('invalid_body', 'A chunk is sent as application/octet-stream.');
    }
    const stored = await storage.transaction((tx) => storeChunk(tx, tripId, sha256, index, bytes));
    // Thrown only now, after the transaction: a mismatch drops what was stored of the file, and that must stay dropped.
    if (stored.outcome === 'notBegun') throw new ApiError('not_found', 'Begin the upload of this file first.');
    if (stored.outcome === 'notThisChunk') {
      throw new ApiError(
        'invalid_body',
        `Chunk ${index} of a file of ${stored.size} bytes is not ${bytes.byteLength}.`,
      );
    }
    if (stored.outcome === 'mismatch') {
      throw new ApiError('hash_mismatch', 'The chunks are not the file named: they were dropped; upload it again.');
    }
    return c.json(stored.status);
  });

  app.get(`${BLOB}/chunks/:index`, async (c) => {
    const bytes = await readChunk(storage, c.get('device').tripId, shaOf(c), indexOf(c));
    if (!bytes) throw notUploaded();
    return c.body(new Uint8Array(bytes), 200, { 'Content-Type': 'application/octet-stream' });
  });
}
