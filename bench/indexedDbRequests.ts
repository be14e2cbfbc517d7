/** The calls that make an IndexedDB request, on a store, an index or a cursor (`continue`). */
const REQUESTS = [
  'get',
  'getAll',
  'getAllKeys',
  'getKey',
  'count',
  'openCursor',
  'openKeyCursor',
  'put',
  'add',
  'delete',
  'continue',
];

/**
 * The IndexedDB requests `work` makes in this page, by store (or index) and
 * kind, counted by wrapping the browser's own methods while it runs: whatever
 * library makes them (Dexie, here) is counted alike.
 */
export async function counted(work: () => Promise<unknown>): Promise<Record<string, number>> {
  const requests: Record<string, number> = {};
  const restore: (() => void)[] = [];
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype, IDBCursor.prototype]) {
    const methods = proto as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of REQUESTS) {
      const original = methods[method];
      if (!original) continue;
      methods[method] = function (this: IDBObjectStore | IDBIndex | IDBCursor, ...args: unknown[]) {
        const where =
          this instanceof IDBIndex ? `${this.objectStore.name}[${this.name}]` : 'name' in this ? this.name : 'cursor';
        requests[`${where} ${method}`] = (requests[`${where} ${method}`] ?? 0) + 1;
        return original.apply(this, args);
      };
      restore.push(() => {
        methods[method] = original;
      });
    }
  }
  try {
    await work();
  } finally {
    for (const undo of restore) undo();
  }
  return requests;
}
