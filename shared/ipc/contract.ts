import { z } from 'zod';
import { language } from '../i18n/languages';
import { attachmentFileName } from '../model/attachmentFile';
import { recordId } from '../model/ids';
import { CHUNK_BYTES } from '../sync/blobs';
import type { SyncErrorCode } from '../sync/client';
import { endpointOf, MAX_BODY_BYTES, SYNC_METHODS, utf8Length } from '../sync/endpoints';
import { certificateFingerprint } from '../sync/fingerprint';
import { sendsInClear } from '../sync/serverAddress';
import type { CallChannel, EventChannel } from './channels';

export const appInfo = z.object({
  name: z.string().max(100),
  version: z.string().max(100),
  /** Where the renderer runs: the Electron app, or a browser tab (`npm run web`). */
  shell: z.enum(['desktop', 'web']),
  platform: z.string().max(100),
});
export type AppInfo = z.infer<typeof appInfo>;

/** What the native application menu asks the renderer to do. */
export const menuCommand = z.discriminatedUnion('command', [
  z.object({ command: z.literal('showTrips') }),
  z.object({ command: z.literal('newTrip') }),
  z.object({ command: z.literal('loadSampleTrip') }),
  z.object({ command: z.literal('setLanguage'), language }),
  z.object({ command: z.literal('showShortcuts') }),
  z.object({ command: z.literal('search') }),
]);
export type MenuCommand = z.infer<typeof menuCommand>;

/** Kinds of file the app writes; nothing else may be named in a save request. */
export const SAVED_FILE_EXTENSIONS = ['ics', 'pdf', 'docx', 'html', 'md', 'json', 'csv', 'txt'] as const;

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

/** The most link targets a printed page's numbering answers: a report's contents lists a few dozen sections. */
export const MAX_NUMBERED_TARGETS = 1000;

/** A save of an attachment under way, named by the main process; only the page that began it may use it. */
export const saveHandle = z.uuid();

/** A .fieldbook file's name as the save dialog offers it: a plain name with the format's extension. */
export const tripFileName = z
  .string()
  .min(1)
  .max(120)
  .refine((name) => !/[\\/:*?"<>|\p{Cc}]/u.test(name) && !name.startsWith('.'), 'not a plain file name')
  .refine((name) => name.toLowerCase().endsWith('.fieldbook'), 'not a .fieldbook file');

/** A name the user chose in a save dialog: file systems take 255 bytes, so at most as many UTF-16 units. */
const chosenName = z.string().max(255);

/** A save in chunks (attachments' copies, trips' files): begun with a handle, or cancelled in the dialog. */
const saveBegun = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('chosen'), handle: saveHandle }),
]);
const saveChunk = {
  request: z.object({
    handle: saveHandle,
    bytes: z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= ATTACHMENT_CHUNK_BYTES, 'not a chunk'),
  }),
  response: z.undefined(),
};
const saveEnd = { request: z.object({ handle: saveHandle }), response: z.object({ fileName: chosenName }) };
const saveAbort = { request: z.object({ handle: saveHandle }), response: z.undefined() };

/** How a save ended: written where the user chose, cancelled, or handed to the browser's print dialog. */
export const saveOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), fileName: chosenName }),
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('printDialog') }),
]);
export type SaveOutcome = z.infer<typeof saveOutcome>;

/**
 * A sync server's address as the user gave it (the publish form, a join
 * code), written as an origin: `http:` or `https:`, a lower-case host name
 * or IP address, maybe a port; no credentials, path, query or fragment.
 * `http:` only to this computer: over a network, the token and the notes
 * would travel readable by anyone on it (`sendsInClear`).
 */
export const syncOrigin = z
  .string()
  .max(300)
  .regex(
    /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?$/,
    'not a server address',
  )
  .refine((origin) => Number(/:([0-9]+)$/.exec(origin)?.[1] ?? 1) <= 65535, 'not a port')
  .refine((origin) => !sendsInClear(origin), 'plain HTTP only to this computer');

const pin = certificateFingerprint.nullable();
const pinNeedsHttps = ({ origin, fingerprint }: { origin: string; fingerprint: string | null }) =>
  fingerprint === null || origin.startsWith('https:');

