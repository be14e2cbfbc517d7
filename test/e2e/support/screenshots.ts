import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { App } from '../pages/App';

/**
 * What a screen looks like, for people to look at: `out/screenshots/<language>-<name>.png`,
 * the window as the user sees it (a dialog, a place in a long list) or the whole page.
 */
export async function capture(app: App, name: string, { fullPage = false } = {}): Promise<void> {
  const folder = path.resolve(import.meta.dirname, '../../../out/screenshots');
  await mkdir(folder, { recursive: true });
  await app.page.screenshot({ path: path.join(folder, `${app.language}-${name}.png`), fullPage });
}
