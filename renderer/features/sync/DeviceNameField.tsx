import { DEVICE_NAME_MAX } from '@shared/sync/access';
import { useTranslation } from 'react-i18next';

/** The name this device goes by in the trip's device list; its owner may change the one offered. */
export function DeviceNameField({ value, onChange }: { value: string; onChange: (name: string) => void }) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span className="field__label">{t('syncSetup.deviceName')}</span>
      <input
        value={value}
        onChange={(event) => onChange(event.target.value)}
        maxLength={DEVICE_NAME_MAX}
        autoComplete="off"
      />
      <span className="field__hint">{t('syncSetup.deviceNameHint')}</span>
    </label>
  );
}
