import type { App } from 'electron';

/**
 * One running Fieldbook per user: two instances writing one database would
 * fight over it. A second start focuses the first window instead.
 * Returns false when another instance holds the lock and this one must quit.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  focusExisting: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', focusExisting);
  return true;
}
