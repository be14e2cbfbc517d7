import { useState } from 'react';
import { type DefaultValues, type FieldValues, type Resolver, useForm } from 'react-hook-form';
import { useDescribeSaveError } from './saveError';
import { useFieldError } from './useFieldError';
import { type CommitDraft, useFormDraft } from './useFormDraft';

interface DraftedFormOptions<Input extends FieldValues, Output extends FieldValues> {
  /** The form's schema, as `zodResolver` makes it: the same one the repository validates with. */
  resolver: Resolver<Input, unknown, Output>;
  defaultValues: DefaultValues<Input>;
  /** Where unsaved input is kept across reloads: one key per form and record. */
  draftKey: string;
  /** The stored version of the record the form edits (its hlc); null for a new record. */
  basedOn: string | null;
  onCancel: () => void;
}

/** What `DraftedForm` shows around a form's fields. */
export interface DraftedFormFrame {
  draft: ReturnType<typeof useFormDraft>;
  /** Fields need correcting: shown once a submit was refused. */
  invalid: boolean;
  saveError: string | null;
  saving: boolean;
  /** Cancels the form and forgets its draft. */
  onCancel: () => void;
}

/**
 * A form whose input is kept as a draft until it is saved or cancelled
 * (see useFormDraft), and that says why a save failed while leaving the
 * input where it was. `submit(save)` validates and then runs `save` with
 * the draft's commit, so that the save forgets the draft in its transaction.
 */
export function useDraftedForm<Input extends FieldValues, Output extends FieldValues>({
  resolver,
  defaultValues,
  draftKey,
  basedOn,
  onCancel,
}: DraftedFormOptions<Input, Output>) {
  const errorText = useFieldError();
  const describeSaveError = useDescribeSaveError();
  const [saveError, setSaveError] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({ resolver, defaultValues });
  const draft = useFormDraft(draftKey, form, basedOn);
  const { errors, isSubmitting, submitCount } = form.formState;

  const submit = (save: (values: Output, commit: CommitDraft) => Promise<void>) =>
    form.handleSubmit(async (values) => {
      setSaveError(null);
      try {
        await save(values, draft.commit);
      } catch (error) {
        setSaveError(describeSaveError(error));
      }
    });

  const frame: DraftedFormFrame = {
    draft,
    invalid: submitCount > 0 && Object.keys(errors).length > 0,
    saveError,
    saving: isSubmitting,
    onCancel: () => {
      draft.clear();
      onCancel();
    },
  };
  return { form, errorText, submit, frame };
}
