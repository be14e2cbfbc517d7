import { type GlossaryTerm, glossaryTerm, type RecordId } from '@shared/model';
import type { z } from 'zod';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { createMeta } from '../database/writeContext';
import { isLive, restore, tombstone, updateRecord } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';

/** What the glossary's form edits: the term in each language and a note on its use. */
export const glossaryTermInput = glossaryTerm
  .pick({ term: true, note: true })
  .refine((input) => Object.values(input.term).some(Boolean), { path: ['term'], message: 'validation.required' });
export type GlossaryTermInput = z.input<typeof glossaryTermInput>;

/** A trip's glossary in the order its terms were added (ids are time-ordered). */
export async function listGlossaryTerms(db: FieldbookDB, tripId: RecordId): Promise<GlossaryTerm[]> {
  const terms = (await db.glossaryTerms.where('tripId').equals(tripId).toArray()).filter(isLive);
  return terms.sort((a, b) => a.id.localeCompare(b.id));
}

export async function addGlossaryTerm(store: Store, tripId: RecordId, input: GlossaryTermInput): Promise<GlossaryTerm> {
  const fields = glossaryTermInput.parse(input);
  const term: GlossaryTerm = { ...createMeta(store.ctx), tripId, ...fields };
  await writeTransaction(store.db, [store.db.glossaryTerms], () => writeRecords(store, 'glossaryTerms', [term]));
  return term;
}

export function updateGlossaryTerm(store: Store, id: RecordId, input: GlossaryTermInput): Promise<GlossaryTerm> {
  return updateRecord(store, store.db.glossaryTerms, id, glossaryTermInput.parse(input));
}

export function deleteGlossaryTerm(store: Store, id: RecordId): Promise<void> {
  return tombstone(store, store.db.glossaryTerms, id);
}

export function restoreGlossaryTerm(store: Store, id: RecordId): Promise<void> {
  return restore(store, store.db.glossaryTerms, id);
}
