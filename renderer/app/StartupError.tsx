import type { i18n } from 'i18next';

/** Shown when the database cannot be opened; it touches nothing and offers to try again. */
export function StartupError({ i18n, error }: { i18n: i18n; error: unknown }) {
  const reason = error instanceof Error ? error.message : String(error);
  return (
    <main className="startup-error" role="alert">
      <h1>{i18n.t('startup.failedTitle')}</h1>
      <p>{i18n.t('startup.failedBody', { reason })}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {i18n.t('startup.retry')}
      </button>
    </main>
  );
}
