import { type Member, pickName, type RecordId } from '@shared/model';
import { useLanguage } from '../services/useLanguage';

interface MemberSelectProps {
  members: readonly Member[];
  value: RecordId | null;
  /** What the empty choice says: nobody yet, not recorded, choose yourself. */
  noneLabel: string;
  onChange: (memberId: RecordId | null) => void;
  onBlur?: () => void;
  /** Adds each member's affiliation, where names alone may not tell members apart. */
  withAffiliation?: boolean;
}

/** A choice of one member of the delegation, or none; put it inside the label that names it. */
export function MemberSelect({
  members,
  value,
  noneLabel,
  onChange,
  onBlur,
  withAffiliation = false,
}: MemberSelectProps) {
  const lang = useLanguage();
  return (
    <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)} onBlur={onBlur}>
      <option value="">{noneLabel}</option>
      {members.map((member) => {
        const affiliation = withAffiliation ? pickName(member.affiliation, [lang]) : '';
        return (
          <option key={member.id} value={member.id}>
            {member.name}
            {affiliation ? ` · ${affiliation}` : ''}
          </option>
        );
      })}
    </select>
  );
}
