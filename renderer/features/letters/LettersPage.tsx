import { type LetterHost, letterNoteKey, lettersHosts } from '@shared/letters/hosts';
import { lettersDocx } from '@shared/letters/letterDocx';
import { summariesText, type ThankYouLetter, thankYouLetter } from '@shared/letters/thankYou';
import { pickName, type RecordId, reportNoteId } from '@shared/model';
import { refusalFor } from '@shared/sync/permissions';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Temporal } from 'temporal-polyfill';
import { Link } from 'wouter';
import { bridge } from '../../bridge/bridge';
import { MemberSelect } from '../../components/MemberSelect';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { TripNav } from '../../components/TripNav';
import { asMember } from '../../data/database/store';
import { useStore } from '../../data/hooks/StoreContext';
import { useCurrentMember } from '../../data/hooks/useCurrentMember';
import { useHostPeople } from '../../data/hooks/useHostPeople';
import { useReportRecords } from '../../data/hooks/useReportRecords';
import { useWriter } from '../../data/hooks/useWriter';
import { fileNameFrom } from '../../services/fileName';
import { link } from '../../services/paths';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import { LearnedField } from './LearnedField';
import { LetterView } from './LetterView';
import './letters.css';

const ALL = 'all';

type Status = { step: 'idle' } | { step: 'writing' } | { step: 'said'; text: string } | { step: 'failed' };

/**
 * Thank-you letters after the trip (issue 24): one per host organisation the
 * delegation visited, in the hosts' language with a copy in the
 * delegation's for the file (shared/letters), previewed as they print and
 * saved as a PDF (Chromium printing this page) or a Word file, one host's or
 * all of them at once. The organiser chooses who signs and the date, and
 * may rewrite what each letter says was learned (LearnedField).
 */
