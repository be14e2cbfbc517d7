import type { Member, RecordId } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { MemberSelect } from '../../components/MemberSelect';

interface MemberPickerProps {
  members: readonly Member[];
  current: RecordId | null;
  onChoose: (memberId: RecordId | null) => void;
  /** The device is bound to its member by the sync server: it writes as them, and nobody else. */
  bound: boolean;
}

/**
 * "Writing as": which member uses this device, so that answers and changes
 * are theirs. A choice on a device that has joined no server, and on the
 * organiser's (recording on behalf of a member); a member's own device,
 * bound to them when it joined, only says who it writes as: the server
 * takes the author from the device anyway.
 */
export function MemberPicker({ members, current, onChoose, bound }: MemberPickerProps) {
  const { t } = useTranslation('notes');
  if (bound) {
    const name = members.find((member) => member.id === current)?.name ?? '';
    return (
      <p className="member-picker">
        {t('page.writingAs')} <strong>{name}</strong>
      </p>
    );
  }
  return (
    <label className="member-picker">
      <span>{t('page.writingAs')}</span>
      <MemberSelect
        members={members}
        value={current}
        noneLabel={t('page.chooseMember')}
        onChange={onChoose}
        withAffiliation
      />
    </label>
  );
}
