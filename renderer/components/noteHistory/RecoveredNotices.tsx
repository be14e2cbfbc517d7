import type { Member, VersionedTable } from '@shared/model';
import { versionText } from '@shared/notes/versions';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Store } from '../../data/database/store';
import { dismissRecoveredVersion, isUnresolvedRecovery } from '../../data/history/noteVersions';
import { useVersions } from '../../data/hooks/useVersions';
import { useLanguage } from '../../services/useLanguage';
import { useMemberNames } from '../MemberSelect';
import { HistoryDialog } from './HistoryDialog';
import { partsThatDiffer, useVersionParts } from './useVersionParts';

export interface NoteHistoryProps {
  recordId: string;
  table: VersionedTable;
  members: readonly Member[];
  store: Store;
}

/** A note's history in its dialog, its versions compared as the note is read (the minutes part by part). */
export function NoteHistoryDialog({ onClose, ...note }: NoteHistoryProps & { onClose: () => void }) {
  const { table } = note;
  const textOf = useCallback((content: Record<string, unknown>) => versionText(table, content), [table]);
  const parts = useVersionParts(table);
  return <HistoryDialog {...note} textOf={textOf} parts={parts} onClose={onClose} />;
}

/**
 * Says that text typed before a crash was kept in the note's history, the
 * note having changed since, until it is restored or dismissed. The note
 * shows it where its reader looks first: at the note, not after its last
 * field; a note of several parts (the minutes) says which differ.
 */
export function RecoveredNotices(note: NoteHistoryProps) {
  const { t } = useTranslation(['notes', 'history']);
  const lang = useLanguage();
  const [open, setOpen] = useState(false);
  const versions = useVersions(note.recordId);
  const parts = useVersionParts(note.table);
  const nameOf = useMemberNames(note.members[0]?.tripId);
  const recovered = versions?.filter(isUnresolvedRecovery) ?? [];
  if (recovered.length === 0 && !open) return null;
  // The note as it is now: its latest version that was saved, not kept aside.
  const current = versions?.filter((version) => !version.recovered).at(-1);
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const who = (memberId: string | null) => {
    const member = note.members.find((one) => one.id === memberId);
    return member ? nameOf(member).name.text : t('notes:history.unknown');
  };
  return (
    <>
      {recovered.map((version) => {
        const differ = parts && current ? partsThatDiffer(parts(current.content), parts(version.content)) : [];
        return (
          <div key={version.id} className="recovered-notice" role="status">
            <p>
              {t('notes:recovered.notice', {
                name: who(version.updatedBy.memberId),
                time: when.format(new Date(version.recovered?.typedAt ?? version.createdAt)),
              })}
              {differ.length > 0 ? ` ${t('history:notes.recoveredIn', { parts: list.format(differ) })}` : null}
            </p>
            <button type="button" className="button button--small" onClick={() => setOpen(true)}>
              {t('notes:recovered.show')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => void dismissRecoveredVersion(note.store, version.id)}
            >
              {t('notes:recovered.dismiss')}
            </button>
          </div>
        );
      })}
      {open ? <NoteHistoryDialog {...note} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
