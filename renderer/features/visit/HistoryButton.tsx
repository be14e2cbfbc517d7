import type { Member, NoteVersion } from '@shared/model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Store } from '../../data/store';
import { HistoryDialog } from './HistoryDialog';

interface HistoryButtonProps {
  recordId: string;
  members: readonly Member[];
  store: Store;
  textOf: (content: NoteVersion['content']) => string;
  /** What the history is of, for the button's accessible name. */
  label: string;
}

export function HistoryButton({ recordId, members, store, textOf, label }: HistoryButtonProps) {
  const { t } = useTranslation('notes');
  const [open, setOpen] = useState(false);
  return (
    <>
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
