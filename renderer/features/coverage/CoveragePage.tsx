import { itemLabel, namesToShow } from '@shared/itinerary/names';
import { type Trip, takesNotes } from '@shared/model';
import { type CoverageCell, coverageOf, isGap } from '@shared/notes/coverage';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { TripNav } from '../../components/TripNav';
import { useItinerary } from '../../data/hooks/useItinerary';
import { useMembers } from '../../data/hooks/useMembers';
import { useQuestions } from '../../data/hooks/useQuestions';
import { useTrip } from '../../data/hooks/useTrip';
import { useTripAnswers } from '../../data/hooks/useTripAnswers';
import { useTripQaNotes } from '../../data/hooks/useTripQaNotes';
import { formatDayShort, formatList } from '../../i18n/format';
import { link } from '../../services/paths';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import './coverage.css';

function Matrix({ trip }: { trip: Trip }) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const items = useItinerary(trip.id);
  const questions = useQuestions(trip.id);
  const answers = useTripAnswers(trip.id);
  const qaNotes = useTripQaNotes(trip.id);
  const members = useMembers(trip.id);
  const visits = useMemo(() => items?.filter(takesNotes) ?? [], [items]);
  const active = useMemo(() => questions?.filter((question) => !question.retiredAt) ?? [], [questions]);
  const coverage = useMemo(
    () => (answers && qaNotes ? coverageOf(visits, active, answers, qaNotes) : null),
    [visits, active, answers, qaNotes],
  );
  if (!coverage || !members || !items || !questions) return <Loading />;
  if (visits.length === 0) return <p className="muted">{t('coverage.noVisits')}</p>;

  const gaps = [...coverage.values()].flatMap((row) => [...row.values()]).filter(isGap).length;
  // A full trip's cells say a few things many times over (17 of 17 answered): each is worded once per drawing.
  const described = new Map<string, string>();
  // Joined as the language lists things: an ASCII comma reads as a typo between Japanese phrases.
  const describe = ({ memberIds, qaNoteIds }: CoverageCell) => {
    const key = `${memberIds.length}/${qaNoteIds.length}`;
    let text = described.get(key);
    if (text === undefined) {
      text = formatList(
        [
          memberIds.length > 0
            ? t('coverage.answered', { count: memberIds.length, members: members.length })
            : t('coverage.gap'),
          qaNoteIds.length > 0 ? t('coverage.qaLinked', { count: qaNoteIds.length }) : null,
        ].filter((part) => part !== null),
        lang,
      );
      described.set(key, text);
    }
    return text;
  };

  return (
    <>
      <p className="coverage__summary">{t('coverage.gaps', { count: gaps })}</p>
      <div className="table-scroll">
        <table className="coverage">
          <thead>
            <tr>
              <th scope="col">{t('coverage.visit')}</th>
              {active.map((question, index) => (
                <th key={question.id} scope="col" title={namesToShow(question.text, lang, trip)[0]?.text}>
                  <span className="coverage__number">{index + 1}</span>
                  <span className="coverage__question">{namesToShow(question.text, lang, trip)[0]?.text}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visits.map((visit) => {
              const row = coverage.get(visit.id);
              const name = itemLabel(visit, lang, trip);
              return (
                <tr key={visit.id}>
                  <th scope="row">
                    <Link href={link('notes', { tripId: trip.id, visitId: visit.id })}>{name}</Link>
                    <span className="muted coverage__date">{formatDayShort(visit.date, lang)}</span>
                  </th>
                  {active.map((question, index) => {
                    const cell = row?.get(question.id) ?? { memberIds: [], qaNoteIds: [] };
                    const text = describe(cell);
                    return (
                      <td
                        key={question.id}
                        className={isGap(cell) ? 'coverage__cell coverage__cell--gap' : 'coverage__cell'}
                      >
                        <Link
                          href={link('notesQuestion', { tripId: trip.id, visitId: visit.id, questionId: question.id })}
                        >
                          <span className="coverage__count">
                            {cell.memberIds.length}/{members.length}
                          </span>
                          {cell.qaNoteIds.length > 0 ? (
                            <span className="coverage__qa">
                              {' '}
                              {t('coverage.qaShort', { count: cell.qaNoteIds.length })}
                            </span>
                          ) : null}{' '}
                          {/* The name keeps the visible count (what a voice-control user says) and adds what the cell is of. */}
                          <span className="visually-hidden">
                            {t('coverage.cell', { visit: name, question: index + 1, answered: text })}
                          </span>
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The organiser's evening check: which visits still lack answers to which questions. */
export function CoveragePage({ tripId }: { tripId: string }) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const trip = useTrip(tripId);
  useDocumentTitle(t('coverage.title'));
  if (trip === undefined) return <Loading />;
  if (trip === null) return <NotFound />;
  return (
    <section aria-labelledby="coverage-heading">
      <p className="page-header__eyebrow">{namesToShow(trip.title, lang, trip)[0]?.text}</p>
      <h1 id="coverage-heading">{t('coverage.title')}</h1>
      <TripNav tripId={trip.id} current="coverage" />
      <p className="muted">{t('coverage.intro')}</p>
      <Matrix trip={trip} />
    </section>
  );
}