export function LettersPage({ tripId }: { tripId: RecordId }) {
  const { t } = useTranslation('report');
  const ui = useLanguage();
  const base = useStore();
  const records = useReportRecords(tripId);
  const directory = useHostPeople(tripId);
  const [current] = useCurrentMember(tripId);
  const store = useMemo(() => asMember(base, current ?? null), [base, current]);
  const refusal = refusalFor(useWriter(tripId), 'reportNotes');
  const [hostKey, setHostKey] = useState<string>(ALL);
  const [signerId, setSignerId] = useState<RecordId | null>(null);
  const [writtenOn, setWrittenOn] = useState(() => Temporal.Now.plainDateISO().toString());
  const [withCopy, setWithCopy] = useState(true);
  const [status, setStatus] = useState<Status>({ step: 'idle' });
  const hosts = useMemo(() => (records ? lettersHosts(records.items) : []), [records]);
  const signers = records?.members.filter((member) => member.deletedAt === null && member.role !== 'interpreter');
  // Usually the delegation's leader: the organiser the roster names first.
  const leader = signers
    ?.filter((member) => member.role === 'organiser')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  const signer = signerId ?? leader?.id ?? null;
  /** Each host shown with its letter and, when asked for, its copy for the file. */
  const byHost = useMemo((): { host: LetterHost; letters: ThankYouLetter[] }[] => {
    if (!records || !directory || !signer || !/^\d{4}-\d{2}-\d{2}$/.test(writtenOn)) return [];
    const source = { ...records, reportNotes: records.reportNotes ?? [], directory: directory.entries };
    const { home, host } = records.trip.languages;
    const choices = { signerId: signer, writtenOn };
    return hosts
      .filter((one) => hostKey === ALL || one.key === hostKey)
      .map((one) => ({
        host: one,
        letters: [
          thankYouLetter(source, one, host, choices),
          ...(withCopy && home !== host ? [thankYouLetter(source, one, home, choices, { copy: true })] : []),
        ],
      }));
  }, [records, directory, signer, writtenOn, hosts, hostKey, withCopy]);
  useDocumentTitle(`${t('lettersScreen.title')} · ${records ? pickName(records.trip.title, ['ko', 'ja']) : ''}`);
  if (records === null) return <NotFound />;
  if (!records || !directory || !signers) return <Loading />;
  const { trip } = records;
  const { home, host: hostLang } = trip.languages;
  const letters = byHost.flatMap((one) => one.letters);
  const reportNotes = records.reportNotes ?? [];
  const hostName = (key: string) => hosts.find((one) => one.key === key)?.name;
  const chosen = hostKey === ALL ? null : hostName(hostKey);
  const title = `${pickName(chosen ?? trip.title, [trip.languages.host, trip.languages.home])} ${t('lettersScreen.title')}`;
  const untranslated = letters.flatMap((letter) => letter.learned).filter((one) => one.untranslated).length;
  const said = (outcome: { outcome: string; fileName?: string }) =>
    setStatus({
      step: 'said',
      text:
        outcome.outcome === 'saved'
          ? t('lettersScreen.saved', { file: outcome.fileName })
          : outcome.outcome === 'printDialog'
            ? t('lettersScreen.printDialog')
            : t('lettersScreen.cancelled'),
    });
  const savePdf = async () => {
    said(await bridge.invoke('print:savePdf', { suggestedName: fileNameFrom(title, 'pdf'), landscape: false }));
  };
  const saveDocx = async () => {
    setStatus({ step: 'writing' });
    try {
      const bytes = await lettersDocx(letters, title);
      said(
        await bridge.invoke('files:save', {
          suggestedName: fileNameFrom(title, 'docx'),
          content: { kind: 'bytes', bytes },
        }),
      );
    } catch {
      setStatus({ step: 'failed' });
    }
  };
  return (
    <section aria-labelledby="letters-heading" className="letters-screen">
      <div className="no-print">
        <TripNav tripId={tripId} current="report" />
        <h1 id="letters-heading">{t('lettersScreen.title')}</h1>
        <p className="field__hint">{t('lettersScreen.intro')}</p>
        <div className="toolbar letters-toolbar">
          <Link href={link('report', { tripId })}>← {t('lettersScreen.back')}</Link>
          <label className="toolbar__field">
            {t('lettersScreen.host')}
            <select value={hostKey} onChange={(event) => setHostKey(event.target.value)}>
              <option value={ALL}>{t('lettersScreen.allHosts', { count: hosts.length })}</option>
              {hosts.map((one) => (
                <option key={one.key} value={one.key}>
                  {pickName(one.name, [trip.languages.home, trip.languages.host])}
                </option>
              ))}
            </select>
          </label>
          <label className="toolbar__field">
            {t('lettersScreen.signer')}
            <MemberSelect
              members={signers}
              value={signer}
              noneLabel={t('lettersScreen.chooseSigner')}
              onChange={setSignerId}
            />
          </label>
          <label className="toolbar__field">
            {t('lettersScreen.writtenOn')}
            <input type="date" value={writtenOn} required onChange={(event) => setWrittenOn(event.target.value)} />
          </label>
          <label className="toolbar__field">
            <input type="checkbox" checked={withCopy} onChange={(event) => setWithCopy(event.target.checked)} />
            {t('lettersScreen.withCopy')}
          </label>
          <button
            type="button"
            className="button button--primary"
            disabled={letters.length === 0}
            onClick={() => void savePdf()}
          >
            {t('lettersScreen.savePdf')}
          </button>
          <button
            type="button"
            className="button"
            disabled={letters.length === 0 || status.step === 'writing'}
            onClick={() => void saveDocx()}
          >
            {t('lettersScreen.saveDocx')}
          </button>
          {untranslated > 0 ? (
            <p className="toolbar__status">{t('lettersScreen.untranslated', { count: untranslated })}</p>
          ) : null}
          <p role="status" className="toolbar__status">
            {status.step === 'said' ? status.text : null}
          </p>
          {status.step === 'failed' ? (
            <p role="alert" className="field__error">
              {t('lettersScreen.failed')}
            </p>
          ) : null}
        </div>
        {hosts.length === 0 ? <p>{t('lettersScreen.noHosts')}</p> : null}
      </div>
      <div className="letters">
        {byHost.map(({ host, letters: written }) => (
          <div key={host.key} className="letters__host">
            <LearnedField
              store={store}
              tripId={tripId}
              host={host}
              hostName={pickName(host.name, [ui, home, hostLang])}
              lang={hostLang}
              copyLang={withCopy && home !== hostLang ? home : null}
              note={reportNotes.find((note) => note.id === reportNoteId(tripId, letterNoteKey(host)))}
              summaries={summariesText({ reportNotes }, host, hostLang)}
              members={records.members}
              refusal={refusal}
            />
            {written.map((letter) => (
              // A letter and its copy are in two languages: the language tells them apart.
              <LetterView key={letter.lang} letter={letter} />
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
