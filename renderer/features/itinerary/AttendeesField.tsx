import type { ItineraryItemInput } from '@shared/itinerary/input';
import type { Member } from '@shared/model';
import type { UseFormRegister, UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMemberNames } from '../../components/MemberSelect';

interface AttendeesFieldProps {
  members: readonly Member[];
  attendeeIds: readonly string[] | null;
  register: UseFormRegister<ItineraryItemInput>;
  setValue: UseFormSetValue<ItineraryItemInput>;
}

/** Who goes: the whole delegation (the default), or the members ticked. */
export function AttendeesField({ members, attendeeIds, register, setValue }: AttendeesFieldProps) {
  const { t } = useTranslation('itinerary');
  const nameOf = useMemberNames(members[0]?.tripId);
  const whole = attendeeIds === null;
  return (
    <fieldset className="fieldset">
      <legend>{t('form.whoLegend')}</legend>
      <label className="choice">
        <input
          type="checkbox"
          checked={whole}
          onChange={(event) =>
            setValue('attendeeIds', event.target.checked ? null : members.map((member) => member.id), {
              shouldDirty: true,
            })
          }
        />
        {t('form.wholeDelegation')}
      </label>
      {whole ? null : (
        <div className="attendee-grid">
          {members.map((member) => {
            const { name, other } = nameOf(member);
            return (
              <label key={member.id} className="choice" title={other?.text}>
                <input type="checkbox" value={member.id} {...register('attendeeIds')} />
                <span lang={name.lang}>{name.text}</span>
              </label>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
