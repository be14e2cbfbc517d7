import type { Member, Trip } from '@shared/model';
import { SyncError } from '@shared/sync/client';
import { parseServerAddress } from '@shared/sync/serverAddress';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { MemberSelect } from '../../components/MemberSelect';
import { useStore } from '../../data/hooks/StoreContext';
import { link } from '../../services/paths';
import { publish } from './connect';
import { DeviceNameField } from './DeviceNameField';
import { defaultDeviceName } from './deviceName';
import { useOwnServer } from './useOwnServer';
import { useServerChangeQuestion } from './useServerChangeQuestion';
import { useSyncErrorText } from './useSyncErrorText';

/** A refused setup code in words for the organiser, who is the one publishing here, rather than for a member. */
const SETUP_CODE_WORDS = {
  code_invalid: 'syncSetup.setupCodeInvalid',
  code_expired: 'syncSetup.setupCodeExpired',
} as const;

/** Publishing a trip to the delegation's server, from the device that becomes its organiser's. */
export function PublishForm({ trip, members }: { trip: Trip; members: readonly Member[] }) {
  const { t } = useTranslation();
  const store = useStore();
  const errorText = useSyncErrorText();
  const { confirm, dialog } = useServerChangeQuestion();
  const organisers = members.filter((member) => member.role === 'organiser');
  const ownServer = useOwnServer();
  // What the organiser typed, else the address of the server that served this page. Once they are in the
  // field it keeps what it showed: an answer of that server arriving then would join their paste or typing.
  const [typed, setTyped] = useState<string | null>(null);
  const address = typed ?? ownServer ?? '';
  const [setupCode, setSetupCode] = useState('');
  const [deviceName, setDeviceName] = useState(() => defaultDeviceName(navigator.userAgent) ?? '');
  const [memberId, setMemberId] = useState(organisers[0]?.id ?? null);
  // `joinInstead`: the trip is on the server already, so this device may join it rather than publish it.
  const [error, setError] = useState<{ text: string; joinInstead?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!memberId || !address.trim() || !setupCode.trim() || !deviceName.trim()) {
      setError({ text: t('syncSetup.fillIn') });
      return;
    }
    const server = parseServerAddress(address);
    if (!server || server === 'cleartext') {
      setError({ text: server ? t('sync.errors.cleartext') : t('syncSetup.badServer') });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const input = { server, setupCode, tripId: trip.id, memberId, deviceName: deviceName.trim() };
      if (!(await publish(store, input, confirm))) setError({ text: t('syncSetup.serverKept') });
    } catch (cause) {
      const code = cause instanceof SyncError ? cause.code : null;
      const text = code === 'code_invalid' || code === 'code_expired' ? t(SETUP_CODE_WORDS[code]) : errorText(cause);
      setError({ text, joinInstead: code === 'trip_exists' });
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
          onChange={(event) => setTyped(event.target.value)}
          onFocus={(event) => setTyped((current) => current ?? event.target.value)}
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
          {error.text}
          {error.joinInstead ? (
            <>
              {' '}
              <Link href={link('join')}>{t('syncSetup.joinWithCode')}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('syncSetup.publish')}
      </button>
      {dialog}
    </form>
  );
}
