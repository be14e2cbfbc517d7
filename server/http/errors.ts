/**
 * The error codes of docs/sync-protocol.md, section 7, with their HTTP
 * status. Every refusal is `{ error, message }` and, for some, more fields
 * that say what to do (`index`, `serverTime`, `protocol` ...).
 */
export const ERROR_STATUS = {
  unauthorized: 401,
  revoked: 401,
  forbidden: 403,
  code_invalid: 403,
  code_used: 403,
  code_expired: 403,
  not_found: 404,
  invalid_body: 400,
  invalid_change: 400,
  invalid_signature: 400,
  not_certified: 403,
  key_missing: 409,
  key_exists: 409,
  unknown_table: 400,
  unknown_leaf: 400,
  trip_exists: 409,
  clock_ahead: 409,
  cursor_ahead: 409,
  hash_mismatch: 422,
  too_large: 413,
  rate_limited: 429,
  protocol_too_old: 426,
  protocol_too_new: 426,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get status(): (typeof ERROR_STATUS)[ErrorCode] {
    return ERROR_STATUS[this.code];
  }

  get body(): Record<string, unknown> {
    return { error: this.code, message: this.message, ...this.details };
  }
}

/**
 * For a refusal of a body before it is read, which leaves the rest of it on
 * the connection: closed, so that the client sends its next request on
 * another (the Node adapter would otherwise cut the kept-alive connection
 * under that next request).
 */
export const CLOSE_CONNECTION = { Connection: 'close' };
