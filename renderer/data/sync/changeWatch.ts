import type { RecordId } from '@shared/model';
import { SyncError, type SyncServer } from '@shared/sync/client';
import type { FieldbookDB } from '../database/db';
import { pulledUpTo } from './cursor';

/**
 * Waits, request after request, for the trip's server to hold changes this
 * device has not pulled (docs/sync-protocol.md, section 6, waiting for
 * changes), and has them synced at once: what another member writes reaches
 * this screen in seconds. It ends at the first failure, telling `ended` why,
 * and when a sync that news brought did not pull past the news, so that a
 * sync failing for another reason is not asked again and again; the
 * scheduler's next sync that goes through watches again. Answers how to stop.
 */
export function watchForChanges(
  server: SyncServer,
  db: FieldbookDB,
  tripId: RecordId,
  on: { news: () => Promise<void>; ended: (failure: SyncError | null) => void },
): () => void {
  let stopped = false;
  const watch = async () => {
    while (!stopped) {
      const after = await pulledUpTo(db, tripId);
      const latest = await server.waitForChanges(tripId, after);
      if (stopped || latest <= after) continue;
      await on.news();
      if ((await pulledUpTo(db, tripId)) < latest) return;
    }
  };
  watch().then(
    () => stopped || on.ended(null),
    (error: unknown) =>
      stopped || on.ended(error instanceof SyncError ? error : new SyncError('offline', String(error))),
  );
  return () => {
    stopped = true;
  };
}
