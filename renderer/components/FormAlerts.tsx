import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Above a form: that fields need correcting (after a submit), and why a save failed. */
export function FormAlerts({ invalid, saveError }: { invalid: boolean; saveError: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      {invalid ? (
        <p className="form__summary" role="alert">
          {t('validation.summary')}
        </p>
      ) : null}
      {saveError ? (
        <p className="form__summary" role="alert">
          {saveError}
        </p>
      ) : null}
    </>
  );
}

/**
 * Below a form: the main button, which says that it is saving while it does,
 * any other way to submit (`children`), and Cancel.
 */
export function FormActions({
  saving,
  submitLabel,
  onCancel,
  children,
}: {
  saving: boolean;
  submitLabel: string;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? t('actions.saving') : submitLabel}
      </button>
      {children}
      <button type="button" className="button" onClick={onCancel}>
        {t('actions.cancel')}
      </button>
    </div>
  );
}
