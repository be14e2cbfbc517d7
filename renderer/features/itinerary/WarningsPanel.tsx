import { itemLabel } from '@shared/itinerary/names';
import type { ItineraryWarning } from '@shared/itinerary/warnings';
import type { ItineraryItem, Member, Trip } from '@shared/model';
import { listNames } from '@shared/people/lists';
import { memberNameFor } from '@shared/people/memberName';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDate } from '../../i18n/format';
import { link } from '../../services/paths';
import { useLanguage } from '../../services/useLanguage';

interface WarningsPanelProps {
  trip: Trip;
  warnings: readonly ItineraryWarning[];
  items: readonly ItineraryItem[];
  members: readonly Member[];
}

/** The itinerary's warnings in words, each linking to the item to fix. */
export function WarningsPanel({ trip, warnings, items, members }: WarningsPanelProps) {
  const { t } = useTranslation('itinerary');
  const lang = useLanguage();
  if (warnings.length === 0) return null;
  const byId = new Map(items.map((item) => [item.id, item]));
  const name = (id: string) => {
    const item = byId.get(id);
    return item ? itemLabel(item, lang, trip) : '';
  };
  /** A pair reads "a and b"; more items name the first three and count the rest. The link goes to the second. */
  const conflict = (kind: 'overlap' | 'doubleBooked', itemIds: readonly string[], names?: string) => {
    const [a = '', b = '', c = ''] = itemIds.slice(0, 3).map(name);
    const itemId = itemIds[1] ?? '';
    if (itemIds.length === 2) return { text: t(`warnings.${kind}`, { names, a, b }), itemId };
    if (itemIds.length === 3) return { text: t(`warnings.${kind}Three`, { names, a, b, c }), itemId };
    return { text: t(`warnings.${kind}More`, { names, a, b, c, more: itemIds.length - 3 }), itemId };
  };
  const describe = (warning: ItineraryWarning): { text: string; itemId: string } => {
    switch (warning.kind) {
      case 'overlap':
        return conflict('overlap', warning.itemIds);
      case 'doubleBooked': {
        const names = members
          .filter((member) => warning.memberIds.includes(member.id))
          .map((member) => memberNameFor(member, lang, trip).name.text);
        return conflict('doubleBooked', warning.itemIds, listNames(names, lang));
      }
      case 'outsideTrip':
        return {
          text: t('warnings.outsideTrip', {
            a: name(warning.itemId),
            date: formatDate(byId.get(warning.itemId)?.date ?? '', lang),
          }),
          itemId: warning.itemId,
        };
      case 'visitWithoutTime':
        return { text: t('warnings.visitWithoutTime', { a: name(warning.itemId) }), itemId: warning.itemId };
      case 'nonexistentTime':
        return { text: t('warnings.nonexistentTime', { a: name(warning.itemId) }), itemId: warning.itemId };
    }
  };
  return (
    <section className="warnings" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">{t('warnings.title', { count: warnings.length })}</h2>
      <ul>
        {warnings.map((warning) => {
          const { text, itemId } = describe(warning);
          return (
            <li key={`${warning.kind}:${'itemIds' in warning ? warning.itemIds.join() : warning.itemId}`}>
              <Link href={link('itineraryItem', { tripId: trip.id, itemId })}>{text}</Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
