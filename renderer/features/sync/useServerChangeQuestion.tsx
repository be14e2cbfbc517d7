import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { ConfirmServerChange } from './connect';

/**
 * The question before a trip syncs with another server than before, as a
 * promise the publish and join flows wait on, and the dialog that asks it.
 * Cancel is the answer a stray Enter gives.
 */
export function useServerChangeQuestion(): { confirm: ConfirmServerChange; dialog: ReactNode } {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<{ server: string; answer: (yes: boolean) => void } | null>(null);
  const confirm = useCallback<ConfirmServerChange>(
    (server) => new Promise((answer) => setAsking({ server, answer })),
    [],
  );
  const answer = (yes: boolean) => {
    asking?.answer(yes);
    setAsking(null);
  };
  const dialog = (
    <ConfirmDialog
      open={asking !== null}
      title={t('syncSetup.serverChangedTitle')}
      body={t('syncSetup.serverChangedBody', { server: asking?.server ?? '' })}
      confirmLabel={t('syncSetup.serverChangedConfirm')}
      cancelLabel={t('actions.cancel')}
      onConfirm={() => answer(true)}
      onCancel={() => answer(false)}
    />
  );
  return { confirm, dialog };
}
