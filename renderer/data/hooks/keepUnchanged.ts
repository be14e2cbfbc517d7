/**
 * `next` (never changed: a copy where it differs), with every part of it equal to the same part of `previous` (by
 * content) replaced by that part of `previous`; `previous` itself when all of
 * it is equal. A database query answers new objects each time it runs: this
 * gives an unchanged row, list or map its identity back, so that React skips
 * what shows it (React.memo, a state that did not change) and only what
 * changed is drawn again.
 *
 * Plain objects, arrays, maps, sets, dates and binary data are compared by
 * content; anything else (a Blob, a class's instance) by identity.
 */
export function keepUnchanged<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return next;
  if (typeof previous !== 'object' || typeof next !== 'object' || previous === null || next === null) return next;
  if (Array.isArray(next)) return Array.isArray(previous) ? (keepArray(previous, next) as T) : next;
  if (next instanceof Map) return previous instanceof Map ? (keepMap(previous, next) as T) : next;
  if (next instanceof Set) return previous instanceof Set && sameSet(previous, next) ? (previous as T) : next;
  if (next instanceof Date)
    return previous instanceof Date && previous.getTime() === next.getTime() ? (previous as T) : next;
  if (ArrayBuffer.isView(next) || next instanceof ArrayBuffer)
    return sameBytes(previous, next) ? (previous as T) : next;
  if (isPlain(next) && isPlain(previous)) return keepObject(previous, next) as T;
  return next;
}

function isPlain(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function keepArray(previous: readonly unknown[], next: unknown[]): unknown[] {
  let same = previous.length === next.length;
  const kept = next.map((item, index) => {
    const one = keepUnchanged(previous[index], item);
    same &&= one === previous[index];
    return one;
  });
  return same ? (previous as unknown[]) : kept;
}

function keepObject(previous: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(previous).length;
  const kept: Record<string, unknown> = Object.create(Object.getPrototypeOf(next));
  for (const key of keys) {
    const one = Object.hasOwn(previous, key) ? keepUnchanged(previous[key], next[key]) : next[key];
    same &&= Object.hasOwn(previous, key) && one === previous[key];
    kept[key] = one;
  }
  return same ? previous : kept;
}

function keepMap(previous: ReadonlyMap<unknown, unknown>, next: Map<unknown, unknown>): Map<unknown, unknown> {
  let same = previous.size === next.size;
  const kept = new Map<unknown, unknown>();
  for (const [key, value] of next) {
    const one = previous.has(key) ? keepUnchanged(previous.get(key), value) : value;
    same &&= previous.has(key) && one === previous.get(key);
    kept.set(key, one);
  }
  return same ? (previous as Map<unknown, unknown>) : kept;
}

function sameSet(previous: ReadonlySet<unknown>, next: ReadonlySet<unknown>): boolean {
  if (previous.size !== next.size) return false;
  for (const item of next) if (!previous.has(item)) return false;
  return true;
}

function sameBytes(previous: object, next: ArrayBufferView | ArrayBuffer): boolean {
  if (!(ArrayBuffer.isView(previous) || previous instanceof ArrayBuffer)) return false;
  if (previous.constructor !== next.constructor) return false;
  const bytes = (value: ArrayBufferView | ArrayBuffer) =>
    ArrayBuffer.isView(value)
      ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
      : new Uint8Array(value);
  const a = bytes(previous);
  const b = bytes(next);
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
