import type { RecordMeta } from '@shared/model';
import { newId, type RecordId } from '@shared/model/uuids';
import { type HlcClock, parseHlc } from '@shared/sync/hlc';

/**
 * Who is writing, from which device, and at what clock: everything needed to
 * fill in the sync metadata of a record. One per open database.
 */
export interface WriteContext {
  deviceId: string;
  /** The member using this device, once they have said who they are. */
  memberId: RecordId | null;
  clock: HlcClock;
  now: () => Date;
  /**
   * The stretch of editing a save belongs to (see shared/notes/versions.ts):
   * set by a note's editor for its saves, absent for every other write.
   */
  stretchId?: string;
  /**
   * This run's Yjs client id for the merged texts it writes
   * (shared/sync/texts.ts): drawn anew by each run of the app (each window),
   * so that no two writers ever share one.
   */
  textClient: number;
  /**
   * The text a note's editor typed over, by leaf (`<recordId>/<path>`): set
   * by the editor for its saves, so that only what was typed is applied and
   * what others wrote meanwhile stays. Without it a write sets the text.
   */
  typedOver?: ReadonlyMap<string, string>;
}

/** A new run's Yjs client id, at random: two writers drawing the same 32 bits for the same text is vanishingly unlikely. */
export function newTextClient(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

/** Metadata for a change to an existing record. */
export function changeMeta(ctx: WriteContext): Pick<RecordMeta, 'updatedAt' | 'hlc' | 'updatedBy'> {
  const hlc = ctx.clock.tick();
  return {
    // Read off the stamp, as every other device rebuilds it: a second reading of the clock may be a millisecond on.
    updatedAt: new Date(parseHlc(hlc).millis).toISOString(),
    hlc,
    updatedBy: { deviceId: ctx.deviceId, memberId: ctx.memberId },
  };
}

/** Metadata for a new record; `id` when the record's id is derived rather than new. */
export function createMeta(ctx: WriteContext, id: RecordId = newId()): RecordMeta {
  const change = changeMeta(ctx);
  return { id, createdAt: change.updatedAt, deletedAt: null, ...change };
}
