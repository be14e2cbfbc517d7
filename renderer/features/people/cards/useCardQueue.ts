import { newId } from '@shared/model';
import { type CardFields, readCard } from '@shared/people/card/readCard';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CardReader, CardSide } from '../../../services/cardReader/cardReader';
import { proposesAnything } from './cardPerson';

/** Where a queued photo is: waiting its turn, read, or not readable (the reader failed, or found nothing). */
export type CardState =
  | { kind: 'waiting' }
  | { kind: 'loadingReader' }
  | { kind: 'reading'; percent: number }
  | { kind: 'read'; fields: CardFields }
  | { kind: 'failed'; why: 'error' | 'empty' };

export interface QueuedCard {
  id: string;
  photo: Blob;
  side: CardSide;
  state: CardState;
}

/** A card whose reading is over, either way: its form can be shown. */
export type ReadState = Extract<CardState, { kind: 'read' | 'failed' }>;
export const readingOver = (state: CardState): state is ReadState => state.kind === 'read' || state.kind === 'failed';

const stillReading = (state: CardState) => state.kind === 'loadingReader' || state.kind === 'reading';

/**
 * Photos of cards waiting to be reviewed, the first under review: they are
 * read one at a time in the order they came, by a reader loaded when the
 * first needs it and closed when the queue goes (its models hold tens of
 * megabytes). A reviewed card leaves the queue with its photo.
 */
export function useCardQueue(loadReader: () => Promise<CardReader>) {
  const [cards, setCards] = useState<readonly QueuedCard[]>([]);
  const [reviewed, setReviewed] = useState(0);
  const reader = useRef<Promise<CardReader> | null>(null);
  const readerReady = useRef(false);
  const reading = useRef<string | null>(null);
  const live = useRef(true);

  const setState = useCallback((id: string, state: CardState) => {
    if (!live.current) return;
    setCards((current) => current.map((card) => (card.id === id ? { ...card, state } : card)));
  }, []);

  const read = useCallback(
    async (card: QueuedCard) => {
      // The next read starts only once this one's result is set, never beside it.
      const finish = (state: CardState) => {
        reading.current = null;
        setState(card.id, state);
      };
      try {
        if (!readerReady.current) setState(card.id, { kind: 'loadingReader' });
        const loading = reader.current ?? loadReader();
        reader.current = loading;
        const loaded = await loading.catch((error: unknown) => {
          // A reader that failed to load is tried again for the next card.
          if (reader.current === loading) reader.current = null;
          throw error;
        });
        readerReady.current = true;
        setState(card.id, { kind: 'reading', percent: 0 });
        let shown = 0;
        const lines = await loaded.read(card.photo, card.side, (share) => {
          const percent = Math.round(share * 100);
          if (percent === shown) return;
          shown = percent;
          setCards((current) =>
            current.map((other) =>
              other.id === card.id && stillReading(other.state)
                ? { ...other, state: { kind: 'reading', percent } }
                : other,
            ),
          );
        });
        const fields = readCard(lines);
        finish(proposesAnything(fields) ? { kind: 'read', fields } : { kind: 'failed', why: 'empty' });
      } catch {
        finish({ kind: 'failed', why: 'error' });
      }
    },
    [loadReader, setState],
  );

  useEffect(() => {
    const next = cards.find((card) => card.state.kind === 'waiting');
    if (!next || reading.current) return;
    reading.current = next.id;
    void read(next);
  }, [cards, read]);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      const loaded = reader.current;
      reader.current = null;
      readerReady.current = false;
      void loaded?.then((open) => open.close()).catch(() => {});
    };
  }, []);

  const add = useCallback((photos: readonly Blob[], side: CardSide) => {
    const added = photos.map((photo): QueuedCard => ({ id: newId(), photo, side, state: { kind: 'waiting' } }));
    setCards((current) => [...current, ...added]);
  }, []);

  /** The card under review is done with, saved or skipped: the next one comes up. */
  const next = useCallback(() => {
    setCards((current) => current.slice(1));
    setReviewed((count) => count + 1);
  }, []);

  return { cards, reviewed, add, next };
}
