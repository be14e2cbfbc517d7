import type { CardReader } from '@shared/people/card/reading';

export type { CardReader, CardSide } from '@shared/people/card/reading';

/**
 * The card reader, loaded apart from the first screen's code and only when
 * a card is first read: its WebAssembly and trained data weigh tens of
 * megabytes, all bundled with the app, never downloaded.
 */
export async function loadCardReader(): Promise<CardReader> {
  const { startCardReader } = await import('./ocr');
  return startCardReader();
}
