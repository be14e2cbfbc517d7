import type { RecordId } from '@shared/model';
import type { SyncedTable } from '@shared/sync/leaves';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeHistoryDialog } from './ChangeHistoryDialog';

interface ChangeHistoryButtonProps {
  table: SyncedTable;
  recordId: RecordId;
  tripId: RecordId;
  /** What the history is of (a trip's title, a member's name), for the button's accessible name and the heading. */
  label: string;
  className?: string;
}

/** Opens a record's history of changes. */
export function ChangeHistoryButton({ table, recordId, tripId, label, className }: ChangeHistoryButtonProps) {
  const { t } = useTranslation('history');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className ?? 'button'}
        aria-label={t('openOf', { name: label })}
        onClick={() => setOpen(true)}
      >
        {t('open')}
      </button>
      {open ? (
        <ChangeHistoryDialog
          table={table}
          recordId={recordId}
          tripId={tripId}
          label={label}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
