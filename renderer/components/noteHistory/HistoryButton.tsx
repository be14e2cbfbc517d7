import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoteHistoryDialog, type NoteHistoryProps, RecoveredNotices } from './RecoveredNotices';

interface HistoryButtonProps extends NoteHistoryProps {
  /** What the history is of, for the button's accessible name. */
  label: string;
  /**
   * Whether the button says, before itself, that text typed before a crash
   * was kept in the history. False where the note says so at its head
   * (RecoveredNotices), because the button comes after fields the reader
   * would have to scroll past.
   */
  withRecovered?: boolean;
}

/**
 * Opens a note's history; and says when text typed before a crash was kept
 * there because the note had changed since, until it is restored or dismissed.
 */
export function HistoryButton({ label, withRecovered = true, ...note }: HistoryButtonProps) {
  const { t } = useTranslation('notes');
  const [open, setOpen] = useState(false);
  return (
    <>
      {withRecovered ? <RecoveredNotices {...note} /> : null}
      <button
        type="button"
        className="button button--small"
        aria-label={`${t('history.title')}: ${label}`}
        onClick={() => setOpen(true)}
      >
        {t('history.title')}
      </button>
      {open ? <NoteHistoryDialog {...note} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
