import type { ChangedBy, Member } from '@shared/model';
import type { NoteTarget } from '@shared/notes/noteTarget';
import type { Store } from '../../data/database/store';
import { LabelledTextarea } from './LabelledTextarea';
import { ReplacedNotice } from './ReplacedNotice';
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
  /** Who stored it last (the record's updatedBy); absent before the note exists. */
  storedBy: ChangedBy | undefined;
  /** The roster, to say whose text replaced what was shown. */
  members: readonly Member[];
  lang?: string | undefined;
  rows?: number;
  id?: string;
}

/** A notes text area that saves itself as the user types (see useAutosave). */
export function AutosaveTextarea({
  store,
  target,
  stored,
  storedVersion,
  storedBy,
  members,
  rows = 4,
  ...field
}: AutosaveTextareaProps) {
  const { value, change, flush, replacedBy } = useAutosave({ store, target, stored, storedVersion, storedBy });
  return (
    <LabelledTextarea {...field} rows={rows} value={value} onChange={change} onBlur={() => void flush()}>
      <ReplacedNotice by={replacedBy} members={members} />
    </LabelledTextarea>
  );
}
