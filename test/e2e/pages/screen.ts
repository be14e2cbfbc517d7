import type { Page } from 'playwright-core';
import type { resources } from '../../../shared/i18n/resources';

export type Namespace = keyof (typeof resources)['en'];

/** What a screen's page object needs of the app: its page, and the strings it shows in its current language. */
export interface Screen {
  readonly page: Page;
  t(namespace: Namespace, key: string, values?: Record<string, string | number>): string;
}