/**
 * A sync server as a device reaches it: its certificate's fingerprint when
 * the join code carried one (the desktop app then accepts no other
 * certificate), null for ordinary HTTPS behind a proxy or for plain HTTP.
 */
export const syncTarget = z.object({ origin: syncOrigin, fingerprint: pin }).refine(pinNeedsHttps, 'a pin needs https');

/**
 * The server of a trip the user published or joined. `replace`: the user
 * confirmed that the trip now syncs with another server than before (another
 * certificate, or unpinned, another address).
 */
export const syncServer = z
  .object({ tripId: recordId, origin: syncOrigin, fingerprint: pin, replace: z.boolean() })
  .refine(pinNeedsHttps, 'a pin needs https');
export type SyncServer = z.output<typeof syncServer>;

/** A request body: JSON text, or one chunk of a file's bytes (protocol 4), which a Uint8Array carries across IPC. */
export const syncRequestBody = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('json'),
    text: z
      .string()
      // Longer in UTF-16 units is longer in bytes too: no need to read it further.
      .max(MAX_BODY_BYTES, { abort: true })
      .refine((text) => {
        if (utf8Length(text) > MAX_BODY_BYTES) return false;
        try {
          JSON.parse(text);
          return true;
        } catch {
          return false;
        }
      }, "not JSON within the server's body limit"),
  }),
  z.object({
    type: z.literal('bytes'),
    bytes: z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= CHUNK_BYTES, 'not a chunk of a file'),
  }),
]);

/**
 * One request of the sync protocol, as the renderer may ask the main process
 * for it: an endpoint of the protocol on the server of the trip it names,
 * with the device's token and a body only where the endpoint takes one. The
 * main process adds the protocol header and applies the trip's pin.
 */
export const syncRequest = z
  .object({
    /** The trip whose server it goes to; null only for joining, the one request made before the trip is known. */
    tripId: recordId.nullable(),
    /** Joining only, having no trip's pin yet: the join code's (null: ordinary HTTPS, or HTTP to this computer). */
    fingerprint: pin.optional(),
    origin: syncOrigin,
    method: z.enum(SYNC_METHODS),
    /** From `/v1`, with the query a pull adds. */
    path: z.string().max(200),
    /** The device's token, sent as `Authorization: Bearer`. */
    token: z
      .string()
      .max(200)
      .regex(/^[A-Za-z0-9_-]{20,200}$/, 'not a token')
      .optional(),
    body: syncRequestBody.optional(),
  })
  .superRefine(({ tripId, fingerprint, origin, method, path, token, body }, context) => {
    const joining = method === 'POST' && path === '/v1/join';
    const pathTrip = /^\/v1\/trips\/([^/?]+)/.exec(path)?.[1];
    if (joining !== (tripId === null)) {
      context.addIssue({ code: 'custom', path: ['tripId'], message: 'a trip for every request but joining' });
    } else if (
      joining !== (fingerprint !== undefined) ||
      !pinNeedsHttps({ origin, fingerprint: fingerprint ?? null })
    ) {
      context.addIssue({ code: 'custom', path: ['fingerprint'], message: "a trip's pin is the one kept for it" });
    } else if (joining && token !== undefined) {
      context.addIssue({ code: 'custom', path: ['token'], message: 'joining gets a token, it sends none' });
    } else if (pathTrip !== undefined && pathTrip !== tripId) {
      context.addIssue({ code: 'custom', path: ['path'], message: "another trip's endpoint" });
    }
    const endpoint = endpointOf(method, path);
    if (!endpoint) context.addIssue({ code: 'custom', path: ['path'], message: 'not an endpoint of the protocol' });
    else if (endpoint.body !== (body !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['body'],
        message: endpoint.body ? 'a body is needed' : 'no body here',
      });
    } else if (body && endpoint.bytes !== (body.type === 'bytes')) {
      context.addIssue({ code: 'custom', path: ['body'], message: endpoint.bytes ? 'bytes here' : 'JSON here' });
    }
  });
export type SyncRequest = z.output<typeof syncRequest>;

/** The largest answer the main process takes from a sync server (a page of 1,000 changes is far below it). */
export const MAX_SYNC_ANSWER_BYTES = 64 * 1024 * 1024;

