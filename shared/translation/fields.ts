import type { LocalizedName, RecordId, TranslatableText, VersionedTable } from '../model';

/**
 * Where a text sits in its record, written as the report's sources write it
 * (shared/report/document.ts, TextSource.field): a field ('body'), a field
 * inside one ('host.name'), or a field of one element of a list, named by
 * the element's id ('followUps.<id>.text').
 */
export type FieldPath = string;

/** A note's text to translate: its record and where in it. */
export interface TextRef {
  table: VersionedTable;
  id: RecordId;
  field: FieldPath;
}

type Node = unknown;

function child(node: Node, key: string): Node {
  if (Array.isArray(node)) return node.find((element: { id?: unknown }) => element?.id === key);
  if (node !== null && typeof node === 'object') return (node as Record<string, unknown>)[key];
  return undefined;
}

/** The value at `field` of a record; undefined when the record has no such place. */
export function valueAt(record: Node, field: FieldPath): Node {
  return field.split('.').reduce(child, record);
}

/** The record with `value` at `field`, every object and list on the way copied, nothing else touched. */
export function withValueAt<T>(record: T, field: FieldPath, value: Node): T {
  const set = (node: Node, keys: readonly string[]): Node => {
    const [key = '', ...rest] = keys;
    if (Array.isArray(node)) {
      return node.map((element: { id?: unknown }) => (element?.id === key ? set(element, rest) : element));
    }
    const object = (node ?? {}) as Record<string, unknown>;
    return { ...object, [key]: rest.length === 0 ? value : set(object[key], rest) };
  };
  return set(record, field.split('.')) as T;
}

export function isTranslatableText(value: Node): value is TranslatableText {
  return value !== null && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string';
}

export function isLocalizedName(value: Node): value is LocalizedName {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !('text' in value);
}
