import type { MenuCommand } from '@shared/ipc/contract';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from './menu';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.map((item) => item.label ?? '');
}

function submenu(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = items.find((item) => item.label === label)?.submenu;
  if (!Array.isArray(found)) throw new Error(`no submenu ${label}`);
  return found;
}

describe('application menu', () => {
  it('is in the interface language', () => {
    const send = () => {};
    expect(labels(buildMenuTemplate({ language: 'ko', platform: 'win32', isDevelopment: false, send }))).toEqual([
      '파일',
      '편집',
      '보기',
      '언어',
      '윈도우',
      '도움말',
    ]);
    expect(labels(buildMenuTemplate({ language: 'ja', platform: 'linux', isDevelopment: false, send }))[0]).toBe(
      'ファイル',
    );
    expect(labels(buildMenuTemplate({ language: 'en', platform: 'darwin', isDevelopment: false, send }))[0]).toBe(
      'Fieldbook',
    );
  });

  it('sends commands to the renderer and ticks the current language', () => {
    const sent: MenuCommand[] = [];
    const menu = buildMenuTemplate({
      language: 'ja',
      platform: 'linux',
      isDevelopment: false,
      send: (c) => sent.push(c),
    });
    const file = submenu(menu, 'ファイル');
    const newTrip = file.find((item) => item.label === '新しい視察');
    expect(newTrip?.accelerator).toBe('CmdOrCtrl+N');
    newTrip?.click?.({} as never, undefined, {} as never);
    const languages = submenu(menu, '言語');
    expect(languages.filter((item) => item.checked).map((item) => item.label)).toEqual(['日本語']);
    languages.find((item) => item.label === '한국어')?.click?.({} as never, undefined, {} as never);
    expect(sent).toEqual([{ command: 'newTrip' }, { command: 'setLanguage', language: 'ko' }]);
  });

  it('offers developer tools only in development', () => {
    const roles = (isDevelopment: boolean) =>
      submenu(buildMenuTemplate({ language: 'en', platform: 'linux', isDevelopment, send: () => {} }), 'View').map(
        (item) => item.role,
      );
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });

  it('opens the list of keyboard shortcuts from Help', () => {
    const sent: MenuCommand[] = [];
    const menu = buildMenuTemplate({
      language: 'ko',
      platform: 'win32',
      isDevelopment: false,
      send: (c) => sent.push(c),
    });
    const item = submenu(menu, '도움말').find((entry) => entry.label === '단축키');
    expect(item?.accelerator).toBe('CmdOrCtrl+/');
    item?.click?.({} as never, undefined, {} as never);
    expect(sent).toEqual([{ command: 'showShortcuts' }]);
  });
});
