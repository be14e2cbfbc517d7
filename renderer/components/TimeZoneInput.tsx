import { isTimeZone } from '@shared/model';
import { type ComponentProps, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeTimeZone, timeZoneNames } from '../i18n/format';
import { useLanguage } from '../services/useLanguage';

type TimeZoneInputProps = ComponentProps<'input'> & {
  /** The current value, to describe it ('Japan Time (GMT+9)') beside the input. */
  zone: string;
  /** The day on which to describe the zone's offset (offsets change with daylight saving). */
  on: string;
};

/** An IANA zone name with suggestions as you type, and the zone's name and offset once valid. */
export function TimeZoneInput({ zone, on, ...inputProps }: TimeZoneInputProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const listId = useId();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : new Date().toISOString().slice(0, 10);
  const description = isTimeZone(zone) ? describeTimeZone(zone, lang, day) : null;
  return (
    <>
      <input {...inputProps} list={listId} autoComplete="off" spellCheck={false} />
      <datalist id={listId}>
        {timeZoneNames().map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {description ? <span className="field__echo">{t('timeZone.withOffset', description)}</span> : null}
    </>
  );
}
