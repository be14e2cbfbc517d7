import type { Member, VersionedTable } from '@shared/model';
import { versionText } from '@shared/notes/versions';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Store } from '../../data/database/store';
import { dismissRecoveredVersion, isUnresolvedRecovery } from '../../data/history/noteVersions';
import { useVersions } from '../../data/hooks/useVersions';
import { useLanguage } from '../../services/useLanguage';
import { HistoryDialog } from './HistoryDialog';

interface HistoryButtonProps {
  recordId: string;
  table: VersionedTable;
  members: readonly Member[];
  store: Store;
  /** What the history is of, for the button's accessible name. */
  label: string;
}

/**
 * Opens a note's history; and says when text typed before a crash was kept
 * there because the note had changed since, until it is restored or dismissed.
 */
export function HistoryButton({ recordId, table, members, store, label }: HistoryButtonProps) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const [open, setOpen] = useState(false);
  const recovered = useVersions(recordId)?.filter(isUnresolvedRecovery) ?? [];
  const textOf = useCallback((content: Record<string, unknown>) => versionText(table, content), [table]);
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const who = (memberId: string | null) =>
    members.find((member) => member.id === memberId)?.name ?? t('history.unknown');
  return (
    <>
      {recovered.map((version) => (
        <div key={version.id} className="recovered-notice" role="status">
          <p>
            {t('recovered.notice', {
              name: who(version.updatedBy.memberId),
              time: when.format(new Date(version.recovered?.typedAt ?? version.createdAt)),
            })}
          </p>
          <button type="button" className="button button--small" onClick={() => setOpen(true)}>
            {t('recovered.show')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => void dismissRecoveredVersion(store, version.id)}
          >
            {t('recovered.dismiss')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        aria-label={`${t('history.title')}: ${label}`}
        onClick={() => setOpen(true)}
      >
        {t('history.title')}
      </button>
      {open ? (
        <HistoryDialog
          table={table}
          recordId={recordId}
          members={members}
          store={store}
          textOf={textOf}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