/** Why a request got no answer: the client's SyncError codes (shared/sync/client.ts). */
export const SYNC_TRANSPORT_ERRORS = [
  'offline',
  'certificate_changed',
  'unknown_server',
  'server_error',
] as const satisfies readonly SyncErrorCode[];

/**
 * The server's answer (its status, the headers the client reads, the body
 * as text, or as bytes when the server says it sends a file's bytes), or why
 * there is none.
 */
export const syncAnswer = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('answered'),
    status: z.number().int().min(100).max(599),
    headers: z.object({ 'retry-after': z.string().max(200).optional() }),
    body: z.discriminatedUnion('type', [
      z.object({ type: z.literal('text'), text: z.string().max(MAX_SYNC_ANSWER_BYTES) }),
      z.object({
        type: z.literal('bytes'),
        bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SYNC_ANSWER_BYTES, 'too large'),
      }),
    ]),
  }),
  z.object({ outcome: z.literal('failed'), error: z.enum(SYNC_TRANSPORT_ERRORS), message: z.string().max(1000) }),
]);
export type SyncAnswer = z.output<typeof syncAnswer>;

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
  /**
   * The card reader opened (true) or closed (false) in the page: only while it
   * is open may the page have the camera, and never the microphone
   * (electron/session.ts).
   */
  'camera:allow': { request: z.object({ open: z.boolean() }), response: z.undefined() },
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
    response: saveBegun,
  },
  'attachments:saveChunk': saveChunk,
  'attachments:saveEnd': saveEnd,
  'attachments:saveAbort': saveAbort,
  /**
   * A trip's .fieldbook file (shared/exchange/tripFile.ts), written where the
   * user chose as it is made, in chunks: a trip with hundreds of photos is
   * never one message. It takes its name only when whole (chunkedSave.ts).
   */
  'tripFiles:saveBegin': { request: z.object({ suggestedName: tripFileName }), response: saveBegun },
  'tripFiles:saveChunk': saveChunk,
  'tripFiles:saveEnd': saveEnd,
  'tripFiles:saveAbort': saveAbort,
  /** A .fieldbook file the user chose to take in, read a chunk at a time from where it is. */
  'tripFiles:openBegin': {
    request: z.object({}),
    response: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('cancelled') }),
      z.object({
        outcome: z.literal('chosen'),
        handle: saveHandle,
        fileName: chosenName,
        size: z.number().int().min(0),
      }),
    ]),
  },
  'tripFiles:readChunk': {
    request: z.object({ handle: saveHandle, offset: z.number().int().min(0) }),
    response: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= ATTACHMENT_CHUNK_BYTES, 'not a chunk'),
  },
  'tripFiles:openEnd': { request: z.object({ handle: saveHandle }), response: z.undefined() },
  /**
   * Prints the page on screen (a print view) without saving it, and answers
   * the page each of its links' targets lands on (shared/report/pdfPages.ts):
   * the report's contents then gives its sections' pages in the PDF saved next.
   */
  'print:pageNumbers': {
    request: z.object({ landscape: z.boolean() }),
    response: z.array(z.tuple([z.string().max(200), z.number().int().min(1).max(100_000)])).max(MAX_NUMBERED_TARGETS),
  },
  /** Saves the page on screen (a print view) as a PDF where the user chooses. */
  'print:savePdf': {
    request: z.object({
      suggestedName: suggestedFileName.refine((name) => name.toLowerCase().endsWith('.pdf'), 'not a PDF name'),
      landscape: z.boolean(),
    }),
    response: saveOutcome,
  },
  /**
   * The user published a trip to a server or joined one: from now on the
   * desktop app's main process reaches that server for the trip's requests,
   * pinned to the fingerprint when there is one. It reaches no other.
   * `changed`: the trip synced with another server, and the user has not
   * confirmed the change; nothing was kept.
   */
  'sync:configureServer': { request: syncServer, response: z.enum(['configured', 'changed']) },
  /** One request of the sync protocol to a configured server, made by the main process (the renderer has no network). */
  'sync:request': { request: syncRequest, response: syncAnswer },
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
