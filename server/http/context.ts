import type { Storage } from '../storage/storage';
import type { Device } from '../store/devices';
import type { TripWatch } from '../tripWatch';

/** What every route needs. `now` is the server's clock, in milliseconds. */
export interface Deps {
  storage: Storage;
  name: string;
  now: () => number;
  /** How many new changes of a trip's log make it worth compacting; null: never on its own (AppOptions). */
  compactAfter: number | null;
  /** How many updates of a merged text make it worth a checkpoint (AppOptions). */
  checkpointAfter: number;
  /** The devices waiting for their trip's log to grow: told of every push and revocation here. */
  watch: TripWatch;
  /** The longest a wait for changes lasts (WAIT_MS). */
  waitMs: number;
}

/** The device whose token opened the request, for the routes of a trip. */
export type AppEnv = { Variables: { device: Device } };

export const isoAt = (millis: number) => new Date(millis).toISOString();
