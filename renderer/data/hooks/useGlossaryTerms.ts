import type { GlossaryTerm, RecordId } from '@shared/model';
import { listGlossaryTerms } from '../records/glossaryTerms';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** The trip's glossary as it stands; undefined while loading. */
export function useGlossaryTerms(tripId: RecordId): GlossaryTerm[] | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listGlossaryTerms(db, tripId), [db, tripId]);
}
