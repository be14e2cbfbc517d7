import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build as rolldown } from 'rolldown';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from './shared/security/csp.ts';

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

/**
 * The business-card reader's files (renderer/services/cardReader/ocr.ts),
 * under `ocr/` with their own names, which tesseract.js asks for by name:
 * its WebAssembly core and the four models' trained data the npm packages
 * ship, and its worker script, built here as a classic script (tesseract.js
 * starts it so; Vite's dev server would serve it as a module). Bundled with
 * the app, loaded only when a card is read, never downloaded.
 */
export const OCR_FILES: Record<string, string> = {
  'tesseract-core-simd-lstm.wasm.js': 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js',
  ...Object.fromEntries(
    ['jpn', 'jpn_vert', 'kor', 'eng'].map((model) => [
      `${model}.traineddata.gz`,
      `@tesseract.js-data/${model}/4.0.0/${model}.traineddata.gz`,
    ]),
  ),
};
const OCR_WORKER = 'worker.js';
const ocrFile = (name: string) => here(`./node_modules/${OCR_FILES[name]}`);

let ocrWorkerScript: Promise<string> | undefined;
function ocrWorker(): Promise<string> {
  ocrWorkerScript ??= rolldown({
    input: here('./renderer/services/cardReader/ocrWorker.ts'),
    platform: 'browser',
    write: false,
    output: { format: 'iife', minify: true },
  }).then(({ output }) => output[0].code);
  return ocrWorkerScript;
}

function ocrFiles(): Plugin {
  return {
    name: 'fieldbook-ocr-files',
    configureServer(server) {
      server.middlewares.use('/ocr/', (request, response, next) => {
        const name = request.url?.replace(/^\//, '').split('?')[0] ?? '';
        if (name === OCR_WORKER) {
          response.setHeader('content-type', 'text/javascript');
          ocrWorker().then((script) => response.end(script), next);
        } else if (OCR_FILES[name]) {
          response.setHeader('content-type', name.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
          response.end(readFileSync(ocrFile(name)));
        } else next();
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: `ocr/${OCR_WORKER}`, source: await ocrWorker() });
      for (const name of Object.keys(OCR_FILES)) {
        this.emitFile({ type: 'asset', fileName: `ocr/${name}`, source: readFileSync(ocrFile(name)) });
      }
    },
  };
}

/** The renderer's build, shared by the desktop app (electron.vite.config.ts) and the web build below. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: here('./renderer'),
    base: './',
    plugins: [react(), pageHead(), ocrFiles()],
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
  // The CSP as a header too, as the desktop app and the sync server send it: a worker follows its own response's.
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
