import type { DBCoreMutateRequest, DBCoreTransaction, Dexie } from 'dexie';

/** Records of one table that a committed transaction wrote or deleted; `keys` null when only a range is known. */
export interface Mutated {
  table: string;
  keys: readonly unknown[] | null;
}

export type MutationListener = (mutated: readonly Mutated[]) => void;

const listeners = new WeakMap<Dexie, Set<MutationListener>>();

/**
 * Tells `listener` of every transaction of this window that commits writes,
 * whichever path wrote them (the write funnel, sync applying others'
 * changes, a snapshot or a file taken in, an undo): what is kept beside the
 * records, such as the search index, follows them without each path knowing
 * of it. Told after the commit, never of a write that was rolled back.
 * Answers how to stop.
 */
export function onMutations(db: Dexie, listener: MutationListener): () => void {
  let set = listeners.get(db);
  if (!set) {
    set = new Set();
    listeners.set(db, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}

/** What each open transaction has written so far, told when it completes. */
const pending = new WeakMap<DBCoreTransaction, Mutated[]>();

function recordOn(db: Dexie, trans: DBCoreTransaction, mutated: Mutated) {
  let written = pending.get(trans);
  if (!written) {
    const list: Mutated[] = [];
    written = list;
    pending.set(trans, list);
    // The IndexedDB adapter's transaction is the IDBTransaction itself.
    (trans as unknown as EventTarget).addEventListener('complete', () => {
      for (const listener of listeners.get(db) ?? []) listener(list);
    });
  }
  written.push(mutated);
}

function keysOf(request: DBCoreMutateRequest, results: readonly unknown[] | undefined): readonly unknown[] | null {
  switch (request.type) {
    case 'add':
    case 'put':
      return results ?? request.keys ?? null;
    case 'delete':
      return request.keys;
    default:
      return null;
  }
}

/**
 * The database's middleware that tells onMutations' listeners; installed once,
 * before the database opens (db.ts).
 */
export function observeMutations(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'fieldbook-mutations',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (request) => {
            const response = await table.mutate(request);
            if (listeners.get(db)?.size)
              recordOn(db, request.trans, { table: name, keys: keysOf(request, response.results) });
            return response;
          },
        };
      },
    }),
  });
}
