import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long "Copied" stays on the button before it says "Copy" again. */
const SAID_MS = 2000;

/**
 * Copies a text (a join code) to the clipboard, for a user who pastes it
 * into a message rather than reading it out; says whether it worked, and if
 * the clipboard refused, how to copy by hand.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (outcome !== 'copied') return;
    const timer = setTimeout(() => setOutcome(null), SAID_MS);
    return () => clearTimeout(timer);
  }, [outcome]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <>
      <button type="button" className="button button--small" aria-label={label} onClick={() => void copy()}>
        {outcome === 'copied' ? t('syncSetup.copied') : t('syncSetup.copy')}
      </button>
      <span role="status" className={outcome === 'failed' ? 'field__error' : 'visually-hidden'}>
        {outcome === 'failed' ? t('syncSetup.copyFailed') : outcome === 'copied' ? t('syncSetup.copied') : ''}
      </span>
    </>
  );
}
