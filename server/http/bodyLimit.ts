import type { MiddlewareHandler } from 'hono';
import { ApiError, CLOSE_CONNECTION } from './errors';

/**
 * How much of a body over its limit the server reads and throws away before
 * it answers `too_large` (docs/sync-protocol.md, section 5). A client that
 * writes its whole request before it reads the answer then reads the 413;
 * answered while it was still writing, it would meet a closed connection and
 * never see why. Beyond this bound the server answers at once and closes the
 * connection: a client that sends that much more than the limit is not one
 * to spend the bandwidth on.
 */
export const DRAIN_BYTES = 8 * 1024 * 1024;

type Reader = ReadableStreamDefaultReader<Uint8Array>;

/** Reads on until the body ends or `read` bytes of it have been read in all; true when it ended within the bound. */
async function drain(reader: Reader, read: number): Promise<boolean> {
  for (let total = read; total <= DRAIN_BYTES; ) {
    const { done, value } = await reader.read();
    if (done) return true;
    total += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return false;
}

/**
 * Refuses a body over `maxSize` bytes with `too_large`, said or not in its
 * Content-Length, once it has been read (up to DRAIN_BYTES); a body within
 * it is read whole and handed on, so a route reads it from memory.
 */
export function limitBody(maxSize: number, what: string): MiddlewareHandler {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const refuse = (drained: boolean) => {
      const message = `${what} is at most ${maxSize} bytes.`;
      throw new ApiError('too_large', message, {}, drained ? {} : CLOSE_CONNECTION);
    };
    const declared = Number(c.req.header('Content-Length') ?? Number.NaN);
    if (declared > DRAIN_BYTES) return refuse(false);
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (!(declared > maxSize)) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          c.req.raw = new Request(c.req.raw, { body: Buffer.concat(chunks, size) });
          return next();
        }
        size += value.byteLength;
        if (size > maxSize) break;
        chunks.push(value);
      }
    }
    return refuse(await drain(reader, size));
  };
}
