import type { Member, RecordId } from '@shared/model';
import { useState } from 'react';
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
 * takes the author from the device anyway. Once someone is writing, the
 * writer changes only by "Change" and a choice, and the change is said
 * aloud: an arrow key on a list must never hand what follows to someone else.
 */
export function MemberPicker({ members, current, onChoose, bound }: MemberPickerProps) {
  const { t } = useTranslation('notes');
  const [changing, setChanging] = useState(false);
  const [changed, setChanged] = useState(false);
  const name = members.find((member) => member.id === current)?.name ?? '';
  if (bound) {
    return (
      <p className="member-picker">
        {t('page.writingAs')} <strong>{name}</strong>
      </p>
    );
  }
  if (current && !changing) {
    return (
      <div className="member-picker">
        <span>
          {t('page.writingAs')} <strong>{name}</strong>
        </span>
        <button type="button" className="button button--small" onClick={() => setChanging(true)}>
          {t('page.changeWriter')}
        </button>
        <span role="status" className="visually-hidden">
          {changed ? t('page.nowWriting', { name }) : ''}
        </span>
      </div>
    );
  }
  return (
    <label className="member-picker">
      <span>{t('page.writingAs')}</span>
      <MemberSelect
        members={members}
        value={current}
        noneLabel={t('page.chooseMember')}
        onChange={(memberId) => {
          onChoose(memberId);
          setChanging(false);
          setChanged(true);
        }}
        withAffiliation
      />
    </label>
  );
}
