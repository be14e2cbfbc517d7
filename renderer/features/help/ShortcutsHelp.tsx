import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge/bridge';
import { useModalDialog } from '../../components/useModalDialog';
import { isTextInput, shortcutLabel } from '../../services/shortcuts';

/** What each shortcut is written as, in the order the list shows them. */
const SHORTCUTS = [
  ['search', ['Mod+K']],
  ['newQa', ['Alt+N']],
  ['saveQa', ['Mod+Enter']],
  ['nextMissing', ['Alt+↓']],
  ['undo', ['Mod+Z']],
  ['moveItem', ['Space', '↑ ↓ ← →', 'Space']],
  ['newTrip', ['Mod+N']],
  ['help', ['?']],
] as const;

function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useModalDialog(onClose);
  return (
    <dialog {...dialog} className="dialog dialog--wide" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([action, keys]) => (
            <tr key={action}>
              <td>
                {keys.map((key, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sequence of keys, where one key may come twice.
                  <span key={index}>
                    {index > 0 ? ', ' : null}
                    <kbd>{shortcutLabel(key)}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(`shortcuts.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
    </dialog>
  );
}

/**
 * The list of keyboard shortcuts: opened by its button in the header, by "?"
 * wherever keys are not text, by Ctrl+/ (⌘/) and by the desktop app's Help menu.
 */
export function ShortcutsHelp() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const question = event.key === '?' && !isTextInput(event.target);
      const slash = (event.ctrlKey || event.metaKey) && event.key === '/';
      if (question || slash) {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = bridge.on('app:menuCommand', (command) => {
      if (command.command === 'showShortcuts') setOpen(true);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
  return (
    <>
      <button
        type="button"
        className="app-header__help"
        aria-keyshortcuts="Shift+? Control+/"
        onClick={() => setOpen(true)}
      >
        {t('shortcuts.open')} <kbd>?</kbd>
      </button>
      {open ? <ShortcutsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
