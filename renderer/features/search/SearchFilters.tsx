import { itemLabel } from '@shared/itinerary/names';
import type { ItineraryItem, Member, Trip } from '@shared/model';
import { memberNameFor } from '@shared/people/memberName';
import type { SearchFilter, SearchKind } from '@shared/search/index';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../services/useLanguage';

/** The kinds of place a search finds, in the order its results are grouped. */
export const KINDS: SearchKind[] = [
  'answer',
  'minutes',
  'qaNote',
  'reportNote',
  'item',
  'host',
  'person',
  'member',
  'glossary',
  'attachment',
];

interface FiltersProps {
  trip: Trip | null | undefined;
  items: ItineraryItem[] | undefined;
  questions: { id: string; label: string }[] | undefined;
  members: Member[] | undefined;
  filter: SearchFilter;
  onChange: (key: keyof SearchFilter, value: string) => void;
}

/** Narrowing a search by kind, visit, checklist question and member. */
export function Filters({ trip, items, questions, members, filter, onChange }: FiltersProps) {
  const { t } = useTranslation('search');
  const lang = useLanguage();
  const select = (key: keyof SearchFilter, label: string, options: { id: string; label: string }[]) => (
    <label className="search-dialog__filter">
      <span>{label}</span>
      <select
        value={key === 'kinds' ? (filter.kinds?.[0] ?? '') : ((filter[key] as string | undefined) ?? '')}
        onChange={(event) => onChange(key, event.target.value)}
      >
        <option value="">{t('filters.all')}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="search-dialog__filters">
      {select(
        'kinds',
        t('filters.kind'),
        KINDS.map((kind) => ({ id: kind, label: t(`kinds.${kind}`) })),
      )}
      {select(
        'visitId',
        t('filters.visit'),
        (items ?? [])
          .filter((item) => item.deletedAt === null)
          .map((item) => ({ id: item.id, label: trip ? itemLabel(item, lang, trip) : '' })),
      )}
      {select('questionId', t('filters.question'), questions ?? [])}
      {select(
        'memberId',
        t('filters.member'),
        (members ?? []).map((member) => ({
          id: member.id,
          label: trip ? memberNameFor(member, lang, trip).name.text : member.name,
        })),
      )}
    </div>
  );
}
