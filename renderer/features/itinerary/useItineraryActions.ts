import type { ItineraryItemInput } from '@shared/itinerary/input';
import { itemLabel } from '@shared/itinerary/names';
import type { ItineraryItem, PlainDate, RecordId, Trip } from '@shared/model';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitDraft } from '../../components/useFormDraft';
import { useStore } from '../../data/hooks/StoreContext';
import {
  deleteItineraryItem,
  type ItineraryChange,
  moveItineraryItem,
  saveItineraryItem,
} from '../../data/records/itineraryItems';
import { useUndo } from '../../services/undo';
import { useLanguage } from '../../services/useLanguage';

/** Itinerary changes, each remembered so that Undo takes it back. */
export function useItineraryActions(trip: Trip) {
  const { t } = useTranslation('itinerary');
  const store = useStore();
  const lang = useLanguage();
  const history = useUndo();

  return useMemo(() => {
    const remember = (change: ItineraryChange, key: 'added' | 'changed' | 'moved' | 'deleted', announce = false) => {
      history.record(
        { label: t(`undo.${key}`, { name: itemLabel(change.item, lang, trip) }), undo: change.undo },
        { announce },
      );
      return change.item;
    };
    return {
      /** Saves an item, through `within` (a form's draft commit) when given; the undo step is recorded after it. */
      save: async (input: ItineraryItemInput, id?: RecordId, within: CommitDraft = (write) => write()) =>
        remember(await within(() => saveItineraryItem(store, trip.id, input, { id, lang })), id ? 'changed' : 'added'),
      /** Moves to `index` of `date`, or without an index to its place there by time. */
      move: async (item: ItineraryItem, date: PlainDate, index?: number): Promise<ItineraryItem> =>
        remember(await moveItineraryItem(store, item.id, date, index), 'moved'),
      remove: async (item: ItineraryItem): Promise<ItineraryItem> =>
        remember(await deleteItineraryItem(store, item.id), 'deleted', true),
    };
  }, [store, trip, lang, history, t]);
}
