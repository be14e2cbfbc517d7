import { MAX_SKEW_MS, parseHlc } from '@shared/sync/hlc';
import { type Change, checkChange } from '@shared/sync/merge';
import { type RecordFacts, type Refusal, refusalOf, type Writer } from '@shared/sync/permissions';

/** The most changes one push may carry (docs/sync-protocol.md, section 6). */
export const MAX_CHANGES = 1000;

type Problem = { code: 'invalid_change' | 'unknown_table' | 'unknown_leaf'; reason: string } | { code: 'clock_ahead' };
/** What is wrong with a push: the first change refused, by its index in the batch. */
export type BatchProblem = Problem & { index: number };

// PostgreSQL stores no NUL character and no half of a surrogate pair: such a text could not be kept as sent.
const unstorable = (text: string) => text.includes('\u0000') || /\p{Cs}/u.test(text);

function isStorable(value: unknown): boolean {
  if (typeof value === 'string') return !unstorable(value);
  if (Array.isArray(value)) return value.every(isStorable);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).every(([key, inner]) => !unstorable(key) && isStorable(inner));
  }
  return true;
}

function check(candidate: unknown, tripId: string, now: number): { change: Change } | { problem: Problem } {
  const checked = checkChange(candidate);
  if (!checked.ok) {
    const { problem } = checked;
    const code = problem === 'unknown_table' || problem === 'unknown_leaf' ? problem : 'invalid_change';
    return { problem: { code, reason: problem } };
  }
  const { change } = checked;
  const invalid = (reason: string) => ({ problem: { code: 'invalid_change' as const, reason } });
  if (change.tripId !== tripId) return invalid('wrong_trip');
  if (change.table === 'trips' && change.recordId !== tripId) return invalid('not_this_trip');
  if (!isStorable(change)) return invalid('unstorable_text');
  if (parseHlc(change.hlc).millis > now + MAX_SKEW_MS) return { problem: { code: 'clock_ahead' } };
  return { change };
}

/**
 * Checks a push, all or nothing: every change a valid leaf of a synced
 * table of this trip, stamped no more than MAX_SKEW_MS ahead of `now`.
 * Answers the changes as validated (unknown fields dropped), or the first
 * problem with the index of its change.
 */
export function checkBatch(
  candidates: readonly unknown[],
  tripId: string,
  now: number,
): { ok: true; changes: Change[] } | { ok: false; problem: BatchProblem } {
  const changes: Change[] = [];
  for (const [index, candidate] of candidates.entries()) {
    const result = check(candidate, tripId, now);
    if ('problem' in result) return { ok: false, problem: { ...result.problem, index } };
    changes.push(result.change);
  }
  return { ok: true, changes };
}

/** A change the rules refuse (shared/sync/permissions.ts), by its index in the batch. */
export interface RefusedChange {
  index: number;
  reason: Refusal;
}

/** Splits a batch by the rules: what each change's writer may change of the records `facts` tells of, and what not. */
export function byPermission(
  writerOf: (change: Change) => Writer,
  changes: readonly Change[],
  facts: ReadonlyMap<string, RecordFacts>,
): { allowed: Change[]; refused: RefusedChange[] } {
  const allowed: Change[] = [];
  const refused: RefusedChange[] = [];
  for (const [index, change] of changes.entries()) {
    const known = facts.get(`${change.table}:${change.recordId}`) ?? { owner: null };
    const reason = refusalOf(writerOf(change), change, known);
    if (reason) refused.push({ index, reason });
    else allowed.push(change);
  }
  return { allowed, refused };
}
