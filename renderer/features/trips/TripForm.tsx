import { zodResolver } from '@hookform/resolvers/zod';
import { LANGUAGE_AUTONYMS, LANGUAGES } from '@shared/i18n/languages';
import { type TripInput, tripInput } from '@shared/model';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DraftedForm } from '../../components/DraftedForm';
import { Field } from '../../components/Field';
import { LocalizedInputs } from '../../components/LocalizedInputs';
import { TimeZoneInput } from '../../components/TimeZoneInput';
import { DateInput } from '../../components/typedTime/TypedTimeInputs';
import { useDraftedForm } from '../../components/useDraftedForm';
import type { CommitDraft } from '../../components/useFormDraft';
import type { TripParties } from '../../data/device/tripParties';

/** A new trip's starting values: who visits whom as on the last trip (or as the first trip's question answered it). */
export function newTripDefaults({ home, host }: TripParties): TripInput {
  return {
    title: { ko: '', ja: '', en: '' },
    languages: { home: home.language, host: host.language },
    purpose: { lang: home.language, text: '', translations: {} },
    startDate: '',
    endDate: '',
    homeTimeZone: home.timeZone,
    destinationTimeZone: host.timeZone,
    organiser: { ko: '', ja: '', en: '' },
  };
}

/** Who visits whom on a trip, to start the next one from. */
export function partiesOf({ languages, homeTimeZone, destinationTimeZone }: TripInput): TripParties {
  return {
    home: { language: languages.home, timeZone: homeTimeZone },
    host: { language: languages.host, timeZone: destinationTimeZone },
  };
}

interface TripFormProps {
  /** Where unsaved input is kept across reloads: one key per form and trip. */
  draftKey: string;
  /** The stored version of the trip the form edits (its hlc); null for a new trip. */
  basedOn: string | null;
  defaultValues: TripInput;
  submitLabel: string;
  /** Saves through `commit`, which forgets the form's draft in the same transaction. */
  onSubmit: (trip: TripInput, commit: CommitDraft) => Promise<void>;
  onCancel: () => void;
}

const languageOptions = LANGUAGES.map((lang) => (
  <option key={lang} value={lang}>
    {LANGUAGE_AUTONYMS[lang]}
  </option>
));

export function TripForm({ draftKey, basedOn, defaultValues, submitLabel, onSubmit, onCancel }: TripFormProps) {
  const { t } = useTranslation(['trips', 'common']);
  const { form, errorText, submit, frame } = useDraftedForm({
    resolver: zodResolver(tripInput),
    defaultValues,
    draftKey,
    basedOn,
    onCancel,
  });
  const { register, watch, formState } = form;
  const { errors } = formState;
  const home = watch('languages.home');
  const startDate = watch('startDate');

  return (
    <DraftedForm frame={frame} onSubmit={submit(onSubmit)} submitLabel={submitLabel}>
      <fieldset className="fieldset">
        <legend>{t('form.titleLegend')}</legend>
        <p className="field__hint">{t('form.titleHint')}</p>
        <LocalizedInputs
          label={(lang) => t(`form.title.${lang}`)}
          input={(lang) => register(`title.${lang}`)}
          errors={errors.title}
          requiredLanguage={home}
          autoFocus
        />
      </fieldset>

      <fieldset className="fieldset fieldset--row">
        <legend>{t('form.languagesLegend')}</legend>
        <Field label={t('form.homeLanguage')}>
          {(control) => (
            <select {...control} {...register('languages.home')}>
              {languageOptions}
            </select>
          )}
        </Field>
        <Field label={t('form.hostLanguage')}>
          {(control) => (
            <select {...control} {...register('languages.host')}>
              {languageOptions}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset className="fieldset fieldset--row">
        <legend>{t('form.datesLegend')}</legend>
        <Field label={t('form.startDate')} error={errorText(errors.startDate)} required>
          {(control) => <DateInput {...control} registered={register('startDate')} />}
        </Field>
        <Field label={t('form.endDate')} error={errorText(errors.endDate)} required>
          {(control) => <DateInput {...control} registered={register('endDate')} />}
        </Field>
      </fieldset>

      <fieldset className="fieldset fieldset--row">
        <legend>{t('form.timeZonesLegend')}</legend>
        <Field
          label={t('form.homeTimeZone')}
          hint={t('form.timeZoneHint')}
          error={errorText(errors.homeTimeZone)}
          required
        >
          {(control) => (
            <Controller
              control={form.control}
              name="homeTimeZone"
              render={({ field }) => <TimeZoneInput {...control} {...field} on={startDate} />}
            />
          )}
        </Field>
        <Field
          label={t('form.destinationTimeZone')}
          hint={t('form.timeZoneHint')}
          error={errorText(errors.destinationTimeZone)}
          required
        >
          {(control) => (
            <Controller
              control={form.control}
              name="destinationTimeZone"
              render={({ field }) => <TimeZoneInput {...control} {...field} on={startDate} />}
            />
          )}
        </Field>
      </fieldset>

      <LocalizedInputs
        label={(lang) => t(`form.organiser.${lang}`)}
        input={(lang) => register(`organiser.${lang}`)}
        errors={errors.organiser}
      />
      <Field label={t('form.purpose')} hint={t('form.purposeHint')} error={errorText(errors.purpose?.text)}>
        {(control) => <textarea {...control} {...register('purpose.text')} rows={4} />}
      </Field>
    </DraftedForm>
  );
}
