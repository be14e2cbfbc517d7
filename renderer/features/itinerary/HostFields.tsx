import type { Language } from '@shared/i18n/languages';
import type { ItineraryItemInput } from '@shared/itinerary/input';
import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { LocalizedInputs } from '../../components/LocalizedInputs';

interface HostFieldsProps {
  register: UseFormRegister<ItineraryItemInput>;
  control: Control<ItineraryItemInput>;
  errors: FieldErrors<ItineraryItemInput>;
  /** The language in which the host's name is required (visits only). */
  requiredLanguage: Language | null;
}

/** The host organisation: its name in each language, its address, the people to meet. */
export function HostFields({ register, control, errors, requiredLanguage }: HostFieldsProps) {
  const { t } = useTranslation(['itinerary', 'common']);
  const contacts = useFieldArray({ control, name: 'host.contacts' });
  return (
    <fieldset className="fieldset">
      <legend>{t('form.hostLegend')}</legend>
      <LocalizedInputs
        label={(lang) => t(`form.hostName.${lang}`)}
        input={(lang) => register(`host.name.${lang}`)}
        errors={errors.host?.name}
        requiredLanguage={requiredLanguage}
      />
      <LocalizedInputs
        label={(lang) => t(`form.address.${lang}`)}
        input={(lang) => register(`host.address.${lang}`)}
        errors={errors.host?.address}
      />
      <fieldset className="fieldset contacts">
        <legend>{t('form.contactsLegend')}</legend>
        {contacts.fields.map((field, index) => (
          <div key={field.id} className="contact-row">
            <Field label={t('form.contactTitleKo')}>
              {(control) => <input {...control} {...register(`host.contacts.${index}.title.ko`)} lang="ko" />}
            </Field>
            <Field label={t('form.contactTitleJa')}>
              {(control) => <input {...control} {...register(`host.contacts.${index}.title.ja`)} lang="ja" />}
            </Field>
            <Field label={t('form.contactNameKo')}>
              {(control) => <input {...control} {...register(`host.contacts.${index}.name.ko`)} lang="ko" />}
            </Field>
            <Field label={t('form.contactNameJa')}>
              {(control) => <input {...control} {...register(`host.contacts.${index}.name.ja`)} lang="ja" />}
            </Field>
            <Field label={t('form.contactReach')}>
              {(control) => <input {...control} {...register(`host.contacts.${index}.contact`)} />}
            </Field>
            <button
              type="button"
              className="button button--small button--danger-quiet"
              onClick={() => contacts.remove(index)}
            >
              {t('form.removeContact', { n: index + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => contacts.append({ name: { ko: '', ja: '' }, title: { ko: '', ja: '' }, contact: '' })}
        >
          + {t('form.addContact')}
        </button>
      </fieldset>
    </fieldset>
  );
}
