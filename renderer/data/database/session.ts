import { newId } from '@shared/model/uuids';

/** This run of the app: drafts it writes carry it (see drafts.ts). */
export const SESSION_ID = newId();

const LOCK_PREFIX = 'fieldbook-session:';

/**
 * Holds a Web Lock named after this run for as long as the page lives (the
 * browser releases it when the page closes or its process dies), so that
 * another tab starting up can tell the drafts of a run still typing from
 * those a crash left behind.
 */
export function holdSession(): void {
  void navigator.locks?.request(`${LOCK_PREFIX}${SESSION_ID}`, () => new Promise<never>(() => {}));
}

/** The runs of the app open now, this one included. */
export async function liveSessions(): Promise<ReadonlySet<string>> {
  const held = (await navigator.locks?.query())?.held ?? [];
  const names = held.flatMap((lock) =>
    lock.name?.startsWith(LOCK_PREFIX) ? [lock.name.slice(LOCK_PREFIX.length)] : [],
  );
  return new Set([SESSION_ID, ...names]);
}
