import type { FormEventHandler, ReactNode } from 'react';
import { DraftNotice } from './DraftNotice';
import { FormActions, FormAlerts } from './FormAlerts';
import { preventImeEnterSubmit } from './ime';
import type { DraftedFormFrame } from './useDraftedForm';

interface DraftedFormProps {
  frame: DraftedFormFrame;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  /** For a form of many fields side by side. */
  wide?: boolean;
  /** Other ways to submit, beside the main button. */
  actions?: ReactNode;
  /** Below the buttons: what the last save did. */
  status?: ReactNode;
  children: ReactNode;
}

/**
 * A form of `useDraftedForm`: its draft's notice and alerts above the
 * fields, its buttons below. The browser's own validation is off: the
 * schema's messages are shown in the interface language.
 */
export function DraftedForm({ frame, onSubmit, submitLabel, wide, actions, status, children }: DraftedFormProps) {
  const { draft } = frame;
  return (
    <form
      className={wide ? 'form form--wide' : 'form'}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={preventImeEnterSubmit}
    >
      <DraftNotice
        restore={draft.restore}
        unprotected={draft.unprotected}
        onDiscard={draft.discard}
        onTakeOutdated={draft.takeOutdated}
      />
      <FormAlerts invalid={frame.invalid} saveError={frame.saveError} />
      {children}
      <FormActions saving={frame.saving} submitLabel={submitLabel} onCancel={frame.onCancel}>
        {actions}
      </FormActions>
      {status}
    </form>
  );
}
