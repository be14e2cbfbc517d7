import { DEVICE_NAME_MAX } from '@shared/sync/access';
import type { Context } from 'hono';
import { z } from 'zod';
import { ApiError } from './errors';

// Fatal: a decoder that replaced bytes which are not UTF-8 with U+FFFD would store a text nobody wrote.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The request's JSON body in the shape of `schema`, or `invalid_body` saying where it is not. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let text: string;
  try {
    text = utf8.decode(await c.req.arrayBuffer());
  } catch {
    throw new ApiError('invalid_body', 'The body is not UTF-8.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError('invalid_body', 'The body is not JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(
      'invalid_body',
      `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'not the shape asked for'}`,
    );
  }
  return parsed.data;
}

/** A device's name as its owner sees it in the organiser's list: one line of text. */
export const deviceName = z
  .string()
  .trim()
  .min(1)
  .max(DEVICE_NAME_MAX)
  .regex(/^[^\p{Cc}\p{Cs}]*$/u, 'no control characters');
