import type { RecordMeta } from '@shared/model';

/**
 * A record not deleted (its tombstone unset): what every read keeps. Apart
 * from the record helpers of records.ts, which re-export it, so that a read
 * loads no write funnel.
 */
export function isLive<T extends Pick<RecordMeta, 'deletedAt'>>(record: T | undefined): record is T {
  return record !== undefined && record.deletedAt === null;
}
