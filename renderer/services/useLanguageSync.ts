import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge/bridge';
import { currentLanguage } from '../i18n/i18n';

/**
 * Keeps what lives outside React in the interface language: the document's
 * lang attribute (which picks Korean or Japanese glyph shapes for shared Han
 * characters, and the screen reader's voice) and the native menu.
 */
export function useLanguageSync(): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    const apply = () => {
      const language = currentLanguage(i18n);
      document.documentElement.lang = language;
      void bridge.invoke('app:setLanguage', { language });
    };
    apply();
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n]);
}
