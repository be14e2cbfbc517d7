import { zodResolver } from '@hookform/resolvers/zod';
import { type ItineraryItemInput, itineraryItemInput } from '@shared/itinerary/input';
import { otherHomeStart } from '@shared/itinerary/instants';
import { nameFieldOf } from '@shared/itinerary/names';
import { ITINERARY_KINDS, isTimeZone, type Member, plainTime, type Trip } from '@shared/model';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DraftedForm } from '../../components/DraftedForm';
import { Field } from '../../components/Field';
import { LocalizedInputs } from '../../components/LocalizedInputs';
import { TimeZoneInput } from '../../components/TimeZoneInput';
import { DateInput, TimeInput } from '../../components/typedTime/TypedTimeInputs';
import { useDraftedForm } from '../../components/useDraftedForm';
import type { CommitDraft } from '../../components/useFormDraft';
import { formatTime, zoneLabel } from '../../i18n/format';
import { useLanguage } from '../../services/useLanguage';
import { AttendeesField } from './AttendeesField';
import { HostFields } from './HostFields';
import { itemInputFromForm } from './itemFormValues';

interface ItemFormProps {
  trip: Trip;
  members: readonly Member[];
  draftKey: string;
  /** The stored version of the item the form edits (its hlc); null for a new item. */
  basedOn: string | null;
  defaultValues: ItineraryItemInput;
  submitLabel: string;
  /** Saves through `commit`, which forgets the form's draft in the same transaction. */
  onSubmit: (input: ItineraryItemInput, commit: CommitDraft) => Promise<void>;
  onCancel: () => void;
}

export function ItemForm(props: ItemFormProps) {
  const { trip, members, draftKey, basedOn, defaultValues, submitLabel, onSubmit, onCancel } = props;
  const { t } = useTranslation(['itinerary', 'common']);
  const ui = useLanguage();
  const [endsAnotherDay, setEndsAnotherDay] = useState(Boolean(defaultValues.endDate));
  const { form, errorText, submit, frame } = useDraftedForm({
    resolver: zodResolver(itineraryItemInput(trip.languages.home)),
    defaultValues,
    draftKey,
    basedOn,
    onCancel,
  });
  const { register, watch, setValue, control, formState } = form;
  const { errors } = formState;
  const [kind, date, startTime, timeZone, attendeeIds] = watch([
    'kind',
    'date',
    'startTime',
    'timeZone',
    'attendeeIds',
  ]);
  const home = trip.languages.home;
  // The name the item goes by comes first and is required (nameFieldOf); a visit's title is its purpose.
  const namedByHost = nameFieldOf(kind) === 'host.name';
  const homeTime =
    startTime && plainTime.safeParse(startTime).success && isTimeZone(timeZone)
      ? otherHomeStart(
          { date, startTime, endDate: null, endTime: null, timeZone, endTimeZone: null },
          trip.homeTimeZone,
        )
      : null;

  const titleFields = (
    <fieldset className="fieldset">
      <legend>{namedByHost ? t('form.visitTitleLegend') : t('form.titleLegend')}</legend>
      <LocalizedInputs
        label={(lang) => t(`form.title.${lang}`)}
        input={(lang) => register(`title.${lang}`)}
        errors={errors.title}
        requiredLanguage={namedByHost ? null : home}
      />
    </fieldset>
  );
  const hostFields = (
    <HostFields
      trip={trip}
      register={register}
      control={control}
      errors={errors}
      requiredLanguage={namedByHost ? home : null}
    />
  );

  return (
    <DraftedForm
      frame={frame}
      onSubmit={submit((values, commit) => onSubmit(itemInputFromForm(values, endsAnotherDay), commit))}
      submitLabel={submitLabel}
      wide
    >
      <fieldset className="fieldset fieldset--row">
        <legend>{t('form.kind')}</legend>
        {ITINERARY_KINDS.map((option) => (
          <label key={option} className="choice">
            <input type="radio" value={option} {...register('kind')} />
            {t(`kinds.${option}`)}
          </label>
        ))}
      </fieldset>

      {namedByHost ? hostFields : titleFields}

      <fieldset className="fieldset">
        <legend>{t('form.whenLegend')}</legend>
        <p className="field__hint">{t('form.timesHint')}</p>
        <div className="fieldset--row">
          <Field label={t('form.date')} error={errorText(errors.date)} required>
            {(control) => <DateInput {...control} registered={register('date')} />}
          </Field>
          <Field label={t('form.startTime')} error={errorText(errors.startTime)}>
            {(control) => <TimeInput {...control} registered={register('startTime')} />}
          </Field>
          <Field label={t('form.endTime')} error={errorText(errors.endTime)}>
            {(control) => <TimeInput {...control} registered={register('endTime')} />}
          </Field>
        </div>
        {homeTime ? (
          <p className="field__echo">
            {t('common:itemTime.homeTime', {
              zone: zoneLabel(trip.homeTimeZone, ui, date),
              time: formatTime(homeTime.time, ui),
            })}
            {homeTime.dayOffset > 0
              ? ` ${t('common:itemTime.dayAfter')}`
              : homeTime.dayOffset < 0
                ? ` ${t('common:itemTime.dayBefore')}`
                : ''}
          </p>
        ) : null}
        <label className="choice">
          <input
            type="checkbox"
            checked={endsAnotherDay}
            onChange={(event) => setEndsAnotherDay(event.target.checked)}
          />
          {t('form.endsAnotherDay')}
        </label>
        {endsAnotherDay ? (
          <Field label={t('form.endDate')} error={errorText(errors.endDate)}>
            {(control) => <DateInput {...control} registered={register('endDate')} />}
          </Field>
        ) : null}
        <div className="fieldset--row">
          <Field label={t('form.timeZone')} error={errorText(errors.timeZone)} required>
            {(control) => (
              <Controller
                control={form.control}
                name="timeZone"
                render={({ field }) => <TimeZoneInput {...control} {...field} on={date} />}
              />
            )}
          </Field>
          {kind === 'travel' ? (
            <Field label={t('form.endTimeZone')} hint={t('form.endTimeZoneHint')} error={errorText(errors.endTimeZone)}>
              {(control) => (
                <Controller
                  control={form.control}
                  name="endTimeZone"
                  render={({ field }) => <TimeZoneInput {...control} {...field} on={date} />}
                />
              )}
            </Field>
          ) : null}
        </div>
      </fieldset>

      {namedByHost ? titleFields : null}
      {kind === 'visit' ? null : (
        <LocalizedInputs
          label={(lang) => t(`form.location.${lang}`)}
          input={(lang) => register(`location.${lang}`)}
          errors={errors.location}
        />
      )}
      {kind === 'lecture' || kind === 'meeting' ? hostFields : null}

      <AttendeesField members={members} attendeeIds={attendeeIds ?? null} register={register} setValue={setValue} />
      <Field label={t('form.expectedAttendees')} error={errorText(errors.expectedAttendees)}>
        {(control) => (
          <input
            {...control}
            type="number"
            min={0}
            step={1}
            {...register('expectedAttendees', { valueAsNumber: true })}
          />
        )}
      </Field>
      <Field label={t('form.preparationNotes')} error={errorText(errors.preparationNotes?.text)}>
        {(control) => <textarea {...control} rows={4} {...register('preparationNotes.text')} />}
      </Field>
    </DraftedForm>
  );
}
