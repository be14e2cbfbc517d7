/**
 * Runs tasks one after another, each starting when the one before has
 * settled. PGlite is one connection: a statement sent while another
 * task's transaction is open would run inside that transaction.
 */
export function createQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };
}
