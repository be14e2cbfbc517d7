import { itemInterval, otherHomeStart } from '@shared/itinerary/instants';
import type { ItineraryItem, Trip } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { endDayNote } from '../i18n/endDay';
import { formatTime, zoneLabel } from '../i18n/format';
import { useLanguage } from '../services/useLanguage';

/**
 * When an item happens, in the local time of where it happens, and beside it
 * the time at home when a clock there reads otherwise. A leg that ends in
 * another zone or on another day says so.
 */
export function ItemTime({ item, trip }: { item: ItineraryItem; trip: Trip }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (!item.startTime) return <span className="item-time item-time--none">{t('itemTime.untimed')}</span>;

  const localZone = item.timeZone !== trip.destinationTimeZone ? ` ${zoneLabel(item.timeZone, lang, item.date)}` : '';
  const endZone = item.endTimeZone && item.endTimeZone !== item.timeZone ? item.endTimeZone : null;
  const endDay = endDayNote(item, lang, t);
  const home = otherHomeStart(item, trip.homeTimeZone);
  const interval = itemInterval(item);
  return (
    <span className="item-time">
      <span>
        <time dateTime={interval?.start.toString()}>
          {formatTime(item.startTime, lang)}
          {localZone}
        </time>
        {item.endTime ? (
          <>
            {' – '}
            <time dateTime={interval?.endKnown ? interval.end.toString() : undefined}>
              {formatTime(item.endTime, lang)}
              {endZone ? ` ${zoneLabel(endZone, lang, item.endDate ?? item.date)}` : ''}
              {endDay ? ` ${endDay}` : ''}
            </time>
          </>
        ) : null}
      </span>
      {home ? (
        <span className="item-time__home">
          {t('itemTime.homeTime', {
            zone: zoneLabel(trip.homeTimeZone, lang, item.date),
            time: formatTime(home.time, lang),
          })}
          {home.dayOffset > 0 ? ` ${t('itemTime.dayAfter')}` : home.dayOffset < 0 ? ` ${t('itemTime.dayBefore')}` : ''}
        </span>
      ) : null}
    </span>
  );
}
