import type { Member, RecordId } from '@shared/model';
import { useTranslation } from 'react-i18next';

interface MemberPickerProps {
  members: readonly Member[];
  current: RecordId | null;
  onChoose: (memberId: RecordId | null) => void;
}

/** "Writing as": which member uses this device, so that answers and changes are theirs. */
export function MemberPicker({ members, current, onChoose }: MemberPickerProps) {
  const { t } = useTranslation('notes');
  return (
    <label className="member-picker">
      <span>{t('workspace.writingAs')}</span>
      <select value={current ?? ''} onChange={(event) => onChoose(event.target.value || null)}>
        <option value="">{t('workspace.chooseMember')}</option>
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
            {member.affiliation ? ` · ${member.affiliation}` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
