import { describe, expect, it } from 'vitest';
import { keepUnchanged } from './keepUnchanged';

const row = (id: string, text: string) => ({ id, body: { text, lang: 'ko' }, tags: ['a'] });

describe('keepUnchanged', () => {
  it('answers what was shown when the new answer is equal to it, however new its objects', () => {
    const shown = [row('1', '가'), row('2', '나')];
    expect(keepUnchanged(shown, [row('1', '가'), row('2', '나')])).toBe(shown);
    const map = new Map([['a', { x: 1 }]]);
    expect(keepUnchanged(map, new Map([['a', { x: 1 }]]))).toBe(map);
    const set = new Set(['a', 'b']);
    expect(keepUnchanged(set, new Set(['b', 'a']))).toBe(set);
    const bytes = new Uint8Array([1, 2, 3]);
    expect(keepUnchanged(bytes, new Uint8Array([1, 2, 3]))).toBe(bytes);
  });

  it('keeps the unchanged rows of a changed list, and the unchanged parts of a changed row', () => {
    const shown = [row('1', '가'), row('2', '나')];
    const next = keepUnchanged(shown, [row('1', '가'), row('2', '나다')]);
    expect(next).not.toBe(shown);
    expect(next[0]).toBe(shown[0]);
    expect(next[1]).not.toBe(shown[1]);
    expect(next[1]?.body.text).toBe('나다');
    expect(next[1]?.tags).toBe(shown[1]?.tags);
    expect(next).toEqual([row('1', '가'), row('2', '나다')]);
  });

  it('sees a row added, removed or missing a field, and never changes what it is given', () => {
    const shown = [row('1', '가')];
    const longer = [row('1', '가'), row('2', '나')];
    expect(keepUnchanged(shown, longer)).toEqual(longer);
    expect(keepUnchanged(longer, shown)).toEqual(shown);
    const without = { id: '1', body: { text: '가', lang: 'ko' } };
    expect(keepUnchanged(shown[0], without)).toEqual(without);
    const fresh = { a: { x: 1 }, b: { y: 2 } };
    const kept = keepUnchanged({ a: { x: 1 }, b: { y: 3 } }, fresh);
    expect(kept).not.toBe(fresh);
    expect(fresh).toEqual({ a: { x: 1 }, b: { y: 2 } });
    expect(keepUnchanged(undefined, fresh)).toBe(fresh);
    expect(keepUnchanged(fresh, null)).toBe(null);
  });
});
