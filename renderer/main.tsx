import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { screensPreloading } from './app/routes';
import { StartupError } from './app/StartupError';
import { holdSession } from './data/database/session';
import { openStore, type Store } from './data/database/store';
import { installTestHooks } from './data/database/testHooks';
import { hasDrafts } from './data/drafts/drafts';
import type { KeptText } from './data/recovery/noteDrafts';
import { currentLanguage, initI18n } from './i18n/i18n';
import { FIRST_SCREEN_NAMESPACES } from './i18n/strings';
import './styles/app.css';

/**
 * Text a run of the app typed and could not save before it ended (a crash,
 * a dead battery, a forced quit) is put where it belongs before any screen
 * shows the notes. A failure here must not keep the app from starting: the
 * drafts stay for the next start.
 */
async function recoverAtStart(store: Store, lang: ReturnType<typeof currentLanguage>): Promise<KeptText[]> {
  try {
    // Loaded only when there is something to recover: most starts have nothing.
    if (!(await hasDrafts(store.db))) return [];
    return (await (await import('./data/recovery/recovery')).recoverTyping(store, lang)).kept;
  } catch {
    // Left in the database, untouched, for the next start.
    return [];
  }
}

async function start(container: HTMLElement) {
  const root = createRoot(container);
  // The interface language's strings for the first screen; the others load once it has appeared (app/routes.tsx).
  const i18n = await initI18n(undefined, FIRST_SCREEN_NAMESPACES);
  if (import.meta.env.MODE === 'e2e') installTestHooks(window, screensPreloading);
  // Notes must not be evicted when the disk fills up; the browser may grant or refuse (the Files tab says which).
  void navigator.storage?.persist?.();
  holdSession();
  try {
    const store = await openStore();
    const kept = await recoverAtStart(store, currentLanguage(i18n));
    root.render(
      <StrictMode>
        <App store={store} i18n={i18n} recovered={kept} />
      </StrictMode>,
    );
  } catch (error) {
    root.render(<StartupError i18n={i18n} error={error} />);
  }
}

const container = document.getElementById('root');
if (container) void start(container);
