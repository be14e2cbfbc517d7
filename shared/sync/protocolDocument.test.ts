import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc';
import { LEAF_SPECS } from './leaves';

const document = readFileSync(new URL('../../docs/sync-protocol.md', import.meta.url), 'utf8');

/** The fields a cell names: the backquoted word that starts each of its `;`-separated parts. */
const fieldsIn = (cell: string) =>
  cell
    .split(';')
    .flatMap((part) => [...part.matchAll(/^\s*((?:`\w+`(?:,\s*)?)+)/g)].flatMap((m) => m[1]?.match(/\w+/g) ?? []));

describe('the protocol document, from which a client is written', () => {
  it('lists every table’s leaves as the code has them, each of its kind', () => {
    const section = document.slice(document.indexOf('### 2.1'), document.indexOf('## 3.'));
    const rows = section.split('\n').filter((line) => /^\| `\w+` +\|/.test(line));
    const documented = Object.fromEntries(
      rows.map((row) => {
        const [table = '', names = '', texts = '', values = ''] = row.split(/(?<!\\)\|/).slice(1, 5);
        const kinds = [
          ...fieldsIn(names).map((field) => [field, 'name']),
          ...fieldsIn(texts).map((field) => [field, 'text']),
          ...fieldsIn(values).map((field) => [field, 'value']),
        ];
        return [table.trim().replaceAll('`', ''), Object.fromEntries(kinds)];
      }),
    );
    expect(documented).toEqual(LEAF_SPECS);
  });

  it('gives a stamp’s digits as the clock writes them', () => {
    const example = /`Date\.parse\('([^']+)'\)\.toString\(36\)\.padStart\(11, '0'\)` is `(\w+)`/.exec(document);
    expect(example).not.toBeNull();
    const [, time = '', digits = ''] = example ?? [];
    expect(formatHlc({ millis: Date.parse(time), counter: 0, node: 'x' })).toBe(`${digits}-00000-x`);
  });
});
