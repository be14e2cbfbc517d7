import type { Queryable } from '../storage/storage';

export interface Trip {
  id: string;
  organiserMemberId: string;
  setupCodeHash: string;
  publishedAt: Date;
}

/** Records a trip as published; false when a trip of that id already is. */
export async function insertTrip(tx: Queryable, trip: Trip): Promise<boolean> {
  const inserted = await tx.query(
    `INSERT INTO trips (id, organiser_member_id, setup_code_hash, published_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [trip.id, trip.organiserMemberId, trip.setupCodeHash, trip.publishedAt],
  );
  return inserted.length > 0;
}

export async function findTrip(db: Queryable, tripId: string): Promise<Trip | undefined> {
  const [row] = await db.query<{
    id: string;
    organiser_member_id: string;
    setup_code_hash: string;
    published_at: Date;
  }>('SELECT id, organiser_member_id, setup_code_hash, published_at FROM trips WHERE id = $1', [tripId]);
  return (
    row && {
      id: row.id,
      organiserMemberId: row.organiser_member_id,
      setupCodeHash: row.setup_code_hash,
      publishedAt: row.published_at,
    }
  );
}

/**
 * Holds the trip until the transaction ends, so that the pushes of one trip
 * are stored one after another: see storeChanges.
 */
export async function lockTrip(tx: Queryable, tripId: string): Promise<void> {
  await tx.query('SELECT id FROM trips WHERE id = $1 FOR UPDATE', [tripId]);
}
