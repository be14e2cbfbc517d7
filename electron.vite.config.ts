import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { alias, rendererConfig } from './vite.config';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: here('./out/main'),
      // Everything but Electron and Node.js is inlined, so the packaged app carries no node_modules.
      externalizeDeps: false,
      rollupOptions: { input: { main: here('./electron/main.ts') }, external: ['electron', /^node:/] },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: here('./out/preload'),
      // A sandboxed preload cannot load modules: it is one CommonJS file with everything inlined.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: here('./electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig(here('./out/renderer')),
    build: {
      ...rendererConfig(here('./out/renderer')).build,
      rollupOptions: { input: here('./renderer/index.html') },
    },
  },
});
