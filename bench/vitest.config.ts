import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { alias } from '../vitest.config.ts';

/** `vitest bench` for the benchmarks in bench/: components rendered in jsdom, as in the component tests. */
export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    environment: 'jsdom',
    benchmark: { include: ['bench/**/*.bench.tsx'] },
  },
});
