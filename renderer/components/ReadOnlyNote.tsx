import type { Refusal } from '@shared/sync/permissions';
import { useRoleWords } from './useRoleWords';

/** Why what is shown is not offered for editing: the roles keep it from the user. */
export function ReadOnlyNote({ why }: { why: Refusal }) {
  const roleWords = useRoleWords();
  return <p className="read-only-note">{roleWords(why)}</p>;
}
