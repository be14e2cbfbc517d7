import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import iconUrl from '../../assets/icon.svg?inline';
import { ShortcutsHelp } from '../features/help/ShortcutsHelp';
import { Search } from '../features/search/Search';
import { LanguageSwitcher } from '../features/settings/LanguageSwitcher';
import { link } from '../services/paths';
import { useAppInfo } from '../services/useAppInfo';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const info = useAppInfo();
  return (
    <div className="layout">
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t('nav.skipToContent')}
      </button>
      <header className="app-header">
        <Link href={link('trips')} className="app-header__brand">
          <img src={iconUrl} alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className="app-header__nav">
          <Link href={link('trips')}>{t('nav.trips')}</Link>
        </nav>
        <Search />
        <ShortcutsHelp />
        <LanguageSwitcher />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      {info ? (
        <footer className="app-footer">
          {t('footer.version', { version: info.version })} · {t(`footer.${info.shell}`)}
        </footer>
      ) : null}
    </div>
  );
}
