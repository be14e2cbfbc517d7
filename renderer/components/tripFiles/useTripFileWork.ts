import type { RecordId } from '@shared/model';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportMark } from '../../data/device/exportMarks';
import type { ExportProgress } from '../../data/exchange/exportTrip';
import type { Imported } from '../../data/exchange/importTrip';
import { useStore } from '../../data/hooks/StoreContext';
import { fileNameFrom } from '../../services/fileName';

/** The files' code, loaded when a file is first written or read; the app preloads it after the first screen, for offline use. */
export const loadTripFileCode = () => import('./tripFileCode');

/** What the files' work says on screen: under way (with how far), or how it ended. */
export type TripFileState =
  | { kind: 'idle' }
  | { kind: 'writing'; progress: ExportProgress | null }
  | { kind: 'reading'; percent: number }
  | { kind: 'saved'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'imported'; imported: Imported }
  | { kind: 'failed'; message: string };

/**
 * Exporting, backing up and importing a trip's .fieldbook file, one at a
 * time, with progress, a cancel for a file being written, and the outcome
 * in the user's words: what a file brought, or what is wrong with it.
 */
export function useTripFileWork() {
  const { t } = useTranslation();
  const store = useStore();
  const [state, setState] = useState<TripFileState>({ kind: 'idle' });
  const cancel = useRef<{ aborted: boolean } | null>(null);

  const failed = async (error: unknown): Promise<TripFileState> => {
    const { FileCancelled, FileRefused } = await loadTripFileCode();
    if (error instanceof FileCancelled) return { kind: 'cancelled' };
    if (error instanceof FileRefused)
      return { kind: 'failed', message: t(`tripFiles.problems.${error.problem}`, { title: error.trip?.title ?? '' }) };
    return { kind: 'failed', message: t('tripFiles.problems.failed', { reason: String(error) }) };
  };

  /**
   * Writes a backup, or the changes for a member (`recipient`): what changed
   * since this device's last export to them, under a name that says whose.
   */
  const write = async (
    tripId: RecordId,
    title: string,
    kind: 'changes' | 'backup',
    recipient?: { id: RecordId; name: string },
  ) => {
    const stamp = new Date().toISOString().slice(0, 10);
    const whose = kind === 'backup' ? t('tripFiles.backupName') : (recipient?.name ?? '');
    const name = fileNameFrom(`${title} ${whose} ${stamp}`, 'fieldbook');
    cancel.current = { aborted: false };
    const signal = cancel.current;
    setState({ kind: 'writing', progress: null });
    try {
      const { exportTrip, lastExportTo, markBackedUp, markExportedTo, saveTripFile } = await loadTripFileCode();
      const since = recipient ? await lastExportTo(store.db, tripId, recipient.id) : null;
      const written: { reached?: ExportMark } = {};
      const saved = await saveTripFile(name, async (sink) => {
        ({ reached: written.reached } = await exportTrip(store, tripId, sink, {
          kind,
          since,
          cancel: signal,
          onProgress: (progress) => setState({ kind: 'writing', progress }),
        }));
      });
      if (saved && kind === 'backup') await markBackedUp(store.db, tripId, new Date());
      // The next export to them starts after this one: its recipient has what this file holds.
      if (saved && kind === 'changes' && recipient && written.reached)
        await markExportedTo(store.db, tripId, recipient.id, { ...written.reached, at: new Date().toISOString() });
      setState(saved ? { kind: 'saved', fileName: saved } : { kind: 'idle' });
    } catch (error) {
      setState(await failed(error));
    } finally {
      cancel.current = null;
    }
  };

  /** Takes in a file the user chooses: into `tripId`, or, with none, a trip restored from its backup. */
  const read = async (tripId?: RecordId): Promise<Imported | null> => {
    setState({ kind: 'reading', percent: 0 });
    try {
      const { importTripFile, readTripFile } = await loadTripFileCode();
      const imported = await readTripFile(({ size, chunks }) =>
        importTripFile(store, chunks, {
          ...(tripId ? { into: tripId } : {}),
          onProgress: (bytes) => setState({ kind: 'reading', percent: size ? Math.floor((bytes * 100) / size) : 100 }),
        }),
      );
      setState(imported ? { kind: 'imported', imported } : { kind: 'idle' });
      return imported;
    } catch (error) {
      setState(await failed(error));
      return null;
    }
  };

  const stop = () => {
    if (cancel.current) cancel.current.aborted = true;
  };

  return { state, write, read, stop };
}
