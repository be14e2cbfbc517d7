import type { Member, RecordId } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { MemberSelect } from '../../components/MemberSelect';

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
