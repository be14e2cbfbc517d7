import { zodResolver } from '@hookform/resolvers/zod';
import { LANGUAGES } from '@shared/i18n/languages';
import { type HostPersonEntry, type HostPersonInput, hostPersonInput } from '@shared/model';
import { hangulReading } from '@shared/people/reading/hangul';
import { romanisedReading } from '@shared/people/reading/romaji';
import { useEffect, useRef } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DraftedForm } from '../../components/DraftedForm';
import { Field } from '../../components/Field';
import { LocalizedInputs } from '../../components/LocalizedInputs';
import { useDraftedForm } from '../../components/useDraftedForm';
import type { CommitDraft } from '../../components/useFormDraft';

const emptyName = { ko: '', ja: '', en: '' };

/** What the form shows of an entry: every field, an empty input for what is not written. */
export function personFormValues(entry?: HostPersonEntry): HostPersonInput {
  return {
    name: { ...emptyName, ...entry?.name },
    reading: entry?.reading ?? '',
    romanised: entry?.romanised ?? '',
    title: { ...emptyName, ...entry?.title },
    department: { ...emptyName, ...entry?.department },
    organisation: { ...emptyName, ...entry?.organisation },
    phone: entry?.phone ?? '',
    email: entry?.email ?? '',
    address: { ...emptyName, ...entry?.address },
    contact: entry?.contact ?? '',
    cardAttachmentId: entry?.cardAttachmentId ?? null,
  };
}

/** A person is named somehow: in a language, by the reading or in romaji. */
const personForm = hostPersonInput.refine(
  (person) => LANGUAGES.some((lang) => person.name[lang]) || Boolean(person.reading || person.romanised),
  { path: ['name', 'ja'], message: 'validation.required' },
);

/** The fields a reading proposes, and how. */
const PROPOSALS = [
  ['name.ko', hangulReading],
  ['romanised', romanisedReading],
] as const;

/**
 * Typing the reading proposes the Korean name (hangulReading: ふくおか
 * gives 후쿠오카) and the romanised name, in a field that is empty or still
 * holds the last proposal: never over what the user typed there.
 */
function useReadingProposals(form: UseFormReturn<HostPersonInput, unknown, unknown>, initialReading: string) {
  const { watch, getValues, setValue } = form;
  const reading = watch('reading');
  const proposed = useRef<Record<string, string>>(
    Object.fromEntries(PROPOSALS.map(([field, propose]) => [field, initialReading ? propose(initialReading) : ''])),
  );
  useEffect(() => {
    for (const [field, propose] of PROPOSALS) {
      const proposal = reading.trim() ? propose(reading) : '';
      const current = getValues(field);
      if (current === proposal) continue;
      if (current === '' || current === proposed.current[field]) {
        setValue(field, proposal, { shouldDirty: true });
        proposed.current[field] = proposal;
      }
    }
  }, [reading, getValues, setValue]);
}

/** A note under some of the form's inputs: how surely a business card's reading filled each. */
export type PersonFieldMarks = Partial<Record<FieldPath<HostPersonInput>, string>>;

interface PersonFormProps {
  /** Where unsaved input is kept across reloads: one key per form and person. */
  draftKey: string;
  /** The stored version of the entry the form edits (its hlc); null for a new person. */
  basedOn: string | null;
  defaultValues: HostPersonInput;
  submitLabel: string;
  /** Saves through `commit`, which forgets the form's draft in the same transaction. */
  onSubmit: (person: HostPersonInput, commit: CommitDraft) => Promise<void>;
  onCancel: () => void;
  marks?: PersonFieldMarks;
  /** Another way to leave the form, beside Cancel, that forgets its draft as Cancel does. */
  skip?: { label: string; onSkip: () => void };
}

