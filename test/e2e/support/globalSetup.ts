import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const configFile = fileURLToPath(new URL('../../../vite.config.ts', import.meta.url));

/**
 * Builds the web app once and serves it on loopback for every end-to-end
 * test. The `e2e` mode adds the test hooks (renderer/data/database/testHooks.ts)
 * and nothing else.
 */
export async function setup(project: TestProject) {
  await build({ configFile, mode: 'e2e', logLevel: 'warn' });
  const server = await preview({
    configFile,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseURL', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
