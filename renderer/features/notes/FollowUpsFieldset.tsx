import { type FollowUp, type Member, newId, type TranslatableText } from '@shared/model';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberSelect } from '../../components/MemberSelect';

interface FollowUpsFieldsetProps {
  followUps: readonly FollowUp[];
  members: readonly Member[];
  /** The language a new follow-up's text starts in. */
  lang: TranslatableText['lang'];
  onChange: (followUps: FollowUp[]) => void;
  onBlur: () => void;
}

/** The minutes' follow-ups: what is to be done, by which member, and whether it is; drawn again only when they change. */
export const FollowUpsFieldset = memo(function FollowUpsFieldset({
  followUps,
  members,
  lang,
  onChange,
  onBlur,
}: FollowUpsFieldsetProps) {
  const { t } = useTranslation('notes');
  const update = (id: FollowUp['id'], patch: Partial<FollowUp>) =>
    onChange(followUps.map((other) => (other.id === id ? { ...other, ...patch } : other)));

  return (
    <fieldset className="fieldset">
      <legend>{t('minutes.followUps')}</legend>
      {followUps.map((followUp, index) => (
        <div key={followUp.id} className="row">
          <label className="field row__grow">
            <span className="field__label">{t('minutes.followUpText', { n: index + 1 })}</span>
            <input
              value={followUp.text.text}
              className="input--wide"
              onChange={(event) => update(followUp.id, { text: { ...followUp.text, text: event.target.value } })}
              onBlur={onBlur}
            />
          </label>
          <label className="field">
            <span className="field__label">{t('minutes.followUpOwner')}</span>
            <MemberSelect
              members={members}
              value={followUp.ownerId}
              noneLabel={t('minutes.nobody')}
              onChange={(ownerId) => update(followUp.id, { ownerId })}
            />
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={followUp.done}
              onChange={(event) => update(followUp.id, { done: event.target.checked })}
            />
            {t('minutes.followUpDone')}
          </label>
          <button
            type="button"
            className="button button--small button--danger-quiet"
            onClick={() => onChange(followUps.filter((other) => other.id !== followUp.id))}
          >
            {t('minutes.removeFollowUp', { n: index + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() =>
          onChange([
            ...followUps,
            { id: newId(), text: { lang, text: '', translations: {} }, ownerId: null, done: false },
          ])
        }
      >
        + {t('minutes.addFollowUp')}
      </button>
    </fieldset>
  );
});
