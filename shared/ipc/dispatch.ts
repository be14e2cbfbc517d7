import type { CallChannel } from './channels';
import { type CallRequest, type CallResponse, ipcCalls } from './contract';

/**
 * One implementation per call of the contract: the main process has one set,
 * the web bridge another. `Context` is what a side knows of the caller (the
 * main process: the window that asked).
 */
export type CallHandlers<Context = void> = {
  [K in CallChannel]: (request: CallRequest<K>, context: Context) => Promise<CallResponse<K>> | CallResponse<K>;
};

/** Raised for a payload that does not match the contract; nothing has been done. */
export class InvalidPayloadError extends Error {
  constructor(
    readonly channel: string,
    readonly issues: readonly { path: PropertyKey[]; message: string }[],
  ) {
    super(
      `Invalid payload for ${channel}: ${issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`,
    );
    this.name = 'InvalidPayloadError';
  }
}

/**
 * Validates a call's payload against the contract, runs its handler and
 * validates the answer. Payloads arrive from another process (or another
 * origin's code, if the renderer were ever compromised), so nothing about
 * them is assumed.
 */
export async function dispatchCall<K extends CallChannel, Context>(
  handlers: CallHandlers<Context>,
  name: K,
  payload: unknown,
  context: Context,
): Promise<CallResponse<K>> {
  const spec = ipcCalls[name];
  const request = spec.request.safeParse(payload);
  if (!request.success) throw new InvalidPayloadError(name, request.error.issues);
  // The map type pairs each channel with its handler; TypeScript cannot follow K through the lookup.
  const handler = handlers[name] as (request: unknown, context: Context) => unknown;
  return spec.response.parse(await handler(request.data, context)) as CallResponse<K>;
}
