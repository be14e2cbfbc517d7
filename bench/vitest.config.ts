import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { alias } from '../vitest.config.ts';

/** `vitest bench` for the benchmarks in bench/: components rendered in jsdom, as in the component tests. */
export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    environment: 'jsdom',
    benchmark: { include: ['bench/**/*.bench.ts', 'bench/**/*.bench.tsx'] },
    // The Chromium benchmarks drive the web build, in production mode (bench/globalSetup.ts).
    globalSetup: ['bench/globalSetup.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
