import type { Member, RecordId, VersionedTable } from '@shared/model';
import { readableValue } from '@shared/notes/readable';
import { parseHlc } from '@shared/sync/hlc';
import { useTranslation } from 'react-i18next';
import type { Store } from '../../data/database/store';
import { type HistoryItem, restoreLeaf } from '../../data/history/recordHistory';
import { useChangeHistory } from '../../data/hooks/useChangeHistory';
import { useUndo } from '../../services/undo';
import { useLanguage } from '../../services/useLanguage';
import { useMemberNames } from '../MemberSelect';
import { useRoleWords } from '../useRoleWords';
import { VersionChanges } from './VersionChanges';
import './noteHistory.css';

interface ConcurrentTextsProps {
  table: VersionedTable;
  recordId: RecordId;
  members: readonly Member[];
  store: Store;
  onRestored: () => void;
  onFailed: (cause: unknown) => void;
}

/**
 * A note's texts written on another device at the same time as the one kept
 * (sync's lost changes), or refused by the server, each shown against the
 * note's text now and restorable as a new version: its texts, and the
 * minutes' agenda, follow-ups and attendees as their lines
 * (shared/notes/readable.ts). Nothing when there are none.
 */
export function ConcurrentTexts({ table, recordId, members, store, onRestored, onFailed }: ConcurrentTextsProps) {
  const { t } = useTranslation('history');
  const lang = useLanguage();
  const undo = useUndo();
  const roleWords = useRoleWords();
  const history = useChangeHistory(table, recordId);
  const namesOf = useMemberNames(members[0]?.tripId);
  const memberOf = (id: string | null) => members.find((member) => member.id === id);
  const nameOf = (id: string) => {
    const member = memberOf(id);
    return member ? namesOf(member).name.text : t('unknown');
  };
  const readable = (path: string, value: unknown) => readableValue(table, path, value, { lang, nameOf });
  const lost = history?.changes.filter((change) => change.lost && readable(change.path, change.value) !== null) ?? [];
  if (!history || lost.length === 0) return null;
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const who = (change: HistoryItem) => {
    const member = memberOf(change.memberId);
    if (!member) return t('unknown');
    const { name, other } = namesOf(member);
    return (
      <span lang={name.lang} title={other?.text}>
        {name.text}
      </span>
    );
  };
  const restore = (change: HistoryItem) =>
    void restoreLeaf(store, table, recordId, change.path, change.value).then((undoRestore) => {
      undo.record({ label: t('notes.restored'), undo: undoRestore }, { announce: true });
      onRestored();
    }, onFailed);

  return (
    <section className="concurrent-texts" aria-labelledby={`concurrent-${recordId}`}>
      <h3 id={`concurrent-${recordId}`}>{t('notes.concurrentTitle')}</h3>
      <p className="muted">{t('notes.concurrentHelp')}</p>
      <ol className="history">
        {lost.map((change) => {
          const current = readable(change.path, history.current[change.path]) ?? '';
          const text = readable(change.path, change.value) ?? '';
          return (
            <li key={change.id} className="history__version">
              <p className="history__meta">
                {who(change)} · {when.format(parseHlc(change.hlc).millis)}
                <span className="badge badge--warning">{change.refused ? t('refused') : t('concurrent')}</span>
              </p>
              {change.refused ? <p className="muted">{t('refusedHelp', { why: roleWords(change.refused) })}</p> : null}
              <VersionChanges before={current} after={text} />
              {current === text ? (
                <p className="muted">{t('isCurrent')}</p>
              ) : (
                <button type="button" className="button button--small" onClick={() => restore(change)}>
                  {t('restore')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
