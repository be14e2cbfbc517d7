import { useTranslation } from 'react-i18next';
import { useLanguage } from '../services/useLanguage';
import type { DraftRestore } from './useFormDraft';

interface DraftNoticeProps {
  restore: DraftRestore;
  unprotected: boolean;
  onDiscard: () => void;
  onTakeOutdated: () => void;
}

/**
 * Says that a form shows unsaved input from before, or that such input was
 * typed over values that have changed since (then offered, not put back);
 * and when input cannot be kept against a crash.
 */
export function DraftNotice({ restore, unprotected, onDiscard, onTakeOutdated }: DraftNoticeProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (restore.kind === 'none' && !unprotected) return null;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <div className="draft-notice" role="status">
      {restore.kind === 'restored' ? (
        <>
          <span>{t('draft.restored')}</span>
          <button type="button" className="button button--small" onClick={onDiscard}>
            {t('draft.discard')}
          </button>
        </>
      ) : null}
      {restore.kind === 'outdated' ? (
        <>
          <span>{t('draft.outdated', { time: when(restore.typedAt) })}</span>
          <button type="button" className="button button--small" onClick={onTakeOutdated}>
            {t('draft.takeOutdated')}
          </button>
          <button type="button" className="button button--small" onClick={onDiscard}>
            {t('draft.discard')}
          </button>
        </>
      ) : null}
      {unprotected ? <span>{t('draft.unprotected')}</span> : null}
    </div>
  );
}
