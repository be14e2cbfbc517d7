import type { NoteTarget } from '@shared/notes/noteTarget';
import type { Store } from '../../data/database/store';
import { LabelledTextarea } from './LabelledTextarea';
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
export function AutosaveTextarea({ store, target, stored, storedVersion, rows = 4, ...field }: AutosaveTextareaProps) {
  const { value, change, flush } = useAutosave({ store, target, stored, storedVersion });
  return <LabelledTextarea {...field} rows={rows} value={value} onChange={change} onBlur={() => void flush()} />;
}
