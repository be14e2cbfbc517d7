import type { ChangedBy, Member } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { useMemberNames } from '../MemberSelect';

interface ReplacedNoticeProps {
  /** Who wrote the text that replaced what the editor showed (useAutosave's replacedBy); null when nothing did. */
  by: ChangedBy | null;
  members: readonly Member[];
}

/**
 * Says that the text shown was replaced by another device's, and whose: a
 * screen reader would otherwise not know that what it reads changed under
 * the caret. The live region is always there, empty until then, so that
 * what comes into it is announced.
 */
export function ReplacedNotice({ by, members }: ReplacedNoticeProps) {
  const { t } = useTranslation('notes');
  const nameOf = useMemberNames(members[0]?.tripId);
  const member = members.find((one) => one.id === by?.memberId);
  const name = member ? nameOf(member).name.text : undefined;
  return (
    <p role="status" className="field__hint">
      {by ? (name ? t('save.replacedBy', { name }) : t('save.replacedElsewhere')) : null}
    </p>
  );
}
