import type { Queryable } from './storage/storage';

/**
 * The longest a device's wait for news lasts before it is answered "nothing
 * new": under the desktop transport's 30 s idle limit and the usual proxies'
 * 60 s, so that no one in between cuts the wait as a dead connection.
 */
export const WAIT_MS = 20_000;
/**
 * How often a trip someone waits on is looked up in the database: pushes
 * stored by this process wake its waiters at once, those stored by another
 * process on the same PostgreSQL are found within this.
 */
export const LOOK_EVERY_MS = 1_000;

/** What ends a wait: the trip's log now ends at `latest` (maybe no further than the device had pulled), or the device was revoked. */
export type News = { latest: number } | { revoked: true };

interface Waiter {
  deviceId: string;
  after: number;
  answer(news: News): void;
}

/**
 * The devices waiting for a trip's log to grow past what they pulled
 * (docs/sync-protocol.md, section 6, waiting for changes). One look at the
 * database per trip serves all its waiters, however many devices wait.
 */
export class TripWatch {
  private readonly waiters = new Map<string, Set<Waiter>>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly db: Queryable,
    private readonly lookEveryMs = LOOK_EVERY_MS,
  ) {}

  /**
   * Answers once the trip's log ends past `after`, the device is revoked,
   * `ms` have passed or `signal` aborts (the device hung up); never rejects.
   */
  async wait(tripId: string, deviceId: string, after: number, ms: number, signal?: AbortSignal): Promise<News> {
    const now = await this.look(tripId);
    const news = newsOf(now, deviceId);
    if ('revoked' in news || news.latest > after) return news;
    return new Promise<News>((resolve) => {
      const waiters = this.waiters.get(tripId) ?? new Set<Waiter>();
      const waiter: Waiter = {
        deviceId,
        after,
        answer: (news) => {
          clearTimeout(timeout);
          signal?.removeEventListener('abort', hangUp);
          waiters.delete(waiter);
          if (waiters.size === 0) this.waiters.delete(tripId);
          if (this.waiters.size === 0) this.stopLooking();
          resolve(news);
        },
      };
      const hangUp = () => waiter.answer(news);
      const timeout = setTimeout(hangUp, ms);
      signal?.addEventListener('abort', hangUp);
      waiters.add(waiter);
      this.waiters.set(tripId, waiters);
      this.startLooking();
    });
  }

  /** A push stored or a device revoked in this process: the trip's waiters hear of it now, not at the next look. */
  async told(tripId: string): Promise<void> {
    await this.settle(tripId);
  }

  private startLooking(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      for (const tripId of this.waiters.keys()) void this.settle(tripId);
    }, this.lookEveryMs);
    // The server's own listening keeps the process alive; waiting devices alone must not.
    this.timer.unref?.();
  }

  private stopLooking(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Answers the trip's waiters that have news; a database that fails to answer is asked again at the next look. */
  private async settle(tripId: string): Promise<void> {
    const waiters = this.waiters.get(tripId);
    if (!waiters || waiters.size === 0) return;
    let now: Log;
    try {
      now = await this.look(tripId);
    } catch {
      return;
    }
    for (const waiter of [...waiters]) {
      const news = newsOf(now, waiter.deviceId);
      if ('revoked' in news || news.latest > waiter.after) waiter.answer(news);
    }
  }

  /** Where the trip's log ends, and which of its devices are revoked. */
  private async look(tripId: string): Promise<Log> {
    const [log] = await this.db.query<{ latest: number | string }>(
      'SELECT coalesce(max(seq), 0) AS latest FROM changes WHERE trip_id = $1 AND NOT compacted',
      [tripId],
    );
    const revoked = await this.db.query<{ id: string }>(
      'SELECT id FROM devices WHERE trip_id = $1 AND revoked_at IS NOT NULL',
      [tripId],
    );
    return { latest: Number(log?.latest ?? 0), revoked: new Set(revoked.map((row) => row.id)) };
  }
}

interface Log {
  latest: number;
  revoked: ReadonlySet<string>;
}

const newsOf = (log: Log, deviceId: string): News =>
  log.revoked.has(deviceId) ? { revoked: true } : { latest: log.latest };
