import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_OWNER_KINDS } from '../model/attachment';
import { REPORT_NOTE_KINDS } from '../model/report';
import { PROTOCOL } from './client';
import { endpointOf } from './endpoints';
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

  it('lists every kind an attachment’s owner and a report note may be, as the code takes them', () => {
    const section = document.slice(document.indexOf('### 2.1'), document.indexOf('## 3.'));
    const row = (table: string) => section.split('\n').find((line) => line.startsWith(`| \`${table}\``)) ?? '';
    const owners = /`owner` `\{ "kind": ((?:"\w+"(?: \\\| )?)+), "id": id \}`/.exec(row('attachments'))?.[1] ?? '';
    expect([...owners.matchAll(/"(\w+)"/g)].map((match) => match[1])).toEqual(ATTACHMENT_OWNER_KINDS);
    const notes = /`kind` ((?:`"\w+"`(?:, | or )?)+)/.exec(row('reportNotes'))?.[1] ?? '';
    expect([...notes.matchAll(/"(\w+)"/g)].map((match) => match[1])).toEqual(REPORT_NOTE_KINDS);
  });

  it('gives a stamp’s digits as the clock writes them', () => {
    const example = /`Date\.parse\('([^']+)'\)\.toString\(36\)\.padStart\(11, '0'\)` is `(\w+)`/.exec(document);
    expect(example).not.toBeNull();
    const [, time = '', digits = ''] = example ?? [];
    expect(formatHlc({ millis: Date.parse(time), counter: 0, node: 'x' })).toBe(`${digits}-00000-x`);
  });

  it('names the protocol a client speaks, in its title and in the header every request carries', () => {
    expect(document.split('\n')[0]).toBe(`# Fieldbook sync protocol, version ${PROTOCOL}`);
    expect(document).toContain(`Every request carries \`Fieldbook-Protocol: ${PROTOCOL}\``);
    expect(document).toContain(`\`protocol\` is an integer, ${PROTOCOL} today`);
  });

  it('lists only endpoints the desktop transport lets the app reach, and every one it does', () => {
    const rows = [...document.matchAll(/^\| `(GET|POST|PUT|DELETE) (\/v1\/[^`]+)` +\|/gm)];
    expect(rows.length).toBeGreaterThan(20);
    const ID = '0192a000-0000-7000-8000-0000000000aa';
    for (const [, method = '', path = ''] of rows) {
      const concrete = path
        .replace(/:(tripId|memberId|deviceId)/g, ID)
        .replace(':sha256', 'a'.repeat(64))
        .replace(':i', '0')
        .replace(/=N\b/g, '=1')
        .replace(/=I\b/, `=${ID}`)
        .replace(/=M\b/, '=5');
      expect(endpointOf(method, concrete), `${method} ${path}`).not.toBeNull();
    }
  });
});
