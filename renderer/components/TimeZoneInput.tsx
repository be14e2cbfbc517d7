import type { ZoneMatch, ZoneResolution } from '@shared/itinerary/zones';
import { isTimeZone } from '@shared/model';
import { type KeyboardEvent, type Ref, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeTimeZone } from '../i18n/format';
import { useLanguage } from '../services/useLanguage';
import type { FieldControlProps } from './Field';
import { useZoneIndex } from './useZoneIndex';
import { ZoneOption } from './ZoneOption';
import './timeZoneInput.css';

type TimeZoneInputProps = FieldControlProps & {
  name: string;
  disabled?: boolean | undefined;
  /** The form's value: an IANA zone once what is typed names one, else the text as typed. */
  value: string | null;
  onChange: (value: string) => void;
  onBlur: () => void;
  ref?: Ref<HTMLInputElement>;
  /** The day on which to describe the zone's offset (offsets change with daylight saving). */
  on: string;
};

/** Why what was typed is not a zone, said once the field is left. */
type Refusal = { text: string; several: boolean } | null;

/**
 * A time zone found by a city's or a country's name in Korean, Japanese or English, or by
 * its IANA name (a combobox with a list of suggestions). Text that names one zone is taken
 * as that zone at once, so the form validates and stores the zone, never the city.
 */
export function TimeZoneInput({ value, onChange, onBlur, on, ref, ...inputProps }: TimeZoneInputProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const listId = useId();
  const echoId = useId();
  const index = useZoneIndex();
  const [text, setText] = useState(value ?? '');
  const [shown, setShown] = useState(value ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [refusal, setRefusal] = useState<Refusal>(null);

  // A value set from outside (a draft put back, the form reset) replaces the text.
  if ((value ?? '') !== shown) {
    setShown(value ?? '');
    setText(value ?? '');
  }

  const resolve = (typed: string): ZoneResolution =>
    index ? index.resolve(typed) : isTimeZone(typed.trim()) ? { zone: typed.trim() } : null;
  const zoneOf = (typed: string) => {
    const resolution = resolve(typed);
    return resolution && 'zone' in resolution ? resolution.zone : null;
  };
  const emit = (next: string) => {
    setShown(next);
    onChange(next);
  };

  // What was typed before the list loaded is read again once it has.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the index's arrival re-reads the text
  useEffect(() => {
    const zone = index ? zoneOf(text) : null;
    if (zone && zone !== value) emit(zone);
  }, [index]);

  const suggestions: ZoneMatch[] = open && index ? index.search(text) : [];
  const expanded = suggestions.length > 0;

  const type = (typed: string) => {
    setText(typed);
    setOpen(true);
    setActive(-1);
    setRefusal(null);
    emit(zoneOf(typed) ?? typed);
  };
  const pick = (match: ZoneMatch) => {
    setText(match.zone);
    setOpen(false);
    setActive(-1);
    setRefusal(null);
    emit(match.zone);
  };
  const leave = () => {
    setOpen(false);
    setActive(-1);
    const resolution = resolve(text);
    if (resolution && 'zone' in resolution) {
      setText(resolution.zone);
      if (resolution.zone !== value) emit(resolution.zone);
    } else if (text.trim()) {
      setRefusal({ text: text.trim(), several: resolution !== null });
    }
    onBlur();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const count = suggestions.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      if (count === 0) return;
      setActive(event.key === 'ArrowDown' ? (active + 1) % count : active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      // Enter picks the suggestion; the form is submitted by the next Enter.
      event.preventDefault();
      const match = suggestions[active];
      if (match) pick(match);
    } else if (event.key === 'Enter') {
      const zone = zoneOf(text);
      if (zone) setText(zone);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const day = /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : new Date().toISOString().slice(0, 10);
  const described = value && isTimeZone(value) && zoneOf(text) === value ? describeTimeZone(value, lang, day) : null;
  const echo = refusal
    ? t(refusal.several ? 'timeZone.several' : 'timeZone.unknown', { text: refusal.text })
    : described
      ? t('timeZone.withOffset', described)
      : null;
  const describedBy = [inputProps['aria-describedby'], echo ? echoId : null].filter(Boolean).join(' ') || undefined;
  const now = new Date();

  return (
    <div className="zone-input">
      <input
        {...inputProps}
        ref={ref}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => type(event.target.value)}
        onBlur={leave}
        onKeyDown={onKeyDown}
      />
      <div id={listId} role="listbox" className="zone-input__list" hidden={!expanded}>
        {suggestions.map((match, i) => (
          <ZoneOption
            key={`${match.zone}|${match.matched}`}
            id={`${listId}-${i}`}
            match={match}
            selected={i === active}
            at={now}
            onPick={() => pick(match)}
          />
        ))}
      </div>
      <span id={echoId} className={refusal ? 'field__echo field__echo--refused' : 'field__echo'} aria-live="polite">
        {echo}
      </span>
    </div>
  );
}
