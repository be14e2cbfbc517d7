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

/** The form's main button, which says that it is saving while it does. */
export function SaveButton({ saving, label }: { saving: boolean; label: string }) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button button--primary" disabled={saving}>
      {saving ? t('actions.saving') : label}
    </button>
  );
}
