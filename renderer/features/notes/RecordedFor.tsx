import type { Member, RecordId } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { useMemberNames } from '../../components/MemberSelect';

interface RecordedForProps {
  /** Who wrote the note (see useNoteAuthors); undefined when not known. */
  author: RecordId | undefined;
  /** The member the note is from: an answer's member, a question's asker. */
  owner: RecordId | null;
  members: readonly Member[];
}

/** "Recorded by X for Y", when a note was written by someone else than the member it is from; nothing otherwise. */
export function RecordedFor({ author, owner, members }: RecordedForProps) {
  if (!author || !owner || author === owner) return null;
  return <RecordedLine author={author} owner={owner} members={members} />;
}

/** The line itself, apart so that only a note that has one reads how the trip names its members. */
function RecordedLine({ author, owner, members }: { author: RecordId; owner: RecordId; members: readonly Member[] }) {
  const { t } = useTranslation('history');
  const nameOf = useMemberNames(members[0]?.tripId);
  const named = (id: RecordId) => {
    const member = members.find((candidate) => candidate.id === id);
    return member ? nameOf(member).name.text : t('unknown');
  };
  return <p className="recorded-for">{t('authorship.recordedFor', { author: named(author), owner: named(owner) })}</p>;
}
