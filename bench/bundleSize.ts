/**
 * The initial renderer bundle: what the window must load before the first
 * screen appears (what index.html loads, and the first screen's strings in
 * the interface language, the largest of the three), raw, gzipped and
 * brotli-compressed, beside a bare React 19 app built the same way in the
 * same run; then what loads in the background after the first screen, and
 * the biggest contributors.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';
import { FIRST_SCREEN_NAMESPACES } from '../renderer/i18n/strings.ts';

const root = path.resolve(import.meta.dirname, '..');

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** The files index.html loads up front: its entry script, preloaded modules and stylesheets. */
async function initialFiles(outDir: string): Promise<string[]> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  return [...new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? ''))];
}

async function measure(outDir: string, files: readonly string[]): Promise<Sizes> {
  const sizes: Sizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const bytes = await readFile(path.join(outDir, file));
    sizes.raw += bytes.length;
    sizes.gzip += gzipSync(bytes).length;
    sizes.brotli += brotliCompressSync(bytes).length;
  }
  return sizes;
}

async function initialLoad(outDir: string): Promise<Sizes> {
  return measure(outDir, await initialFiles(outDir));
}

function outputOf(result: Awaited<ReturnType<typeof build>>): Rolldown.OutputChunk[] {
  const outputs = Array.isArray(result) ? result : [result];
  return outputs
    .flatMap((o) => ('output' in o ? o.output : []))
    .filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
}

/**
 * The strings the start loads before the first screen (renderer/main.tsx):
 * the first screen's namespaces in one language, each a chunk of its own;
 * the language whose are largest.
 */
async function firstScreenStrings(outDir: string, chunks: Rolldown.OutputChunk[]): Promise<string[]> {
  const byLanguage = new Map<string, string[]>();
  for (const chunk of chunks) {
    // A namespace's chunk holds its strings alone (shared/i18n/resources.ts imports them too, for the exports).
    const [only, ...others] = Object.keys(chunk.modules);
    const [, lang, ns] = /\/locales\/(\w+)\/(\w+)\.json$/.exec(only ?? '') ?? [];
    if (others.length > 0 || !lang || !(FIRST_SCREEN_NAMESPACES as readonly string[]).includes(ns ?? '')) continue;
    byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), chunk.fileName]);
  }
  let largest: { files: string[]; gzip: number } = { files: [], gzip: -1 };
  for (const files of byLanguage.values()) {
    const { gzip } = await measure(outDir, files);
    if (gzip > largest.gzip) largest = { files, gzip };
  }
  return largest.files;
}

/** Rendered bytes per npm package (or 'fieldbook' for our own code), largest first. */
function contributors(chunks: Rolldown.OutputChunk[]): [string, number][] {
  const byPackage = new Map<string, number>();
  for (const chunk of chunks) {
    for (const [id, info] of Object.entries(chunk.modules)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? 'fieldbook';
      byPackage.set(name, (byPackage.get(name) ?? 0) + info.renderedLength);
    }
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]);
}

async function buildFieldbook(): Promise<{ initial: Sizes; later: Sizes; chunks: Rolldown.OutputChunk[] }> {
  const outDir = path.join(root, 'out/bench/fieldbook');
  const result = await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, sourcemap: false },
  });
  const chunks = outputOf(result);
  const initial = [...(await initialFiles(outDir)), ...(await firstScreenStrings(outDir, chunks))];
  const later = chunks.map((chunk) => chunk.fileName).filter((file) => !initial.includes(file));
  return {
    initial: await measure(outDir, initial),
    later: await measure(outDir, later),
    chunks: chunks.filter((chunk) => initial.includes(chunk.fileName)),
  };
}

/** The baseline: React 19 rendering one line, nothing else, with the same build settings. */
async function buildBareReact(): Promise<Sizes> {
  const dir = path.join(root, 'out/bench/bare-react-src');
  const outDir = path.join(root, 'out/bench/bare-react');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>',
  );
  await writeFile(
    path.join(dir, 'main.js'),
    "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(createElement('p', null, 'Hello'));\n",
  );
  await build({
    configFile: false,
    root: dir,
    base: './',
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'chrome130', minify: true },
  });
  return initialLoad(outDir);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`.padStart(10);

const baseline = await buildBareReact();
const fieldbook = await buildFieldbook();

console.log('\nInitial renderer bundle (loaded before the first screen)\n');
console.log(`${''.padEnd(24)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
console.log(
  `${'Fieldbook'.padEnd(24)}${kb(fieldbook.initial.raw)}${kb(fieldbook.initial.gzip)}${kb(fieldbook.initial.brotli)}`,
);
console.log(`${'Bare React 19 (baseline)'.padEnd(24)}${kb(baseline.raw)}${kb(baseline.gzip)}${kb(baseline.brotli)}`);
console.log(
  `${'Ratio'.padEnd(24)}${ratio(fieldbook.initial.raw, baseline.raw)}${ratio(fieldbook.initial.gzip, baseline.gzip)}${ratio(fieldbook.initial.brotli, baseline.brotli)}`,
);
console.log(
  `${'Loaded after first screen'.padEnd(24)}${kb(fieldbook.later.raw)}${kb(fieldbook.later.gzip)}${kb(fieldbook.later.brotli)}`,
);
console.log('\nLargest contributors to the initial bundle (code before minification)\n');
for (const [name, bytes] of contributors(fieldbook.chunks).slice(0, 10)) console.log(`${name.padEnd(36)}${kb(bytes)}`);
