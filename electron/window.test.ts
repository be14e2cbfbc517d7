import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from './appOrigin';
import { guardNavigation, mainWindowOptions } from './window';

/** Just enough of WebContents to carry the listeners guardNavigation installs. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  /** Emits a navigation event as Electron does and tells whether the page would have been allowed to go. */
  attempt(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) }, url);
    return !prevented;
  }
}

function guarded(devServerUrl?: string) {
  const contents = new FakeContents();
  const opened: string[] = [];
  guardNavigation(contents as unknown as WebContents, { devServerUrl, openExternal: (url) => opened.push(url) });
  return { contents, opened };
}

describe('main window', () => {
  it('runs the renderer isolated, sandboxed and without Node.js', () => {
    const prefs = mainWindowOptions('/app/out/preload/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('refuses navigation and redirects away from the app', () => {
    const { contents } = guarded();
    expect(contents.attempt('will-navigate', 'https://example.org/')).toBe(false);
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(false);
    expect(contents.attempt('will-redirect', 'http://127.0.0.1:8080/')).toBe(false);
    expect(contents.attempt('will-navigate', 'app://other/index.html')).toBe(false);
  });

  it('allows navigation within the app itself', () => {
    const { contents } = guarded();
    expect(contents.attempt('will-navigate', APP_ENTRY_URL)).toBe(true);
    expect(contents.attempt('will-navigate', `${APP_ENTRY_URL}#/trips/new`)).toBe(true);
  });

  it('allows the dev server only when one is running', () => {
    expect(guarded().contents.attempt('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(guarded('http://localhost:5173').contents.attempt('will-navigate', 'http://localhost:5173/#/')).toBe(true);
  });

  it('never attaches a webview', () => {
    expect(guarded().contents.attempt('will-attach-webview', 'https://example.org/')).toBe(false);
  });

  it('opens no window; web links go to the system browser, other schemes nowhere', () => {
    const { contents, opened } = guarded();
    expect(contents.openHandler?.({ url: 'https://www.pref.fukuoka.lg.jp/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.pref.fukuoka.lg.jp/']);
  });
});
