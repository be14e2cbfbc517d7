import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { page } from '../exchange/tripFile';
import { itineraryItemInput } from '../itinerary/input';
import { pullAnswer } from '../sync/client';
import { leafPaths, leafSchema, MAX_TEXT_UPDATE, SYNCED_TABLES } from '../sync/leaves';
import { change } from '../sync/merge';
import * as limits from './limits';
import { noteVersion } from './noteVersion';

type Schema = z.core.$ZodType;

const pulledRest = pullAnswer.shape.changes.element._zod.def.catchall;
if (!pulledRest) throw new Error('A pulled change keeps all it holds, to be checked as it is applied');

/** Values of any shape that are bounded otherwise than by a maximum of their own, and where that is tested. */
const BOUNDED_APART = new Set<Schema>([
  // A change's value is checked against its leaf's schema: every one is walked below.
  change.shape.value,
  // A pulled change is checked as a pushed one is (checkChange) before it is applied: applyRemote.test.ts.
  pulledRest,
  // A pulled bundle is parsed as a bundle (shared/sync/signing.ts) before it is used: one that fails is left out.
  pullAnswer.shape.bundles.unwrap().element,
  // A file's change is checked as a pushed one is (checkChange) before anything is written: hostileFiles.test.ts.
  page.shape.changes.element,
  // A version's content is capped by the length of its JSON: tested below.
  noteVersion.shape.content,
]);

function longest(schema: Schema): number | undefined {
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; maximum?: number; length?: number };
    if (def.check === 'max_length') return def.maximum;
    if (def.check === 'length_equals') return def.length;
  }
  return undefined;
}

/** The places in a schema where a string or an array has no maximum, or a value of any shape is let in. */
function unbounded(schema: Schema, at: string, seen = new Set<Schema>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  if (BOUNDED_APART.has(schema)) return [];
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (key: string, where: string) => unbounded(def[key] as Schema, where, seen);
  switch (def.type) {
    case 'string':
      // A UUID is 36 characters by its format.
      return longest(schema) !== undefined || def.format === 'uuid' ? [] : [at];
    case 'array':
      return [...(longest(schema) === undefined ? [at] : []), ...inner('element', `${at}[]`)];
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      const fields = Object.entries(shape).flatMap(([key, value]) => unbounded(value, `${at}.${key}`, seen));
      const rest = def.catchall as Schema | undefined;
      return rest && rest._zod.def.type !== 'never' ? [...fields, ...unbounded(rest, `${at}.*`, seen)] : fields;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return inner('innerType', at);
    case 'union':
      return (def.options as Schema[]).flatMap((option) => unbounded(option, at, seen));
    case 'intersection':
      return [...inner('left', at), ...inner('right', at)];
    case 'pipe':
      return [...inner('in', at), ...inner('out', at)];
    case 'lazy':
      return unbounded((def.getter as () => Schema)(), at, seen);
    case 'record':
    case 'map':
    case 'set':
    case 'unknown':
    case 'any':
      return [at];
    default:
      return [];
  }
}

const isSchema = (value: unknown): value is Schema => value instanceof z.core.$ZodType;

/** Every zod schema a module exports, and those inside the plain objects it exports (recordSchemas, ipcCalls). */
function exportedSchemas(name: string, exports: Record<string, unknown>): [string, Schema][] {
  const found: [string, Schema][] = [];
  const visit = (value: unknown, at: string, depth: number) => {
    if (isSchema(value)) found.push([at, value]);
    else if (depth < 3 && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) visit(inner, `${at}.${key}`, depth + 1);
    }
  };
  for (const [key, value] of Object.entries(exports)) visit(value, `${name} ${key}`, 0);
  return found;
}

const modules = import.meta.glob<Record<string, unknown>>(['../**/*.ts', '!../**/*.test.ts'], { eager: true });

/** Every schema of shared/: the records, the forms' input, the leaves, changes, the sync client, the IPC contract. */
function sharedSchemas(): [string, Schema][] {
  const exported = Object.entries(modules).flatMap(([path, exports]) =>
    exportedSchemas(path.replace(/^\.\//, 'model/').replace(/^\.\.\//, ''), exports),
  );
  const leaves = SYNCED_TABLES.flatMap((table) =>
    leafPaths(table).map((path): [string, Schema] => [`leaf ${table}/${path}`, leafSchema(table, path) as Schema]),
  );
  return [...exported, ['itinerary/input.ts itineraryItemInput()', itineraryItemInput('ko')], ...leaves];
}

describe('the shared schemas', () => {
  it('give every string and every array a maximum', () => {
    // Each schema once, where it is first found: the records reach the same ones as their modules.
    const seen = new Set<Schema>();
    const found = sharedSchemas().flatMap(([name, schema]) => unbounded(schema, name, seen));
    expect(found).toEqual([]);
  });

  it('are walked to the end: the walk finds what has no maximum, wherever it is', () => {
    const loose = z.object({
      title: z.string().max(10),
      notes: z.string(),
      list: z.array(z.string().max(3)).max(2).optional(),
      people: z.array(z.object({ name: z.string().max(5) })).nullable(),
      extra: z.union([z.literal(''), z.email()]),
      content: z.record(z.string().max(5), z.unknown()),
    });
    expect(unbounded(loose, 'loose')).toEqual(['loose.notes', 'loose.people', 'loose.extra', 'loose.content']);
  });
});

describe('a note version’s content', () => {
  it('holds any shape a note has had, up to MAX_VERSION_CONTENT as JSON', () => {
    const overhead = JSON.stringify({ body: { text: '' } }).length;
    const content = (length: number) => ({ body: { text: '가'.repeat(length - overhead) } });
    expect(noteVersion.shape.content.safeParse(content(limits.MAX_VERSION_CONTENT)).success).toBe(true);
    expect(noteVersion.shape.content.safeParse(content(limits.MAX_VERSION_CONTENT + 1)).success).toBe(false);
  });
});

describe('the named limits', () => {
  it('are each stated in the protocol, with their number', () => {
    const doc = readFileSync(new URL('../../docs/sync-protocol.md', import.meta.url), 'utf8');
    const table = doc.slice(doc.indexOf('### 2.2 Limits'), doc.indexOf('## 3.')).split('\n');
    const unstated = Object.entries({ ...limits, MAX_TEXT_UPDATE }).filter(
      ([name, max]) => !table.some((row) => row.includes(`\`${name}\``) && row.includes(max.toLocaleString('en'))),
    );
    expect(unstated).toEqual([]);
  });
});
