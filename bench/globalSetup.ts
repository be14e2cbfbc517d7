import type { TestProject } from 'vitest/node';
import { setup as serveWebBuild } from '../test/e2e/support/globalSetup';

/**
 * The web build the Chromium benchmarks drive, served as for the end-to-end
 * tests, but built as users run it: with React's production build. Vitest
 * sets NODE_ENV to `test`, which Vite's build keeps, and React then ships its
 * development build (about twice the code, and checks on every render), which
 * is what earlier figures of typing and start-up timed.
 */
export async function setup(project: TestProject) {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await serveWebBuild(project);
  } finally {
    process.env.NODE_ENV = before;
  }
}
