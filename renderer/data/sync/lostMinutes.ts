import { type MinutesFields, minutesInput, type RecordId } from '@shared/model';
import { isMergedByEdits, isMergedList, type MergedList, mergeMinutesList } from '@shared/notes/minutesMerge';
import { asMember, type Store } from '../database/store';
import { markLostEditsHandled, unreadLostEdits } from '../history/lostEdits';
import { saveMinutes } from '../records/minutes';

/** A list of the minutes as a change holds it; null when it is not one (a change of an earlier app, say). */
const asList = <P extends MergedList>(path: P, value: unknown): MinutesFields[P] | null => {
  const parsed = minutesInput.shape[path].safeParse(value);
  return parsed.success ? (parsed.data as MinutesFields[P]) : null;
};

/**
 * Merges back this device's changes of a meeting's lists (its agenda,
 * follow-ups, who attended) that lost to a list another member wrote at the
 * same time (shared/notes/minutesMerge.ts): each is merged with the list as
 * it now stands, over what its writer had, and saved as that writer, so that
 * every device comes to show both members' items and notes; it is then not
 * told as lost (its value stays in the minutes' history all the same). One
 * it cannot merge (written before this device kept what it was written
 * over, too long together, or no longer its writer's to change) is told as a
 * loss, as any other, and the sync goes on. Answers how many lists it saved.
 */
export async function mergeLostMinutes(store: Store, tripId: RecordId): Promise<number> {
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
    const { path } = change;
    if (written?.over === undefined || !isMergedList(path)) continue;
    const [base, mine] = [asList(path, written.over ?? []), asList(path, change.value)];
    if (base === null || mine === null) continue;
    const merged = mergeMinutesList(path, base, mine, minutes[path]);
    if (JSON.stringify(merged) !== JSON.stringify(minutes[path])) {
      const writer = change.memberId ? asMember(store, change.memberId) : store;
      try {
        await saveMinutes(writer, tripId, minutes.visitId, { ...minutesInput.parse(minutes), [path]: merged });
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