/** Every field of a host person, in the order a business card gives them. */
export function PersonForm({
  draftKey,
  basedOn,
  defaultValues,
  submitLabel,
  onSubmit,
  onCancel,
  marks = {},
  skip,
}: PersonFormProps) {
  const { t } = useTranslation('people');
  const { form, errorText, submit, frame } = useDraftedForm({
    resolver: zodResolver(personForm),
    defaultValues,
    draftKey,
    basedOn,
    onCancel,
  });
  useReadingProposals(form, defaultValues.reading);
  const { register, formState, getFieldState } = form;
  const { errors } = formState;
  /** A field's hint, after its mark while the field holds the value the mark is about (a form without marks never asks). */
  const hinted = (field: FieldPath<HostPersonInput>, hint?: string) => {
    const mark = marks[field] && !getFieldState(field, formState).isDirty ? marks[field] : null;
    return [mark, hint].filter(Boolean).join(' ') || undefined;
  };
  return (
    <DraftedForm
      frame={frame}
      onSubmit={submit(onSubmit)}
      submitLabel={submitLabel}
      wide
      actions={
        skip ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              frame.draft.clear();
              skip.onSkip();
            }}
          >
            {skip.label}
          </button>
        ) : null
      }
    >
      <fieldset className="fieldset person-form__grid">
        <legend>{t('form.nameLegend')}</legend>
        <Field
          label={t('form.nameJa')}
          hint={hinted('name.ja', t('form.nameJaHint'))}
          error={errorText(errors.name?.ja)}
        >
          {(control) => (
            <input
              {...control}
              {...register('name.ja')}
              lang="ja"
              // biome-ignore lint/a11y/noAutofocus: the user opened this form to type into it; the cursor waits in the first field.
              autoFocus
              className="input--wide"
            />
          )}
        </Field>
        <Field
          label={t('form.reading')}
          hint={hinted('reading', t('form.readingHint'))}
          error={errorText(errors.reading)}
        >
          {(control) => <input {...control} {...register('reading')} lang="ja" className="input--wide" />}
        </Field>
        <Field
          label={t('form.nameKo')}
          hint={hinted('name.ko', t('form.nameKoHint'))}
          error={errorText(errors.name?.ko)}
        >
          {(control) => <input {...control} {...register('name.ko')} lang="ko" className="input--wide" />}
        </Field>
        <Field label={t('form.romanised')} hint={hinted('romanised')} error={errorText(errors.romanised)}>
          {(control) => <input {...control} {...register('romanised')} lang="en" className="input--wide" />}
        </Field>
        <Field label={t('form.nameEn')} hint={hinted('name.en')} error={errorText(errors.name?.en)}>
          {(control) => <input {...control} {...register('name.en')} lang="en" className="input--wide" />}
        </Field>
      </fieldset>
      <fieldset className="fieldset person-form__grid">
        <legend>{t('form.roleLegend')}</legend>
        <LocalizedInputs
          label={(lang) => t(`form.title.${lang}`)}
          input={(lang) => register(`title.${lang}`)}
          hint={(lang) => hinted(`title.${lang}`)}
          errors={errors.title}
        />
        <LocalizedInputs
          label={(lang) => t(`form.department.${lang}`)}
          input={(lang) => register(`department.${lang}`)}
          hint={(lang) => hinted(`department.${lang}`)}
          errors={errors.department}
        />
        <LocalizedInputs
          label={(lang) => t(`form.organisation.${lang}`)}
          input={(lang) => register(`organisation.${lang}`)}
          hint={(lang) => hinted(`organisation.${lang}`)}
          errors={errors.organisation}
        />
      </fieldset>
      <fieldset className="fieldset person-form__grid">
        <legend>{t('form.reachLegend')}</legend>
        <Field label={t('form.phone')} hint={hinted('phone')} error={errorText(errors.phone)}>
          {(control) => <input {...control} type="tel" {...register('phone')} />}
        </Field>
        <Field label={t('form.email')} hint={hinted('email')} error={errorText(errors.email)}>
          {(control) => <input {...control} type="email" inputMode="email" {...register('email')} />}
        </Field>
        <Field label={t('form.contact')} hint={hinted('contact')} error={errorText(errors.contact)}>
          {(control) => <input {...control} {...register('contact')} className="input--wide" />}
        </Field>
        <LocalizedInputs
          label={(lang) => t(`form.address.${lang}`)}
          input={(lang) => register(`address.${lang}`)}
          hint={(lang) => hinted(`address.${lang}`)}
          errors={errors.address}
        />
      </fieldset>
    </DraftedForm>
  );
}
