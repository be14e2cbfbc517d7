import { describe, expect, it } from 'vitest';
import { readDevServerUrl } from './devServer';

const inDevelopment = (url: string | undefined) =>
  readDevServerUrl({ isPackaged: false, env: { ELECTRON_RENDERER_URL: url } });

describe('dev server URL', () => {
  it('is read from ELECTRON_RENDERER_URL in a development build', () => {
    expect(inDevelopment('http://localhost:5173')).toBe('http://localhost:5173');
    expect(inDevelopment('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/');
    expect(inDevelopment('https://[::1]:5173')).toBe('https://[::1]:5173');
  });

  it('is never read in a packaged app', () => {
    expect(readDevServerUrl({ isPackaged: true, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } })).toBe(
      undefined,
    );
  });

  it('is absent when the variable is', () => {
    expect(readDevServerUrl({ isPackaged: false, env: {} })).toBe(undefined);
    expect(inDevelopment('')).toBe(undefined);
  });

  it('refuses anything but http(s) on this machine', () => {
    for (const url of [
      'http://example.org:5173',
      'https://192.168.1.10:5173',
      'http://localhost.example.org:5173',
      'http://127.0.0.1.example.org/',
      'http://localhost@example.org/',
      'file:///tmp/index.html',
      'app://fieldbook/index.html',
      'ws://localhost:5173',
      'javascript:alert(1)',
      'localhost:5173',
      'not a url',
    ]) {
      expect(inDevelopment(url), url).toBe(undefined);
    }
  });
});
