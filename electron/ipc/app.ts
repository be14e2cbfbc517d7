import type { Language } from '@shared/i18n/languages';
import type { MainHandlers } from './context';

interface AppDeps {
  version: string;
  platform: string;
  /** Rebuilds the native menu in the interface language. */
  setMenuLanguage: (language: Language) => void;
}

/** The app:* calls. */
export function appHandlers({
  version,
  platform,
  setMenuLanguage,
}: AppDeps): Pick<MainHandlers, 'app:getInfo' | 'app:setLanguage'> {
  return {
    'app:getInfo': () => ({ name: 'Fieldbook', version, shell: 'desktop', platform }),
    'app:setLanguage': ({ language }) => {
      setMenuLanguage(language);
    },
  };
}
