import { useId } from 'react';
import { ListTextarea } from './ListTextarea';
import { useAutosave } from './useAutosave';

interface AutosaveTextareaProps {
  label: string;
  hint?: string | undefined;
  /** Names this text on the device, for the crash journal (e.g. 'answer:<id>'). */
  journalKey: string;
  stored: string;
  save: (text: string) => Promise<void>;
  lang?: string | undefined;
  rows?: number;
  id?: string;
}

/** A notes text area that saves itself as the user types (see useAutosave). */
export function AutosaveTextarea({ label, hint, journalKey, stored, save, lang, rows = 4, id }: AutosaveTextareaProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const { value, change, flush } = useAutosave({ journalKey, stored, save });
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
        onChange={(event) => change(event.target.value)}
        onBlur={() => void flush()}
      />
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
