import { zodResolver } from '@hookform/resolvers/zod';
import type { Language } from '@shared/i18n/languages';
import { MEMBER_ROLES, type MemberInput, memberInput } from '@shared/model';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftedForm } from '../../components/DraftedForm';
import { Field } from '../../components/Field';
import { LocalizedInputs } from '../../components/LocalizedInputs';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { useDraftedForm } from '../../components/useDraftedForm';
import type { CommitDraft } from '../../components/useFormDraft';

export const EMPTY_MEMBER: MemberInput = {
  name: '',
  nameForHosts: '',
  affiliation: { ko: '', ja: '', en: '' },
  role: 'member',
  email: '',
  phone: '',
};

interface MemberFormProps {
  /** Where unsaved input is kept across reloads: one key per form and member. */
  draftKey: string;
  /** The stored version of the member the form edits (its hlc); null for a new member. */
  basedOn: string | null;
  defaultValues: MemberInput;
  submitLabel: string;
  /** Affiliations already on the roster in each language, offered as suggestions: most delegations repeat a few. */
  knownAffiliations: (lang: Language) => readonly string[];
  /** The hosts' language, for the input of the name as they read it. */
  hostLanguage: string;
  /** Saves through `commit`, which forgets the form's draft in the same transaction. */
  onSubmit: (member: MemberInput, commit: CommitDraft) => Promise<void>;
  onCancel: () => void;
  /** When given, a second button saves and clears the form for the next member. */
  onSubmitAndAddAnother?: ((member: MemberInput, commit: CommitDraft) => Promise<void>) | undefined;
  /** A member's own entry: they correct their contact details, the rest is the organisers' (shared/sync/permissions.ts). */
  contactOnly?: boolean | undefined;
}

export function MemberForm(props: MemberFormProps) {
  const { draftKey, basedOn, defaultValues, submitLabel, knownAffiliations, hostLanguage, onSubmit, onCancel } = props;
  const { t } = useTranslation(['members', 'common']);
  const [added, setAdded] = useState<{ message: string; count: number } | null>(null);
  const { form, errorText, submit, frame } = useDraftedForm({
    resolver: zodResolver(memberInput),
    defaultValues,
    draftKey,
    basedOn,
    onCancel,
  });
  const { register, formState, reset, setFocus } = form;
  const { errors, isSubmitting } = formState;

  // After "save and add another", the cursor goes back to the name, ready for the next member.
  const addedCount = added?.count ?? 0;
  useEffect(() => {
    if (addedCount > 0) setFocus('name');
  }, [addedCount, setFocus]);

  const save = (then: (member: MemberInput, commit: CommitDraft) => Promise<void>, again: boolean) =>
    submit(async (values, commit) => {
      await then(values, commit);
      if (again) {
        // Nothing of the member just saved carries over, not even the affiliation or the role: a
        // carried affiliation was saved unseen in the languages the organiser was not typing in
        // (the next member's 청주시 beside the last one's 忠清北道), and a carried role can make
        // the next member an organiser. The roster offers each affiliation already typed, in every
        // language, so repeating one is a pick. Back to the form's own defaults, its draft is
        // forgotten too: a reload must not bring the last member's values back either.
        reset();
        setAdded((last) => ({ message: t('form.added', { name: values.name }), count: (last?.count ?? 0) + 1 }));
      }
    });

  const { onSubmitAndAddAnother } = props;
  return (
    <DraftedForm
      frame={frame}
      onSubmit={save(onSubmit, false)}
      submitLabel={submitLabel}
      actions={
        onSubmitAndAddAnother ? (
          <button type="button" className="button" disabled={isSubmitting} onClick={save(onSubmitAndAddAnother, true)}>
            {t('form.addAnother')}
          </button>
        ) : null
      }
      status={
        <p className="form__status" role="status">
          {added?.message}
        </p>
      }
    >
      {props.contactOnly ? <ReadOnlyNote why="organisers_only" /> : null}
      {/* Disabled by the fieldset, the fields still give their values to the form: only contact details change. */}
      <fieldset disabled={props.contactOnly} className="read-only">
        <Field label={t('form.name')} hint={t('form.nameHint')} error={errorText(errors.name)} required>
          {(control) => (
            <input
              {...control}
              {...register('name')}
              // biome-ignore lint/a11y/noAutofocus: the user opened this form to type into it; the cursor waits in the first field.
              autoFocus={!props.contactOnly}
              className="input--wide"
            />
          )}
        </Field>
        <Field label={t('form.nameForHosts')} hint={t('form.nameForHostsHint')} error={errorText(errors.nameForHosts)}>
          {(control) => (
            <input {...control} {...register('nameForHosts')} lang={hostLanguage} className="input--wide" />
          )}
        </Field>
        <LocalizedInputs
          label={(lang) => t(`form.affiliation.${lang}`)}
          input={(lang) => register(`affiliation.${lang}`)}
          errors={errors.affiliation}
          suggestions={knownAffiliations}
        />
        <fieldset className="fieldset fieldset--row">
          <legend>{t('form.role')}</legend>
          {MEMBER_ROLES.map((role) => (
            <label key={role} className="choice">
              <input type="radio" value={role} {...register('role')} />
              {t(`roles.${role}`)}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <fieldset className="fieldset fieldset--row">
        <legend>{t('form.contactLegend')}</legend>
        <Field label={t('form.email')} error={errorText(errors.email)}>
          {(control) => <input {...control} type="email" inputMode="email" {...register('email')} />}
        </Field>
        <Field label={t('form.phone')} error={errorText(errors.phone)}>
          {(control) => <input {...control} type="tel" {...register('phone')} />}
        </Field>
      </fieldset>
    </DraftedForm>
  );
}
