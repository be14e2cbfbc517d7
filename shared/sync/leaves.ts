import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { MAX_MERGED_TEXT, type RecordTable, recordSchemas, translatableText } from '../model';
import { recordId } from '../model/ids';
import { clockStamp, deviceId } from '../model/meta';

/**
 * The leaves of every synced table: the parts of a record that merge on
 * their own (docs/sync-protocol.md, section 2). A `value` field is one leaf
 * whatever its type; a `name` (LocalizedName) is one leaf per language; a
 * `text` (TranslatableText) is its language, its text, one leaf per
 * translation and one per translation's review. The envelope (id, tripId, times, hlc, author) is not a leaf:
 * it is derived. Adding a leaf here is a protocol change.
 */
type FieldKind = 'value' | 'name' | 'text';

export const LEAF_SPECS = {
  trips: {
    title: 'name',
    languages: 'value',
    purpose: 'text',
    startDate: 'value',
    endDate: 'value',
    homeTimeZone: 'value',
    destinationTimeZone: 'value',
    organiser: 'name',
  },
  members: {
    name: 'value',
    nameForHosts: 'value',
    affiliation: 'name',
    role: 'value',
    email: 'value',
    phone: 'value',
  },
  itineraryItems: {
    kind: 'value',
    title: 'name',
    date: 'value',
    startTime: 'value',
    endDate: 'value',
    endTime: 'value',
    timeZone: 'value',
    endTimeZone: 'value',
    location: 'name',
    host: 'value',
    attendeeIds: 'value',
    expectedAttendees: 'value',
    preparationNotes: 'text',
    position: 'value',
  },
  checklistQuestions: { text: 'name', order: 'value', templateKey: 'value', retiredAt: 'value' },
  checklistAnswers: { visitId: 'value', questionId: 'value', memberId: 'value', body: 'text' },
  minutes: {
    visitId: 'value',
    hostAttendees: 'value',
    delegationAttendeeIds: 'value',
    agenda: 'value',
    discussion: 'text',
    decisions: 'text',
    followUps: 'value',
  },
  qaNotes: {
    visitId: 'value',
    question: 'text',
    askedBy: 'value',
    writtenBy: 'value',
    answeredBy: 'value',
    answer: 'text',
    time: 'value',
    checklistQuestionIds: 'value',
    position: 'value',
  },
  attachments: {
    visitId: 'value',
    owner: 'value',
    fileName: 'value',
    mimeType: 'value',
    size: 'value',
    sha256: 'value',
  },
  glossaryTerms: { term: 'name', note: 'value' },
  hostPeople: {
    name: 'name',
    reading: 'value',
    romanised: 'value',
    title: 'name',
    department: 'name',
    organisation: 'name',
    phone: 'value',
    email: 'value',
    address: 'name',
    contact: 'value',
    cardAttachmentId: 'value',
  },
  noteVersions: {
    recordTable: 'value',
    recordId: 'value',
    content: 'value',
    startedAt: 'value',
    stretchId: 'value',
    recovered: 'value',
  },
  reportNotes: { kind: 'value', questionId: 'value', itemId: 'value', body: 'text' },
  reportLayouts: { order: 'value', omitted: 'value' },
} as const satisfies Record<RecordTable, Record<string, FieldKind>>;

export type SyncedTable = keyof typeof LEAF_SPECS;
export const SYNCED_TABLES = Object.keys(LEAF_SPECS) as SyncedTable[];

/** Every record has this leaf: deleting and restoring are changes of it. */
export const DELETED_AT = 'deletedAt';

type Json = unknown;
type JsonObject = Record<string, Json>;

export function isSyncedTable(table: string): table is SyncedTable {
  return Object.hasOwn(LEAF_SPECS, table);
}

function fieldsOf(table: SyncedTable): [string, FieldKind][] {
  return Object.entries(LEAF_SPECS[table]);
}

