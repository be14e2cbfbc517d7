import { itemLabel } from '@shared/itinerary/names';
import type { ItineraryItem, RecordId, Trip } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../services/useLanguage';

interface Props {
  trip: Trip;
  /** The items where notes are taken, in itinerary order. */
  items: readonly ItineraryItem[];
  /** The item whose summary is shown, or null for the whole report. */
  value: RecordId | null;
  onChange: (itemId: RecordId | null) => void;
}

/** Which document the screen makes: the whole report for the ministry, or one visit's summary for its hosts. */
export function DocumentChoice({ trip, items, value, onChange }: Props) {
  const { t } = useTranslation('report');
  const lang = useLanguage();
  return (
    <label className="field report-document">
      <span className="field__label">{t('screen.document')}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t('screen.wholeReport')}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {t('screen.summaryFor', { visit: itemLabel(item, lang, trip) })}
          </option>
        ))}
      </select>
    </label>
  );
}
