import { type Member, type RecordId, type ReportNote, type ReportNoteKey, reportNoteId } from '@shared/model';
import { LabelledTextarea } from '../../components/autosave/LabelledTextarea';
import { ReplacedNotice } from '../../components/autosave/ReplacedNotice';
import { useAutosave } from '../../components/autosave/useAutosave';
import { HistoryButton } from '../../components/noteHistory/HistoryButton';
import type { Store } from '../../data/database/store';
import { useLanguage } from '../../services/useLanguage';

interface Props {
  store: Store;
  tripId: RecordId;
  note: ReportNoteKey;
  /** What the organisers wrote so far, to find this note's stored text in. */
  notes: readonly ReportNote[];
  /** The roster, to say who wrote each version in the note's history. */
  members: readonly Member[];
  label: string;
}

/**
 * One part of the report the organiser writes (a finding, a visit's
 * summary, the evaluation): saved as typed, with a draft that survives a
 * crash and a version in the note's history, like every note.
 */
export function ReportNoteField({ store, tripId, note, notes, members, label }: Props) {
  const lang = useLanguage();
  const stored = notes.find((candidate) => candidate.id === reportNoteId(tripId, note));
  const { value, change, flush, replacedBy } = useAutosave({
    store,
    target: { kind: 'reportNote', tripId, note, lang },
    stored: stored?.body.text ?? '',
    storedVersion: stored?.hlc ?? null,
    storedBy: stored?.updatedBy,
  });
  return (
    <LabelledTextarea
      label={label}
      value={value}
      lang={stored?.body.lang ?? lang}
      rows={3}
      onChange={change}
      onBlur={() => void flush()}
    >
      <ReplacedNotice by={replacedBy} members={members} />
      {stored ? (
        <HistoryButton recordId={stored.id} members={members} store={store} table="reportNotes" label={label} />
      ) : null}
    </LabelledTextarea>
  );
}
