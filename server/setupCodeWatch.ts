import type { Storage } from './storage/storage';
import { renewSetupCode } from './store/setupCode';

/** Runs `work` in `ms`; answers how to cancel it. */
export type Schedule = (ms: number, work: () => void) => () => void;

const timer: Schedule = (ms, work) => {
  const timeout = setTimeout(work, ms);
  // The server's own listening keeps it running; this alone must not.
  timeout.unref();
  return () => clearTimeout(timeout);
};

// A database that failed to answer is asked again this much later.
const RETRY_MS = 60_000;

/**
 * While the server runs, replaces the setup code waiting until `until` when
 * it expires and prints the new one, again and again; stops once no code is
 * waiting (it was used). Answers how to stop watching.
 */
export function watchSetupCode(
  storage: Storage,
  until: Date,
  deps: {
    now: () => number;
    print: (code: string, expiresAt: Date) => void;
    complain: (line: string) => void;
    schedule?: Schedule;
  },
): () => void {
  const { now, print, complain, schedule = timer } = deps;
  let cancel = () => {};
  const watch = (at: number) => {
    cancel = schedule(Math.max(0, at - now()), () => {
      renewSetupCode(storage, new Date(now())).then(
        (code) => {
          // One found waiting was printed when it was made, by this process or another.
          if (code?.made) print(code.code, code.expiresAt);
          if (code) watch(code.expiresAt.getTime());
        },
        (error: unknown) => {
          complain(`The setup code could not be renewed: ${error instanceof Error ? error.message : String(error)}`);
          watch(now() + RETRY_MS);
        },
      );
    });
  };
  watch(until.getTime());
  return () => cancel();
}
