import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { forgetConnection, type SyncConnection } from '../../data/device/syncConnections';
import { useStore } from '../../data/hooks/StoreContext';

/**
 * The way out of any sync state this device cannot mend by itself (the
 * server reset or replaced, this device revoked): it stops syncing the trip
 * and keeps everything; publishing or joining again then sends all of it.
 */
export function StopSyncing({ connection }: { connection: SyncConnection }) {
  const { t } = useTranslation();
  const store = useStore();
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="stop-syncing-heading">
      <h2 id="stop-syncing-heading">{t('syncSetup.stopTitle')}</h2>
      <p className="muted">{t(connection.organiser ? 'syncSetup.stopHintOrganiser' : 'syncSetup.stopHintMember')}</p>
      <button type="button" className="button button--danger-quiet" onClick={() => setAsking(true)}>
        {t('syncSetup.stop')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('syncSetup.stopConfirmTitle')}
        body={t('syncSetup.stopConfirmBody', { server: connection.baseUrl })}
        confirmLabel={t('syncSetup.stop')}
        cancelLabel={t('actions.cancel')}
        onConfirm={() => {
          setAsking(false);
          void forgetConnection(store, connection.tripId);
        }}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}
