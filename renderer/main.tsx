import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartupError } from './app/StartupError';
import { openStore } from './data/store';
import { initI18n } from './i18n/i18n';
import './styles/app.css';

async function start(container: HTMLElement) {
  const root = createRoot(container);
  const i18n = await initI18n();
  // Notes must not be evicted when the disk fills up; the browser may grant or refuse (the Files tab says which).
  void navigator.storage?.persist?.();
  try {
    const store = await openStore();
    root.render(
      <StrictMode>
        <App store={store} i18n={i18n} />
      </StrictMode>,
    );
  } catch (error) {
    root.render(<StartupError i18n={i18n} error={error} />);
  }
}

const container = document.getElementById('root');
if (container) void start(container);
