import { readTypedDate, readTypedTime } from '@shared/model/typedTime';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldControlProps } from '../Field';
import './typedTime.css';

interface TypedInputProps extends Partial<FieldControlProps> {
  registered: UseFormRegisterReturn;
}

/**
 * Puts what was read of a typed value in its place (2026.10.21 becomes
 * 2026-10-21, 오후 3:20 becomes 15:20), as a change of the form, so that what
 * the form holds is what it shows. Left as typed when it cannot be read: the
 * form's check then says what it expects.
 */
function settle(input: HTMLInputElement, read: (typed: string) => string | null, registered: UseFormRegisterReturn) {
  const value = read(input.value);
  if (value === null || value === input.value) return;
  input.value = value;
  void registered.onChange({ target: input, type: 'change' });
}

const settleOnEnter =
  (read: (typed: string) => string | null, registered: UseFormRegisterReturn) =>
  (event: KeyboardEvent<HTMLInputElement>) => {
    // Before the form is sent by this Enter, so that it sends what was read.
    if (event.key === 'Enter') settle(event.currentTarget, read, registered);
  };

/**
 * A day, typed and shown as YYYY-MM-DD in every interface language: a native
 * date field shows the browser's own format (mm/dd/yyyy in a Korean interface
 * on an English system). The calendar button opens the browser's date picker
 * for those who would rather point.
 */
export function DateInput({ registered, ...control }: TypedInputProps) {
  const { t } = useTranslation();
  const typed = useRef<HTMLInputElement | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const openPicker = () => {
    const input = picker.current;
    if (!input || typeof input.showPicker !== 'function') return;
    input.value = readTypedDate(typed.current?.value ?? '') ?? '';
    input.showPicker();
  };
  return (
    <span className="typed-date">
      <input
        {...control}
        {...registered}
        ref={(input) => {
          typed.current = input;
          registered.ref(input);
        }}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('typedTime.datePlaceholder')}
        onBlur={(event) => {
          settle(event.target, readTypedDate, registered);
          return registered.onBlur(event);
        }}
        onKeyDown={settleOnEnter(readTypedDate, registered)}
      />
      <button type="button" className="typed-date__calendar" onClick={openPicker} aria-label={t('typedTime.calendar')}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" />
        </svg>
      </button>
      <input
        ref={picker}
        type="date"
        className="typed-date__picker"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const input = typed.current;
          if (!input || !event.target.value) return;
          input.value = event.target.value;
          void registered.onChange({ target: input, type: 'change' });
          input.focus();
        }}
      />
    </span>
  );
}

/** A time field's own attributes: digits on a touch keyboard, nothing suggested or spell-checked. */
const TIME_FIELD = {
  type: 'text',
  inputMode: 'numeric',
  autoComplete: 'off',
  spellCheck: false,
  className: 'typed-time',
} as const;

/** A time of day, typed and shown on the 24-hour clock (15:20) in every interface language. */
export function TimeInput({ registered, ...control }: TypedInputProps) {
  const { t } = useTranslation();
  return (
    <input
      {...control}
      {...registered}
      {...TIME_FIELD}
      placeholder={t('typedTime.timePlaceholder')}
      onBlur={(event) => {
        settle(event.target, readTypedTime, registered);
        return registered.onBlur(event);
      }}
      onKeyDown={settleOnEnter(readTypedTime, registered)}
    />
  );
}

interface TimeValueInputProps {
  id: string;
  value: string | null;
  /** Told each time what is typed reads as a time, and null once the field is emptied. */
  onChange: (time: string | null) => void;
  onBlur?: () => void;
}

/**
 * A time of day its owner keeps (a note's field that saves as it is typed,
 * not a form's): shown on the 24-hour clock, read as typed (TimeInput), and
 * told to the owner as soon as it reads as a time, so that a crash keeps it.
 * What cannot be read stays in the field, marked, until it is corrected.
 */
export function TimeValueInput({ id, value, onChange, onBlur }: TimeValueInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const [unreadable, setUnreadable] = useState(false);
  const focused = useRef(false);
  const errorId = useId();
  // A time from elsewhere (a sync, an undo) shows, unless the field is being typed in.
  useEffect(() => {
    if (!focused.current) setText(value ?? '');
  }, [value]);
  return (
    <>
      <input
        id={id}
        {...TIME_FIELD}
        placeholder={t('typedTime.timePlaceholder')}
        value={text}
        aria-invalid={unreadable}
        aria-describedby={unreadable ? errorId : undefined}
        onFocus={() => {
          focused.current = true;
        }}
        onChange={(event) => {
          setText(event.target.value);
          const typed = event.target.value.trim();
          const time = typed === '' ? null : readTypedTime(typed);
          if (typed === '' || time !== null) onChange(time);
        }}
        onBlur={() => {
          focused.current = false;
          const time = readTypedTime(text);
          if (time) setText(time);
          setUnreadable(text.trim() !== '' && time === null);
          onBlur?.();
        }}
      />
      {unreadable ? (
        <span id={errorId} className="field__error" role="alert">
          {t('validation.time')}
        </span>
      ) : null}
    </>
  );
}
