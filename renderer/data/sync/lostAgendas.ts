import { type AgendaItem, minutesInput, type RecordId } from '@shared/model';
import { isMergedByEdits, mergeAgenda } from '@shared/notes/agendaMerge';
import { asMember, type Store } from '../database/store';
import { markLostEditsHandled, unreadLostEdits } from '../history/lostEdits';
import { saveMinutes } from '../records/minutes';

const asAgenda = (value: unknown): AgendaItem[] => {
  const parsed = minutesInput.shape.agenda.safeParse(value);
  return parsed.success ? parsed.data : [];
};

/**
 * Merges back this device's changes of a meeting's agenda that lost to an
 * agenda another member wrote at the same time (shared/notes/agendaMerge.ts):
 * each is merged, edit by edit, with the agenda as it now stands, over what
 * its writer had, and saved as that writer, so that every device comes to
 * show both members' items and notes; it is then not told as lost (its
 * value stays in the minutes' history all the same). One it cannot merge
 * (written before this device kept what it was written over, too long
 * together, or no longer its writer's to change) is told as a loss, as any
 * other, and the sync goes on. Answers how many agendas it saved.
 */
export async function mergeLostAgendas(store: Store, tripId: RecordId): Promise<number> {
  const { db, ctx } = store;
  const unread = await unreadLostEdits(db, tripId, ctx.deviceId);
  if (unread.length === 0) return 0;
  const lost = (await db.lostChanges.bulkGet(unread)).filter(
    (change) => change !== undefined && isMergedByEdits(change.table, change.path),
  );
  let saved = 0;
  // Oldest first: a later one merges over what an earlier one brought back.
  for (const change of lost.sort((a, b) => (a?.hlc ?? '').localeCompare(b?.hlc ?? ''))) {
    if (!change) continue;
    const minutes = await db.minutes.get(change.recordId);
    if (!minutes || minutes.deletedAt !== null) continue;
    // Without the agenda it was written over (written before this device kept it), a merge would double
    // what both sides kept: the writer is told of the loss instead.
    const written = await db.changeHistory.get(change.id);
    if (written?.over === undefined) continue;
    const merged = mergeAgenda(asAgenda(written.over), asAgenda(change.value), minutes.agenda);
    if (JSON.stringify(merged) !== JSON.stringify(minutes.agenda)) {
      const writer = change.memberId ? asMember(store, change.memberId) : store;
      try {
        await saveMinutes(writer, tripId, minutes.visitId, { ...minutesInput.parse(minutes), agenda: merged });
      } catch {
        // Past the agenda's limits, or no longer the writer's to change: told as a loss, and the sync goes on.
        continue;
      }
      saved += 1;
    }
    await markLostEditsHandled(store, tripId, [change.id]);
  }
  return saved;
}
