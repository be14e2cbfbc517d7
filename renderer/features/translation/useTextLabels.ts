import type { Language } from '@shared/i18n/languages';
import { itemLabel } from '@shared/itinerary/names';
import { type ItineraryItem, pickName, type Trip, takesNotes } from '@shared/model';
import type { TripText } from '@shared/translation/texts';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useItinerary } from '../../data/hooks/useItinerary';
import { useMembers } from '../../data/hooks/useMembers';
import { useQuestions } from '../../data/hooks/useQuestions';
import { formatDayShort } from '../../i18n/format';

/** What a text is, and which part of the trip it is listed under, in the interface language. */
export interface TextLabels {
  label(entry: TripText): string;
  /** The heading a text is listed under: its visit, the trip, the report, the rest of the itinerary or the roster. */
  group(entry: TripText): string;
}

export function useTextLabels(trip: Trip, ui: Language): TextLabels | undefined {
  const { t } = useTranslation('translation');
  const items = useItinerary(trip.id);
  const members = useMembers(trip.id);
  const questions = useQuestions(trip.id);
  const byId = useMemo(() => new Map<string, ItineraryItem>(items?.map((item) => [item.id, item])), [items]);
  const memberName = useMemo(() => new Map(members?.map((member) => [member.id, member.name])), [members]);
  const number = useMemo(() => new Map(questions?.map((question, index) => [question.id, index + 1])), [questions]);

  const label = useCallback(
    (entry: TripText) => {
      const n = entry.questionId ? (number.get(entry.questionId) ?? '?') : '?';
      if (entry.kind === 'answer') {
        return t('kind.answer', { number: n, member: memberName.get(entry.memberId ?? '') ?? '' });
      }
      if (entry.kind === 'finding') return t('kind.finding', { number: n });
      if (entry.kind === 'letter') {
        // A letter is kept under its host's first visit (shared/letters/hosts.ts), and named by its host.
        const host = entry.itemId ? byId.get(entry.itemId)?.host?.name : undefined;
        return t('kind.letter', { host: host ? pickName(host, [ui, trip.languages.host, trip.languages.home]) : '' });
      }
      if (entry.kind === 'affiliation')
        return t('kind.affiliation', { member: memberName.get(entry.memberId ?? '') ?? '' });
      return t(`kind.${entry.kind}`);
    },
    [t, memberName, number, byId, ui, trip],
  );
  const group = useCallback(
    (entry: TripText) => {
      if (entry.kind === 'affiliation') return t('groups.roster');
      if (entry.kind === 'tripTitle' || entry.kind === 'organiser')
        return pickName(trip.title, [ui]) || t('groups.trip');
      if (entry.kind === 'finding' || entry.kind === 'evaluation' || entry.kind === 'letter') return t('groups.report');
      const item = entry.itemId ? byId.get(entry.itemId) : undefined;
      if (!item || !takesNotes(item)) return t('groups.itinerary');
      return `${itemLabel(item, ui, trip)} · ${formatDayShort(item.date, ui)}`;
    },
    [t, trip, ui, byId],
  );
  const loaded = items && members && questions;
  return useMemo(() => (loaded ? { label, group } : undefined), [loaded, label, group]);
}
