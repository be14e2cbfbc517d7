import { LANGUAGE_AUTONYMS, LANGUAGES, language } from '@shared/i18n/languages';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../services/useLanguage';

/** Switches the interface language at once; the choice is remembered on this device. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = useLanguage();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={current}
        aria-label={t('language.label')}
        onChange={(event) => void i18n.changeLanguage(language.parse(event.target.value))}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {LANGUAGE_AUTONYMS[lng]}
          </option>
        ))}
      </select>
    </label>
  );
}
