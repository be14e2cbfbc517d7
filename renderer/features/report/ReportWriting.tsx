import { itemLabel, namesToShow } from '@shared/itinerary/names';
import type { ChecklistQuestion, ItineraryItem, Member, Trip } from '@shared/model';
import { refusalFor } from '@shared/sync/permissions';
import { useTranslation } from 'react-i18next';
import { MemberSelect } from '../../components/MemberSelect';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { asMember } from '../../data/database/store';
import { useStore } from '../../data/hooks/StoreContext';
import { useCurrentMember } from '../../data/hooks/useCurrentMember';
import { useReportNotes } from '../../data/hooks/useReportNotes';
import { useWriter } from '../../data/hooks/useWriter';
import { useLanguage } from '../../services/useLanguage';
import { ReportNoteField } from './ReportNoteField';

interface Props {
  trip: Trip;
  members: readonly Member[];
  questions: readonly ChecklistQuestion[];
  /** The items where notes are taken, in itinerary order. */
  items: readonly ItineraryItem[];
}

/**
 * What the organisers write in the report, as the seed's section IV has it:
 * a finding under each checklist question, a summary of each visit, the
 * evaluation. Organisers write it; members read it in the report below.
 */
export function ReportWriting({ trip, members, questions, items }: Props) {
  const { t } = useTranslation('report');
  const lang = useLanguage();
  const store = useStore();
  const notes = useReportNotes(trip.id);
  const [current, choose] = useCurrentMember(trip.id);
  const organisers = members.filter((member) => member.role === 'organiser');
  const writer = organisers.find((member) => member.id === current);
  // On a device that syncs, the roster's role of its member decides, whoever is chosen here.
  const notOrganiser = refusalFor(useWriter(trip.id), 'reportNotes');
  if (!notes || current === undefined) return null;
  if (notOrganiser) {
    return (
      <section aria-labelledby="report-writing-heading" className="report-writing">
        <h2 id="report-writing-heading">{t('screen.writing')}</h2>
        <ReadOnlyNote why={notOrganiser} />
      </section>
    );
  }
  if (!writer) {
    return (
      <section aria-labelledby="report-writing-heading" className="report-writing">
        <h2 id="report-writing-heading">{t('screen.writing')}</h2>
        <p className="muted">{t('screen.organisersWrite')}</p>
        <label className="field">
          <span className="field__label">{t('screen.writingAs')}</span>
          <MemberSelect
            members={organisers}
            value={null}
            noneLabel={t('screen.chooseOrganiser')}
            onChange={(id) => void choose(id)}
          />
        </label>
      </section>
    );
  }
  const as = asMember(store, writer.id);
  const field = (key: Parameters<typeof ReportNoteField>[0]['note'], label: string) => (
    <ReportNoteField
      key={`${key.kind}:${key.questionId ?? ''}:${key.itemId ?? ''}`}
      store={as}
      tripId={trip.id}
      note={key}
      notes={notes}
      members={members}
      label={label}
    />
  );
  return (
    <section aria-labelledby="report-writing-heading" className="report-writing">
      <h2 id="report-writing-heading">{t('screen.writing')}</h2>
      <p className="muted">{t('screen.writingAsOrganiser', { name: writer.name })}</p>
      <fieldset className="fieldset">
        <legend>{t('sections.findings')}</legend>
        {questions
          .filter((question) => !question.retiredAt)
          .map((question, index) =>
            field(
              { kind: 'finding', questionId: question.id, itemId: null },
              t('screen.findingFor', {
                number: index + 1,
                question: namesToShow(question.text, lang, trip)[0]?.text ?? '',
              }),
            ),
          )}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('sections.visits')}</legend>
        {items.map((item) =>
          field(
            { kind: 'visitSummary', questionId: null, itemId: item.id },
            t('screen.summaryOf', { visit: itemLabel(item, lang, trip) }),
          ),
        )}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('sections.evaluation')}</legend>
        {field({ kind: 'evaluation', questionId: null, itemId: null }, t('screen.evaluation'))}
      </fieldset>
    </section>
  );
}
