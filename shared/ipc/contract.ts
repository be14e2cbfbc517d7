import { z } from 'zod';
import { language } from '../i18n/languages';
import type { CallChannel, EventChannel } from './channels';

export const appInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** Where the renderer runs: the Electron app, or a browser tab (`npm run web`). */
  shell: z.enum(['desktop', 'web']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfo>;

/** What the native application menu asks the renderer to do. */
export const menuCommand = z.discriminatedUnion('command', [
  z.object({ command: z.literal('showTrips') }),
  z.object({ command: z.literal('newTrip') }),
  z.object({ command: z.literal('loadSampleTrip') }),
  z.object({ command: z.literal('setLanguage'), language }),
]);
export type MenuCommand = z.infer<typeof menuCommand>;

interface CallSpec {
  request: z.ZodType;
  response: z.ZodType;
}

/**
 * Calls from the renderer to the main process, each with the schema its
 * payload must pass before the main process acts on it, and the schema of
 * its answer.
 */
export const ipcCalls = {
  'app:getInfo': { request: z.undefined(), response: appInfo },
  /** The interface language changed: the native menu follows it. */
  'app:setLanguage': { request: z.object({ language }), response: z.undefined() },
} as const satisfies Record<CallChannel, CallSpec>;

/** Events from the main process to the renderer. */
export const ipcEvents = {
  'app:menuCommand': menuCommand,
} as const satisfies Record<EventChannel, z.ZodType>;

export type CallRequest<K extends CallChannel> = z.input<(typeof ipcCalls)[K]['request']>;
export type CallResponse<K extends CallChannel> = z.output<(typeof ipcCalls)[K]['response']>;
export type EventPayload<K extends EventChannel> = z.output<(typeof ipcEvents)[K]>;

/** Arguments of a call: none when its request schema is `undefined`. */
export type CallArgs<K extends CallChannel> = CallRequest<K> extends undefined ? [] : [request: CallRequest<K>];

/**
 * What the renderer sees as `window.fieldbook`: the preload builds it over
 * Electron IPC, renderer/bridge/web.ts over browser APIs for `npm run web`.
 */
export interface FieldbookBridge {
  invoke<K extends CallChannel>(name: K, ...args: CallArgs<K>): Promise<CallResponse<K>>;
  on<K extends EventChannel>(name: K, listener: (payload: EventPayload<K>) => void): () => void;
}
