import type { RecordId, VersionedTable } from '@shared/model';
import type { Leaf } from '@shared/sync/merge';
import type { Store } from '../database/store';
import { getConnection } from '../device/syncConnections';
import { getStates, stateKey } from '../writes/recordStates';

/** The leaves a note's author wrote: its texts, not a translation added later by someone else. */
const TEXT_LEAVES: Record<VersionedTable, readonly string[]> = {
  checklistAnswers: ['body/text'],
  minutes: ['discussion/text', 'decisions/text'],
  qaNotes: ['question/text', 'answer/text'],
  reportNotes: ['body/text'],
};

/**
 * Who wrote each note's text as it is now: the member named by the change
 * that set its latest text leaf. Another device's change names the member of
 * that device's token (the server replaces the author); this device's own
 * change names the member the device is bound to when it has joined the
 * trip's server (the organiser recording on a member's behalf writes "as"
 * that member, but is the author), and otherwise the member it wrote as.
 * A note with no known author is left out.
 */
export async function listNoteAuthors(
  store: Store,
  table: VersionedTable,
  tripId: RecordId,
  recordIds: readonly RecordId[],
): Promise<Map<RecordId, RecordId>> {
  const { db, ctx } = store;
  const [states, connection] = await Promise.all([
    getStates(
      db,
      recordIds.map((id) => stateKey(table, id)),
    ),
    getConnection(db, tripId),
  ]);
  const authors = new Map<RecordId, RecordId>();
  for (const state of states) {
    if (!state) continue;
    const latest = TEXT_LEAVES[table]
      .map((path) => state.leaves[path])
      .reduce<Leaf | undefined>((best, leaf) => (leaf && (!best || leaf.hlc > best.hlc) ? leaf : best), undefined);
    if (!latest) continue;
    const author = latest.deviceId === ctx.deviceId ? (connection?.memberId ?? latest.memberId) : latest.memberId;
    if (author) authors.set(state.id, author);
  }
  return authors;
}
