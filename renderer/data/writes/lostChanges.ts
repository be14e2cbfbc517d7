import { type Change, lostMoves, type RecordState } from '@shared/sync/merge';
import type { FieldbookDB } from '../database/db';

/** A leaf of a record before and after a write or a pull touched it. */
export interface LeafMove {
  before: RecordState | undefined;
  after: RecordState | undefined;
  path: string;
}

/**
 * Marks as lost, in `lostChanges`, what the leaves a write or a pull touched
 * now say lost (shared/sync/merge.ts, lostOf), and takes off the marks they
 * no longer bear: a change lost before that a writer has since replaced, or
 * whose value the leaf holds again. A change the server refused keeps its
 * mark (refused.ts). Marks made before leaves kept their concurrent changes
 * are left as they were. Must run in the transaction that wrote the states,
 * with lostChanges in its scope. Answers how many changes were newly marked.
 */
export async function keepLost(db: FieldbookDB, moves: readonly LeafMove[]): Promise<number> {
  const lost: Change[] = [];
  const cleared: string[] = [];
  const marked = new Set<string>();
  for (const { before, after, path } of moves) {
    const moved = lostMoves(before, after, path);
    lost.push(...moved.lost);
    cleared.push(...moved.cleared);
    for (const change of moved.lost) marked.add(change.id);
  }
  // No return before Dexie is awaited, even with nothing to mark: a transaction's zone outlives an
  // await of Dexie's own promises, not of a bare async function's, and after a write's keepHistory
  // with nothing to keep, a second such await let the transaction commit before the write was done.
  const known = new Map(
    (await db.lostChanges.bulkGet([...marked, ...cleared])).flatMap((row) => (row ? [[row.id, row] as const] : [])),
  );
  await db.lostChanges.bulkDelete(cleared.filter((id) => !marked.has(id) && !known.get(id)?.refused));
  await db.lostChanges.bulkPut(
    lost.map((change) => {
      const refused = known.get(change.id)?.refused;
      return refused ? { ...change, refused } : change;
    }),
  );
  return [...marked].filter((id) => !known.has(id)).length;
}
