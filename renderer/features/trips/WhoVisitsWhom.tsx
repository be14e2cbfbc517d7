import { zodResolver } from '@hookform/resolvers/zod';
import { LANGUAGE_AUTONYMS, LANGUAGES } from '@shared/i18n/languages';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormAlerts';
import { useFieldError } from '../../components/useFieldError';
import type { TripParties } from '../../data/device/tripParties';
import { useLanguage } from '../../services/useLanguage';
import { countryOptions, OTHER_COUNTRY, partiesFrom, usualLanguage } from './countries';

const required = 'validation.required';
const side = z.object({
  country: z.string().min(1, required),
  // Nothing chosen ('') until the user chooses.
  language: z.enum(['', ...LANGUAGES]).pipe(z.enum(LANGUAGES, { message: required })),
});
const answer = z.object({ home: side, host: side });
const SIDES = ['home', 'host'] as const;

interface WhoVisitsWhomProps {
  deviceTimeZone: string;
  onAnswer: (parties: TripParties) => Promise<void>;
  onCancel: () => void;
}

/**
 * The first trip on a device asks who visits whom, nothing chosen in advance:
 * the interface language says nothing about it. Naming a country proposes its
 * language and sets its time zone; later trips start from the last one.
 */
export function WhoVisitsWhom({ deviceTimeZone, onAnswer, onCancel }: WhoVisitsWhomProps) {
  const { t } = useTranslation('trips');
  const lang = useLanguage();
  const errorText = useFieldError();
  const empty = { country: '', language: '' } as const;
  const { register, handleSubmit, setValue, formState } = useForm<
    z.input<typeof answer>,
    unknown,
    z.output<typeof answer>
  >({ resolver: zodResolver(answer), defaultValues: { home: empty, host: empty } });
  const countries = countryOptions(lang);
  const submit = handleSubmit((values) => onAnswer(partiesFrom(values, deviceTimeZone)));

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="parties-heading">
      <h2 id="parties-heading">{t('parties.question')}</h2>
      <p className="field__hint">{t('parties.hint')}</p>
      {SIDES.map((which) => (
        <fieldset key={which} className="fieldset fieldset--row">
          <legend>{t(`parties.${which}`)}</legend>
          <Field label={t('parties.country')} error={errorText(formState.errors[which]?.country)} required>
            {(control) => (
              <select
                {...control}
                {...register(`${which}.country`, {
                  onChange: (event) =>
                    setValue(`${which}.language`, usualLanguage(event.target.value), { shouldValidate: true }),
                })}
              >
                <option value="">{t('parties.choose')}</option>
                {countries.map(({ code, name }) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
                <option value={OTHER_COUNTRY}>{t('parties.otherCountry')}</option>
              </select>
            )}
          </Field>
          <Field label={t('parties.language')} error={errorText(formState.errors[which]?.language)} required>
            {(control) => (
              <select {...control} {...register(`${which}.language`)}>
                <option value="">{t('parties.choose')}</option>
                {LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {LANGUAGE_AUTONYMS[code]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
      ))}
      <FormActions saving={formState.isSubmitting} submitLabel={t('parties.continue')} onCancel={onCancel} />
    </form>
  );
}
