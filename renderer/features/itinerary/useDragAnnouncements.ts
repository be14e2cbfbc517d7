import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { itemLabel } from '@shared/itinerary/names';
import type { ItineraryItem, Trip } from '@shared/model';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayShort } from '../../i18n/format';
import { useLanguage } from '../../services/useLanguage';

/** What a screen reader hears while an item is moved with the keyboard, in the interface language. */
export function useDragAnnouncements(
  trip: Trip,
  items: readonly ItineraryItem[],
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const { t } = useTranslation('itinerary');
  const lang = useLanguage();
  return useMemo(() => {
    const byId = new Map(items.map((item) => [item.id, item]));
    const name = (id: string | number) => {
      const item = byId.get(String(id));
      return item ? itemLabel(item, lang, trip) : '';
    };
    const dayOf = (overId: string | number) => {
      const id = String(overId);
      return id.startsWith('day:') ? id.slice(4) : byId.get(id)?.date;
    };
    const place = (overId: string | number) => {
      const id = String(overId);
      if (id.startsWith('day:')) return { day: formatDayShort(id.slice(4), lang), position: 1 };
      const over = byId.get(id);
      if (!over) return { day: '', position: 0 };
      const day = items.filter((item) => item.date === over.date);
      return { day: formatDayShort(over.date, lang), position: day.indexOf(over) + 1 };
    };
    return {
      screenReaderInstructions: { draggable: t('dnd.instructions') },
      announcements: {
        onDragStart: ({ active }) => t('dnd.picked', { name: name(active.id) }),
        onDragOver: ({ active, over }) =>
          over ? t('dnd.over', { name: name(active.id), ...place(over.id) }) : undefined,
        onDragEnd: ({ active, over }) => {
          const item = byId.get(String(active.id));
          // The table does not move a timed item within its day (see ItineraryTable): say why.
          return item?.startTime && over && dayOf(over.id) === item.date
            ? t('dnd.byTime', { name: name(active.id) })
            : t('dnd.dropped', { name: name(active.id) });
        },
        onDragCancel: ({ active }) => t('dnd.cancelled', { name: name(active.id) }),
      },
    };
  }, [items, lang, t, trip]);
}