/** Every leaf path of a table, in a fixed order. */
export function leafPaths(table: SyncedTable): string[] {
  const paths = fieldsOf(table).flatMap(([field, kind]) => {
    if (kind === 'value') return [field];
    const languages = LANGUAGES.map((lang) => `${field}/${lang}`);
    if (kind === 'name') return languages;
    return [
      `${field}/lang`,
      `${field}/text`,
      ...LANGUAGES.map((lang) => `${field}/translations/${lang}`),
      ...LANGUAGES.map((lang) => `${field}/reviewed/${lang}`),
    ];
  });
  return [...paths, DELETED_AT];
}

/**
 * The leaf that holds a part of a record (`host/name/ja`,
 * `followUps/<id>/text/translations/ko`, `body/translations/ko`): the part
 * itself when it is a leaf, else the value leaf it is inside.
 */
export function leafHolding(table: SyncedTable, path: string): string {
  const [field = ''] = path.split('/');
  const kind = (LEAF_SPECS[table] as Record<string, FieldKind>)[field];
  return kind === 'value' ? field : path;
}

/**
 * Whether a leaf is a merged text (texts.ts, docs/sync-protocol.md section
 * 3.4): a text field's `text`, or one of its `translations`.
 */
export function isMergedText(table: SyncedTable, path: string): boolean {
  const [field = '', part, lang] = path.split('/');
  const kind = (LEAF_SPECS[table] as Record<string, FieldKind>)[field];
  return kind === 'text' && (part === 'text' || (part === 'translations' && lang !== undefined));
}

/**
 * The longest Yjs update one change of a merged text carries, in base64
 * characters: a whole merged text at its limit, at four characters a UTF-16
 * unit (Hangul, kana and kanji take three bytes of UTF-8, and base64 writes
 * three bytes as four), and a quarter again for Yjs's own structure. So what
 * one save types always fits, and so does all a device holds of an ordinary
 * text; a state that kept much deleted text goes as several (splitState).
 */
export const MAX_TEXT_UPDATE = 5 * MAX_MERGED_TEXT;

const base64Update = z
  .string()
  .max(MAX_TEXT_UPDATE)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** The change a checkpoint vouches for as its text's latest: who wrote it and when (merge.ts, Head). */
const vouchedHead = z
  .object({
    id: recordId,
    hlc: clockStamp,
    base: clockStamp.nullable(),
    deviceId,
    memberId: recordId.nullable(),
    bundle: recordId.nullable().optional(),
  })
  .strict();

export type VouchedHead = z.infer<typeof vouchedHead>;

/**
 * A checkpoint of a merged text (docs/sync-protocol.md, section 3.4): an
 * organiser's device's whole state of the text, standing for every update
 * of it the server's log holds up to `upTo` (a `seq`), which the server then
 * lets go of; `head`, the latest of them, so that every device names the
 * same last writer whether it merged the updates or only the checkpoint.
 */
const checkpoint = z
  .object({ yjs: base64Update, upTo: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), head: vouchedHead })
  .strict();
export type Checkpoint = z.infer<typeof checkpoint>;

/** What a change of a merged text carries: a Yjs update (version 2 encoding) in base64, or a checkpoint. */
export const textUpdate = z.union([z.object({ yjs: base64Update }).strict(), checkpoint]);

/** A merged text's plain value, from before texts merged: one writer's whole text. */
const plainText = translatableText.shape.text;

const pathSets = new Map<SyncedTable, ReadonlySet<string>>();

export function isLeafPath(table: SyncedTable, path: string): boolean {
  let set = pathSets.get(table);
  if (!set) {
    set = new Set(leafPaths(table));
    pathSets.set(table, set);
  }
  return set.has(path);
}

function at(record: JsonObject, keys: readonly string[]): Json {
  let node: Json = record;
  for (const key of keys) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as JsonObject)[key];
  }
  return node;
}

/**
 * A record's leaves, path and value, leaving out those it does not have (a
 * name with no Japanese): what a device sends when it creates the record.
 */
