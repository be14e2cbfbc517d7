import type { Language } from '@shared/i18n/languages';
import { addDays } from '@shared/itinerary/instants';
import type { ItineraryItem } from '@shared/model';
import type { TFunction } from 'i18next';
import { formatDayShort } from './format';

/** Which day an item ends on, when not the day it starts: '(next day)', or the date for longer stays. */
export function endDayNote(
  item: Pick<ItineraryItem, 'date' | 'endDate'>,
  lang: Language,
  t: TFunction<'common'>,
): string {
  if (!item.endDate || item.endDate === item.date) return '';
  if (item.endDate === addDays(item.date, 1)) return t('itemTime.dayAfter');
  if (item.endDate === addDays(item.date, -1)) return t('itemTime.dayBefore');
  return formatDayShort(item.endDate, lang);
}
