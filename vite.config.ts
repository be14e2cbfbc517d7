import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './shared/security/csp';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const { version } = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string };

export const alias = { '@shared': here('./shared') };

/** Puts the CSP into the built page; the dev server's hot reload needs inline scripts, so not there. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'fieldbook-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`,
      ),
  };
}

/** The renderer's build, shared by the desktop app (electron.vite.config.ts) and the web build below. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: here('./renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    resolve: { alias },
    define: { __APP_VERSION__: JSON.stringify(version) },
    build: { outDir, emptyOutDir: true, target: 'chrome130', sourcemap: true, minify: true },
  };
}

/** `npm run web`: the renderer alone, for a browser, served on loopback. */
export default defineConfig({
  ...rendererConfig(here('./out/web')),
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