export function leavesOf(table: SyncedTable, record: JsonObject): [string, Json][] {
  return leafPaths(table).flatMap((path) => {
    const value = at(record, path.split('/'));
    return value === undefined ? [] : [[path, value] as [string, Json]];
  });
}

/**
 * What a record is before any leaf is set: its names and its texts'
 * translations are objects even when none of their languages is written (a
 * visit named by its host has a title of no language).
 */
export function emptyRecord(table: SyncedTable): JsonObject {
  const record: JsonObject = {};
  for (const [field, kind] of fieldsOf(table)) {
    if (kind === 'name') record[field] = {};
    if (kind === 'text') record[field] = { translations: {} };
  }
  return record;
}

/**
 * The record with one leaf set; `null` for a leaf inside a name or a
 * translation removes it (a name with no Japanese has no `ja` at all).
 */
export function withLeaf(record: JsonObject, path: string, value: Json): JsonObject {
  const keys = path.split('/');
  const set = (node: JsonObject, index: number): JsonObject => {
    const key = keys[index] ?? '';
    if (index === keys.length - 1) {
      const next = { ...node };
      if (value === null && index > 0) delete next[key];
      else next[key] = value;
      return next;
    }
    const child = node[key];
    return { ...node, [key]: set(child !== null && typeof child === 'object' ? (child as JsonObject) : {}, index + 1) };
  };
  return set(record, 0);
}

/**
 * The leaves whose values differ between two versions of a record: what a
 * local write changed. A new record (`before` undefined) changes every leaf
 * it has, a null value included (`deletedAt: null` says it is not deleted);
 * inside a name or a translation, absent and null are the same.
 */
export function changedLeaves(table: SyncedTable, before: JsonObject | undefined, after: JsonObject): [string, Json][] {
  if (!before) return leavesOf(table, after);
  return leafPaths(table).flatMap((path) => {
    const keys = path.split('/');
    const was = at(before, keys);
    const now = at(after, keys);
    if (JSON.stringify(was ?? null) === JSON.stringify(now ?? null)) return [];
    return [[path, now === undefined ? null : now] as [string, Json]];
  });
}

function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  // A default around an object (translations default to {}) holds the object inside.
  const inner = (schema as { unwrap?: () => z.ZodType } | undefined)?.unwrap?.() ?? schema;
  return (inner as unknown as { shape?: Record<string, z.ZodType> } | undefined)?.shape ?? {};
}

// Built once a leaf: every change a device writes or pulls is checked against its leaf's schema.
const leafSchemas = new Map<string, z.ZodType | null>();

/**
 * The schema a leaf's value must pass, from the table's own zod schema: what
 * the server checks every incoming change against, and a device every change
 * it writes or receives. Null for a path that is not a leaf of the table. A
 * language of a name or a translation may be null: that is how it is removed.
 */
export function leafSchema(table: SyncedTable, path: string): z.ZodType | null {
  const key = `${table}/${path}`;
  let schema = leafSchemas.get(key);
  if (schema === undefined) {
    schema = schemaOfLeaf(table, path);
    leafSchemas.set(key, schema);
  }
  return schema;
}

function schemaOfLeaf(table: SyncedTable, path: string): z.ZodType | null {
  if (!isLeafPath(table, path)) return null;
  const [field = '', part, lang = ''] = path.split('/');
  const schema = shapeOf(recordSchemas[table])[field];
  if (!schema || part === undefined) return schema ?? null;
  const kind = (LEAF_SPECS[table] as Record<string, FieldKind>)[field];
  if (kind === 'name') return shapeOf(schema)[part]?.nullable() ?? null;
  // A merged text's change is an update; a plain value is one from before texts merged, still in the logs.
  if (isMergedText(table, path)) return z.union([part === 'text' ? plainText : plainText.nullable(), textUpdate]);
  return part === 'reviewed'
    ? (shapeOf(shapeOf(schema)[part])[lang]?.nullable() ?? null)
    : (shapeOf(schema)[part] ?? null);
}
