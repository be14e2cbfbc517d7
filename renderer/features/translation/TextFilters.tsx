import type { Language } from '@shared/i18n/languages';
import type { TextFilter } from '@shared/translation/counts';
import { useTranslation } from 'react-i18next';

const FILTERS: readonly TextFilter[] = ['all', 'missing', 'unreviewed'];

interface TextFiltersProps {
  filter: TextFilter;
  /** The one language translated into, or null for both ways. */
  into: Language | null;
  /** The languages the trip's texts are to be translated into; a choice only when there are two. */
  directions: readonly Language[];
  onChange: (choice: { filter: TextFilter; into: Language | null }) => void;
}

/** Which texts the list shows: all, missing or not reviewed; and, when notes are written in both languages, which way. */
export function TextFilters({ filter, into, directions, onChange }: TextFiltersProps) {
  const { t } = useTranslation('translation');
  const { t: common } = useTranslation();
  return (
    <div className="translation__filters">
      <fieldset className="translation__filter">
        <legend className="field__label">{t('filter.label')}</legend>
        {FILTERS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="translation-filter"
              checked={filter === option}
              onChange={() => onChange({ filter: option, into })}
            />{' '}
            {t(`filter.${option}`)}
          </label>
        ))}
      </fieldset>
      {directions.length > 1 ? (
        <fieldset className="translation__filter">
          <legend className="field__label">{t('into.label')}</legend>
          {[null, ...directions].map((option) => (
            <label key={option ?? 'both'}>
              <input
                type="radio"
                name="translation-into"
                checked={into === option}
                onChange={() => onChange({ filter, into: option })}
              />{' '}
              {option ? common(`languages.${option}`) : t('into.both')}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
