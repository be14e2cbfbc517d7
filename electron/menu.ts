import { LANGUAGE_AUTONYMS, LANGUAGES, type Language } from '@shared/i18n/languages';
import { resources } from '@shared/i18n/resources';
import type { MenuCommand } from '@shared/ipc/contract';
import type { MenuItemConstructorOptions } from 'electron';

interface MenuOptions {
  language: Language;
  platform: NodeJS.Platform;
  /** Developer tools are offered only in development builds. */
  isDevelopment: boolean;
  send: (command: MenuCommand) => void;
}

/** The native application menu in the interface language. */
export function buildMenuTemplate({
  language,
  platform,
  isDevelopment,
  send,
}: MenuOptions): MenuItemConstructorOptions[] {
  const m = resources[language].menu;
  const isMac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions = {
    label: m.app,
    submenu: [
      { role: 'about', label: m.about },
      { type: 'separator' },
      { role: 'hide', label: m.hide },
      { role: 'hideOthers', label: m.hideOthers },
      { role: 'unhide', label: m.showAll },
      { type: 'separator' },
      { role: 'quit', label: m.quit },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: m.file,
    submenu: [
      { label: m.newTrip, accelerator: 'CmdOrCtrl+N', click: () => send({ command: 'newTrip' }) },
      { label: m.trips, accelerator: 'CmdOrCtrl+Shift+L', click: () => send({ command: 'showTrips' }) },
      { label: m.loadSample, click: () => send({ command: 'loadSampleTrip' }) },
      { type: 'separator' },
      isMac ? { role: 'close', label: m.closeWindow } : { role: 'quit', label: m.quit },
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: m.edit,
    submenu: [
      { role: 'undo', label: m.undo },
      { role: 'redo', label: m.redo },
      { type: 'separator' },
      { role: 'cut', label: m.cut },
      { role: 'copy', label: m.copy },
      { role: 'paste', label: m.paste },
      { role: 'selectAll', label: m.selectAll },
      { type: 'separator' },
      { label: m.search, accelerator: 'CmdOrCtrl+K', click: () => send({ command: 'search' }) },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: m.view,
    submenu: [
      { role: 'reload', label: m.reload },
      ...(isDevelopment ? [{ role: 'toggleDevTools', label: m.devTools } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom', label: m.actualSize },
      { role: 'zoomIn', label: m.zoomIn },
      { role: 'zoomOut', label: m.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: m.fullScreen },
    ],
  };
  const languageMenu: MenuItemConstructorOptions = {
    label: m.language,
    submenu: LANGUAGES.map((lng) => ({
      label: LANGUAGE_AUTONYMS[lng],
      type: 'radio',
      checked: lng === language,
      click: () => send({ command: 'setLanguage', language: lng }),
    })),
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: m.window,
    submenu: [{ role: 'minimize', label: m.minimize }, ...(isMac ? [{ role: 'front' } as const] : [])],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: m.help,
    submenu: [
      { label: m.shortcuts, accelerator: 'CmdOrCtrl+/', click: () => send({ command: 'showShortcuts' }) },
      { type: 'separator' },
      { role: 'about', label: m.about },
    ],
  };
  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, languageMenu, windowMenu, helpMenu];
}
