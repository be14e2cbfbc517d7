import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { alias } from '../vitest.config';

/**
 * A bench's page module (writeFunnelPage.ts, firstSyncPage.ts) built for
 * Chromium by Vite as one ES module: the app's data layer as the app's
 * build has it, unminified so that a CPU profile names its functions, and
 * the modules by the comment each begins with.
 */
export async function buildPageBundle(entry: string, fileName: string): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), `fieldbook-${fileName}-`));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      resolve: { alias },
      // The libraries' production code, as the app's build has it; a library build leaves the switch to its user.
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        target: 'chrome130',
        lib: { entry: path.resolve(import.meta.dirname, entry), formats: ['es'], fileName },
      },
    });
    return await readFile(path.join(outDir, `${fileName}.js`), 'utf8');
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Serves `bundle` as `/<fileName>.js` under `base`, with a page that loads it at `base/`, and opens that page. */
export async function openBundlePage(page: Page, base: string, fileName: string, bundle: string): Promise<void> {
  await page.route(`${base}/**`, (route) =>
    route.request().url().endsWith(`/${fileName}.js`)
      ? route.fulfill({ contentType: 'text/javascript', body: bundle })
      : route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><script type="module" src="${new URL(base).pathname.replace(/\/$/, '')}/${fileName}.js"></script>`,
        }),
  );
  await page.goto(`${base}/`);
}
