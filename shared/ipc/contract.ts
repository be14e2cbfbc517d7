import { z } from 'zod';
import { language } from '../i18n/languages';
import { attachmentFileName } from '../model/attachmentFile';
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
  z.object({ command: z.literal('showShortcuts') }),
]);
export type MenuCommand = z.infer<typeof menuCommand>;

/** Kinds of file the app writes; nothing else may be named in a save request. */
export const SAVED_FILE_EXTENSIONS = ['ics', 'pdf', 'docx', 'json', 'csv', 'txt'] as const;

/** Larger files are refused: nothing the app exports comes near it. */
export const MAX_SAVED_FILE_BYTES = 200 * 1024 * 1024;

/**
 * The name offered in the save dialog: a bare file name (no folder, nothing
 * a file system would refuse) with one of the app's own extensions.
 */
export const suggestedFileName = z
  .string()
  .min(1)
  .max(120)
  .refine((name) => !/[\\/:*?"<>|\p{Cc}]/u.test(name) && !name.startsWith('.'), 'not a plain file name')
  .refine(
    (name) => (SAVED_FILE_EXTENSIONS as readonly string[]).includes(name.split('.').pop()?.toLowerCase() ?? ''),
    'not an extension the app writes',
  );

export const fileContent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(MAX_SAVED_FILE_BYTES / 4) }),
  z.object({
    kind: z.literal('bytes'),
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVED_FILE_BYTES, 'too large'),
  }),
]);
export type FileContent = z.infer<typeof fileContent>;

/** Largest piece of an attachment in one message while it is saved: a few of them make a large file. */
export const ATTACHMENT_CHUNK_BYTES = 4 * 1024 * 1024;

/** A save of an attachment under way, named by the main process; only the page that began it may use it. */
export const saveHandle = z.uuid();

/** How a save ended: written where the user chose, cancelled, or handed to the browser's print dialog. */
export const saveOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), fileName: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('printDialog') }),
]);
export type SaveOutcome = z.infer<typeof saveOutcome>;

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
  /** Saves a file the app made (an iCalendar file, a report) where the user chooses. */
  'files:save': {
    request: z.object({ suggestedName: suggestedFileName, content: fileContent }),
    response: saveOutcome,
  },
  /**
   * Opens an attached file with the application the system has for it. Its
   * name is an attachment's safe name, so only documents and images the app
   * accepted, never anything the system could run.
   */
  'files:open': {
    request: z.object({
      fileName: attachmentFileName,
      bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVED_FILE_BYTES, 'too large'),
    }),
    response: z.object({ opened: z.boolean() }),
  },
  /**
   * Saves a copy of an attachment where the user chooses, in pieces so that
   * no message holds a large file whole: begin (the save dialog; cancelled,
   * or a handle), chunks in order, then end (the file appears under its name
   * only now) or abort (nothing is left behind).
   */
  'attachments:saveBegin': {
    request: z.object({
      suggestedName: attachmentFileName,
      size: z.number().int().positive().max(MAX_SAVED_FILE_BYTES),
    }),
    response: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('cancelled') }),
      z.object({ outcome: z.literal('chosen'), handle: saveHandle }),
    ]),
  },
  'attachments:saveChunk': {
    request: z.object({
      handle: saveHandle,
      bytes: z
        .instanceof(Uint8Array)
        .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= ATTACHMENT_CHUNK_BYTES, 'not a chunk'),
    }),
    response: z.undefined(),
  },
  'attachments:saveEnd': {
    request: z.object({ handle: saveHandle }),
    response: z.object({ fileName: z.string() }),
  },
  'attachments:saveAbort': { request: z.object({ handle: saveHandle }), response: z.undefined() },
  /** Saves the page on screen (a print view) as a PDF where the user chooses. */
  'print:savePdf': {
    request: z.object({
      suggestedName: suggestedFileName.refine((name) => name.toLowerCase().endsWith('.pdf'), 'not a PDF name'),
      landscape: z.boolean(),
    }),
    response: saveOutcome,
  },
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
