import { type RecordId, type ReportLayout, reportLayoutId } from '@shared/model';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { changeMeta, createMeta } from '../database/writeContext';
import { isLive } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';

/** The trip's arrangement of its report, or undefined while nobody has arranged it (the seed's order). */
export async function getReportLayout(db: FieldbookDB, tripId: RecordId): Promise<ReportLayout | undefined> {
  const layout = await db.reportLayouts.get(reportLayoutId(tripId));
  return isLive(layout) ? layout : undefined;
}

/** Saves the report's sections in their order and those left out, for every device of the trip. */
export async function saveReportLayout(
  store: Store,
  tripId: RecordId,
  arrangement: Pick<ReportLayout, 'order' | 'omitted'>,
): Promise<ReportLayout> {
  const { db } = store;
  const id = reportLayoutId(tripId);
  return writeTransaction(db, [db.reportLayouts], async () => {
    const existing = await db.reportLayouts.get(id);
    const layout: ReportLayout = existing
      ? { ...existing, ...arrangement, deletedAt: null, ...changeMeta(store.ctx) }
      : { ...createMeta(store.ctx, id), tripId, ...arrangement };
    await writeRecords(store, 'reportLayouts', [layout]);
    return layout;
  });
}
