import { useTranslation } from 'react-i18next';

/** Says that a form shows unsaved input from before, and offers to throw it away. */
export function DraftNotice({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="draft-notice" role="status">
      <span>{t('draft.restored')}</span>
      <button type="button" className="button button--small" onClick={onDiscard}>
        {t('draft.discard')}
      </button>
    </div>
  );
}
