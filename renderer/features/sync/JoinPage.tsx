import { httpSyncServer } from '@shared/sync/client';
import { notAJoinCode } from '@shared/sync/serverAddress';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { syncFetch } from '../../bridge/syncFetch';
import { getConnection } from '../../data/device/syncConnections';
import { useStore } from '../../data/hooks/StoreContext';
import { syncTrip } from '../../data/sync/syncTrip';
import { link } from '../../services/paths';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { join } from './connect';
import { DeviceNameField } from './DeviceNameField';
import { defaultDeviceName } from './deviceName';
import { useServerChangeQuestion } from './useServerChangeQuestion';
import { useSyncErrorText } from './useSyncErrorText';
import './sync.css';

/**
 * A member joins a trip with the join code the organiser gave them: the
 * device is bound to that member and the whole trip comes down, with its
 * progress shown, before the trip opens.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const store = useStore();
  const [, navigate] = useLocation();
  const errorText = useSyncErrorText();
  const { confirm, dialog } = useServerChangeQuestion();
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState(() => defaultDeviceName(navigator.userAgent) ?? '');
  const [error, setError] = useState<string | null>(null);
  const [received, setReceived] = useState<{ count: number; total: number | null } | null>(null);
  useDocumentTitle(t('syncSetup.joinTitle'));
  const submit = async () => {
    setError(null);
    if (!code.trim() || !deviceName.trim()) {
      setError(t('syncSetup.fillInJoin'));
      return;
    }
    const pasted = notAJoinCode(code);
    if (pasted) {
      setError(t(pasted === 'partial' ? 'syncSetup.joinCodePartial' : 'syncSetup.joinCodeIsServer'));
      return;
    }
    try {
      const tripId = await join(store, { joinCode: code, deviceName: deviceName.trim() }, confirm);
      if (!tripId) {
        setError(t('syncSetup.serverKept'));
        return;
      }
      const connection = await getConnection(store.db, tripId);
      if (!connection) throw new Error('not joined');
      setReceived({ count: 0, total: null });
      await syncTrip(
        store,
        httpSyncServer({ ...connection, fetch: syncFetch({ tripId: connection.tripId }) }),
        tripId,
        (progress) => setReceived({ count: progress.received, total: progress.toReceive }),
      );
      navigate(link('trip', { tripId }));
    } catch (cause) {
      setReceived(null);
      setError(errorText(cause));
    }
  };
  return (
    <section aria-labelledby="join-heading">
      <h1 id="join-heading">{t('syncSetup.joinTitle')}</h1>
      <form
        className="form sync-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span className="field__label">{t('syncSetup.joinCode')}</span>
          <input
            value={code}
            onChange={(event) => setCode(event.target.value)}
            placeholder="fb1:192.168.0.10:8787:…:K7QM-2X9PA"
            className="input--wide"
            autoComplete="off"
          />
        </label>
        <p className="field__hint">{t('syncSetup.joinHint')}</p>
        <DeviceNameField value={deviceName} onChange={setDeviceName} />
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        {received ? (
          <div className="sync-progress">
            <p role="status">
              {received.total
                ? t('syncSetup.downloadingOf', { count: received.count, total: received.total })
                : t('syncSetup.downloading', { count: received.count })}
            </p>
            {received.total ? (
              <progress max={received.total} value={received.count} aria-label={t('syncSetup.joinTitle')} />
            ) : null}
          </div>
        ) : null}
        <button type="submit" className="button button--primary" disabled={received !== null}>
          {t('syncSetup.join')}
        </button>
        {dialog}
      </form>
    </section>
  );
}
