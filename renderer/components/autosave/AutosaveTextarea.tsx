import type { NoteTarget } from '@shared/notes/noteTarget';
import { useId } from 'react';
import type { Store } from '../../data/database/store';
import { ListTextarea } from './ListTextarea';
import { useAutosave } from './useAutosave';

type TextTarget = Extract<NoteTarget, { kind: 'answer' }>;

interface AutosaveTextareaProps {
  label: string;
  hint?: string | undefined;
  store: Store;
  target: TextTarget;
  stored: string;
  /** The stored version shown (the record's hlc); null before the note exists. */
  storedVersion: string | null;
  lang?: string | undefined;
  rows?: number;
  id?: string;
}

/** A notes text area that saves itself as the user types (see useAutosave). */
export function AutosaveTextarea({
  label,
  hint,
  store,
  target,
  stored,
  storedVersion,
  lang,
  rows = 4,
  id,
}: AutosaveTextareaProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const { value, change, flush } = useAutosave({ store, target, stored, storedVersion });
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
