import type { Context } from 'hono';
import { z } from 'zod';
import { ApiError } from './errors';

/** The request's JSON body in the shape of `schema`, or `invalid_body` saying where it is not. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(await c.req.text());
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
  .max(100)
  .regex(/^[^\p{Cc}\p{Cs}]*$/u, 'no control characters');
