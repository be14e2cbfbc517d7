import type { GlossaryTerm, RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { listGlossaryTerms } from '../records/glossaryTerms';
import { useStore } from './StoreContext';

/** The trip's glossary as it stands; undefined while loading. */
export function useGlossaryTerms(tripId: RecordId): GlossaryTerm[] | undefined {
  const { db } = useStore();
  return useLiveQuery(() => listGlossaryTerms(db, tripId), [db, tripId]);
}
