import type { Member, RecordId } from '@shared/model';
import { useTranslation } from 'react-i18next';

interface RecordedForProps {
  /** Who wrote the note (see useNoteAuthors); undefined when not known. */
  author: RecordId | undefined;
  /** The member the note is from: an answer's member, a question's asker. */
  owner: RecordId | null;
  members: readonly Member[];
}

/** "Recorded by X for Y", when a note was written by someone else than the member it is from; nothing otherwise. */
export function RecordedFor({ author, owner, members }: RecordedForProps) {
  const { t } = useTranslation('history');
  if (!author || !owner || author === owner) return null;
  const nameOf = (id: RecordId) => members.find((member) => member.id === id)?.name ?? t('unknown');
  return (
    <p className="recorded-for">{t('authorship.recordedFor', { author: nameOf(author), owner: nameOf(owner) })}</p>
  );
}
