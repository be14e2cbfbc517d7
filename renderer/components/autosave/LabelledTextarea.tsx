import { type ReactNode, useId } from 'react';
import { ListTextarea } from './ListTextarea';

interface LabelledTextareaProps {
  label: string;
  hint?: string | undefined;
  value: string;
  lang?: string | undefined;
  rows: number;
  id?: string | undefined;
  onChange: (text: string) => void;
  /** Where the field's owner saves at once rather than after a pause. */
  onBlur: () => void;
  /** Below the text area and its hint, in the same field (a note's history). */
  children?: ReactNode;
}

/** A note's text area with its label, as every note that saves as it is typed shows it. */
export function LabelledTextarea({
  label,
  hint,
  value,
  lang,
  rows,
  id,
  onChange,
  onBlur,
  children,
}: LabelledTextareaProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={fieldId} className="field__label">
        {label}
      </label>
      <ListTextarea
        id={fieldId}
        className="autosave"
        value={value}
        lang={lang}
        rows={rows}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children}
    </div>
  );
}
