import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export const alias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    // A guard against a hang, not a measure: on a busy two-core machine a database test of a few seconds may take 5.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'server/**/*.test.ts',
            'test/config/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'test/property/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        plugins: [react()],
        // What the renderer's build defines (vite.config.ts), so that modules reaching the bridge load.
        define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['test/setup/dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/support/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A real browser on a busy two-core machine: give what the user would see a few seconds to appear.
          expect: { poll: { timeout: 5_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
