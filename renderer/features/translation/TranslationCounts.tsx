import type { Language } from '@shared/i18n/languages';
import type { LanguageCounts } from '@shared/translation/counts';
import { useTranslation } from 'react-i18next';

/** How many texts are missing, drafts and done in each language the trip's texts are translated into. */
export function TranslationCounts({ counts }: { counts: readonly { lang: Language; counts: LanguageCounts }[] }) {
  const { t } = useTranslation('translation');
  const { t: common } = useTranslation();
  return (
    <ul className="translation__counts" aria-label={t('counts.label')}>
      {counts
        .filter((line) => line.counts.total > 0)
        .map(({ lang, counts: line }) => (
          <li key={lang}>{t('counts.line', { lang: common(`languages.${lang}`), ...line })}</li>
        ))}
    </ul>
  );
}
