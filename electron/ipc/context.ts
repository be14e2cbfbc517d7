import type { CallHandlers } from '@shared/ipc/dispatch';
import type { WebContents } from 'electron';

/** What the main process knows of a call: the page that made it. */
export interface CallContext {
  sender: WebContents;
}

export type MainHandlers = CallHandlers<CallContext>;

/** Asks the user where to save a file; null when they cancel. */
export type ChooseSavePath = (sender: WebContents, suggestedName: string) => Promise<string | null>;

export type WriteFile = (path: string, data: string | Uint8Array) => Promise<void>;
