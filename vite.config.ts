import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './shared/security/csp.ts';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const { version } = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string };

export const alias = { '@shared': here('./shared') };

/**
 * The built page carries the CSP (not in the dev server, whose hot reload
 * needs inline scripts) and the icon as a data URL: browsers fetch the
 * favicon again on every navigation, and an app that works offline must not.
 */
function pageHead(): Plugin {
  const icon = `data:image/svg+xml,${encodeURIComponent(readFileSync(here('./assets/icon.svg'), 'utf8'))}`;
  return {
    name: 'fieldbook-page-head',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />\n    <link rel="icon" href="${icon}" />`,
      ),
  };
}

/** The renderer's build, shared by the desktop app (electron.vite.config.ts) and the web build below. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: here('./renderer'),
    base: './',
    plugins: [react(), pageHead()],
    resolve: { alias },
    define: { __APP_VERSION__: JSON.stringify(version) },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome130',
      sourcemap: true,
      minify: true,
      // One bundle read from the local disk, not downloaded; npm run bench reports its size.
      chunkSizeWarningLimit: 1024,
      // Chromium (Electron's, and the web build's target) preloads modules itself: no polyfill in the first chunk.
      modulePreload: { polyfill: false },
    },
  };
}

/** `npm run web`: the renderer alone, for a browser, served on loopback. */
export default defineConfig({
  ...rendererConfig(here('./out/web')),
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
