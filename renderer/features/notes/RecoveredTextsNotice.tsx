import { itemLabel } from '@shared/itinerary/names';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useItineraryItem } from '../../data/hooks/useItineraryItem';
import { useTrip } from '../../data/hooks/useTrip';
import type { KeptText } from '../../data/recovery/noteDrafts';
import { link } from '../../services/paths';
import { useLanguage } from '../../services/useLanguage';
import type { NotesSection } from './sections';

/** Where a visit's note is; what the organiser wrote for the report is kept on the report's screen, not a visit's. */
const SECTION_OF: Record<Exclude<KeptText['table'], 'reportNotes'>, NotesSection> = {
  checklistAnswers: 'checklist',
  minutes: 'minutes',
  qaNotes: 'qa',
};

function KeptLink({ kept }: { kept: KeptText & { visitId: string } }) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const trip = useTrip(kept.tripId);
  const visit = useItineraryItem(kept.visitId);
  if (!trip || !visit) return null;
  if (kept.table === 'reportNotes') return null;
  const section = SECTION_OF[kept.table];
  return (
    <li>
      <Link href={link('notes', { tripId: trip.id, visitId: visit.id, section })}>
        {itemLabel(visit, lang, trip)} · {t(`page.sections.${section}`)}
      </Link>
    </li>
  );
}

/**
 * After a start that found text typed before the app closed and could not
 * put it in place (its note had changed since): where it was kept, so that
 * nobody has to come across it by chance. Each note says so too.
 */
export function RecoveredTextsNotice({ kept }: { kept: readonly KeptText[] }) {
  const { t } = useTranslation('notes');
  const [open, setOpen] = useState(true);
  const places = kept.filter((text): text is KeptText & { visitId: string } => text.visitId !== null);
  if (!open || kept.length === 0) return null;
  return (
    <section className="recovered-notice recovered-notice--start" aria-labelledby="recovered-texts">
      <p id="recovered-texts">{t('recovered.atStart', { count: kept.length })}</p>
      <ul>
        {places.map((text) => (
          <KeptLink key={`${text.table}:${text.recordId}`} kept={text} />
        ))}
      </ul>
      <button type="button" className="button button--small" onClick={() => setOpen(false)}>
        {t('recovered.close')}
      </button>
    </section>
  );
}
