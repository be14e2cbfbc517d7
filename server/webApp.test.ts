import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '@shared/security/csp';
import { PROTOCOL } from '@shared/sync/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { type Listening, listen } from './serve';
import { noStorage } from './test/harness';
import { builtWebApp } from './webApp';

/** A GET of a path exactly as written: fetch would resolve `..` before sending it. */
const rawGet = (url: string, path: string) =>
  new Promise<number | undefined>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path }, (answer) => {
      answer.resume();
      resolve(answer.statusCode);
    })
      .on('error', reject)
      .end();
  });

describe('the web app on the server’s own origin', () => {
  let root: string;
  let server: Listening;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'fieldbook-web-'));
    await mkdir(join(root, 'web', 'assets'), { recursive: true });
    await writeFile(join(root, 'web', 'index.html'), '<!doctype html><title>Fieldbook</title>');
    await writeFile(join(root, 'web', 'assets', 'index.js'), 'console.log("현지 연수")');
    await writeFile(join(root, 'secret.txt'), 'outside the build');
    server = await listen(createApp({ storage: noStorage, name: 'test', webApp: join(root, 'web') }), 0, '127.0.0.1');
  });
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves the build’s files with the app’s Content-Security-Policy', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Fieldbook</title>');
    const script = await fetch(`${server.url}/assets/index.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toContain('현지 연수');
  });

  it('serves nothing outside the build, and the protocol as before', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/nothing.html']) {
      expect(await rawGet(server.url, path), path).toBe(404);
    }
    const info = await fetch(`${server.url}/v1/info`);
    expect((await info.json()).protocol).toBe(PROTOCOL);
    expect(info.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(
      (await fetch(`${server.url}/v1/nothing`, { headers: { 'Fieldbook-Protocol': String(PROTOCOL) } })).status,
    ).toBe(404);
  });

  it('is served only when built', async () => {
    expect(builtWebApp(join(root, 'web'))).toBe(join(root, 'web'));
    expect(builtWebApp(join(root, 'none'))).toBeUndefined();
  });
});
