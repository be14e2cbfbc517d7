import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { directivesOf, POLICY } from '../test/fixtures/contentSecurityPolicy';
import { createAppProtocolHandler } from './protocol';

let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  const base = await mkdtemp(path.join(tmpdir(), 'fieldbook-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Fieldbook</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'export {};');
  await writeFile(path.join(base, 'secret.txt'), 'outside the renderer');
  handle = createAppProtocolHandler({ rootDir: root, readFile });
});

describe('app:// protocol', () => {
  it('serves the renderer with its type and the Content-Security-Policy', async () => {
    const page = await handle(new Request('app://fieldbook/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(directivesOf(page.headers.get('content-security-policy'))).toEqual(POLICY);
    expect(await page.text()).toContain('<title>Fieldbook</title>');

    const script = await handle(new Request('app://fieldbook/assets/app.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for the root', async () => {
    expect((await handle(new Request('app://fieldbook/'))).status).toBe(200);
  });

  it('serves nothing outside the renderer folder', async () => {
    for (const url of [
      'app://fieldbook/../secret.txt',
      'app://fieldbook/%2e%2e/secret.txt',
      'app://fieldbook/assets/..%2f..%2fsecret.txt',
      'app://fieldbook/%2e%2e%2fsecret.txt',
    ]) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
    }
  });

  it('answers 404 for missing files and other hosts', async () => {
    expect((await handle(new Request('app://fieldbook/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://elsewhere/index.html'))).status).toBe(404);
  });
});
