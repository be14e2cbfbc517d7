import type { Member, Trip } from '@shared/model';
import { SyncError } from '@shared/sync/client';
import { parseServerAddress } from '@shared/sync/serverAddress';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberSelect } from '../../components/MemberSelect';
import { useStore } from '../../data/hooks/StoreContext';
import { publish } from './connect';
import { DeviceNameField } from './DeviceNameField';
import { defaultDeviceName } from './deviceName';
import { useServerChangeQuestion } from './useServerChangeQuestion';
import { useSyncErrorText } from './useSyncErrorText';

/** Publishing a trip to the delegation's server, from the device that becomes its organiser's. */
export function PublishForm({ trip, members }: { trip: Trip; members: readonly Member[] }) {
  const { t } = useTranslation();
  const store = useStore();
  const errorText = useSyncErrorText();
  const { confirm, dialog } = useServerChangeQuestion();
  const organisers = members.filter((member) => member.role === 'organiser');
  const [address, setAddress] = useState('');
  const [setupCode, setSetupCode] = useState('');
  const [deviceName, setDeviceName] = useState(() => defaultDeviceName(navigator.userAgent) ?? '');
  const [memberId, setMemberId] = useState(organisers[0]?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!memberId || !address.trim() || !setupCode.trim() || !deviceName.trim()) {
      setError(t('syncSetup.fillIn'));
      return;
    }
    const server = parseServerAddress(address);
    if (!server || server === 'cleartext') {
      setError(server ? t('sync.errors.cleartext') : t('syncSetup.badServer'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const input = { server, setupCode, tripId: trip.id, memberId, deviceName: deviceName.trim() };
      if (!(await publish(store, input, confirm))) setError(t('syncSetup.serverKept'));
    } catch (cause) {
      // The words for an expired invitation send the reader to the organiser, who is the one publishing here.
      const expired = cause instanceof SyncError && cause.code === 'code_expired';
      setError(expired ? t('syncSetup.setupCodeExpired') : errorText(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="form sync-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('syncSetup.publishTitle')}</h2>
      <p className="field__hint">{t('syncSetup.publishHint')}</p>
      <label className="field">
        <span className="field__label">{t('syncSetup.server')}</span>
        <input
          value={address}
          onChange={(event) => setAddress(event.target.value)}
          placeholder="fb1:192.168.0.10:8787:…"
          className="input--wide"
          autoComplete="off"
          spellCheck={false}
        />
        <span className="field__hint">{t('syncSetup.serverHint')}</span>
      </label>
      <label className="field">
        <span className="field__label">{t('syncSetup.setupCode')}</span>
        <input value={setupCode} onChange={(event) => setSetupCode(event.target.value)} autoComplete="off" />
      </label>
      <label className="field">
        <span className="field__label">{t('syncSetup.youAre')}</span>
        <MemberSelect
          members={organisers}
          value={memberId}
          noneLabel={t('syncSetup.chooseOrganiser')}
          onChange={setMemberId}
        />
      </label>
      <DeviceNameField value={deviceName} onChange={setDeviceName} />
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('syncSetup.publish')}
      </button>
      {dialog}
    </form>
  );
}
