import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Language, matchLanguage } from '@shared/i18n/languages';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, isAppUrl } from './appOrigin';
import { readDevServerUrl } from './devServer';
import { appHandlers } from './ipc/app';
import { attachmentSaveHandlers } from './ipc/attachments';
import { cameraHandlers } from './ipc/camera';
import { fileHandlers } from './ipc/files';
import { printHandlers } from './ipc/print';
import { registerCalls, sendEvent } from './ipc/register';
import { syncHandlers } from './ipc/sync';
import { tripFileHandlers } from './ipc/tripFiles';
import { buildMenuTemplate } from './menu';
import { wireOpenedFiles } from './openedFilesWiring';
import { createAppProtocolHandler } from './protocol';
import { createOpenDialog, createSaveDialog } from './saveDialog';
import { lockDownSession } from './session';
import { claimSingleInstance } from './singleInstance';
import { openSyncServers } from './syncServers';
import { sendSyncRequest } from './syncTransport';
import { guardNavigation, mainWindowOptions } from './window';

/** Set by `electron-vite dev`; ignored in a packaged app. */
const devServerUrl = readDevServerUrl({ isPackaged: app.isPackaged, env: process.env });
let mainWindow: BrowserWindow | null = null;

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

function setMenuLanguage(language: Language): void {
  const template = buildMenuTemplate({
    language,
    platform: process.platform,
    isDevelopment: !app.isPackaged,
    send: (command) => {
      if (mainWindow) sendEvent(mainWindow.webContents, 'app:menuCommand', command);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(path.join(import.meta.dirname, '../preload/preload.cjs')));
  guardNavigation(window.webContents, { devServerUrl, openExternal: (url) => void shell.openExternal(url) });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

if (!claimSingleInstance(app, focusMainWindow)) {
  app.quit();
} else {
  void app.whenReady().then(() => {
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({ rootDir: path.join(import.meta.dirname, '../renderer'), readFile }),
    );
    const camera = lockDownSession(session.defaultSession, devServerUrl);
    const files = {
      choosePath: createSaveDialog({
        dialog,
        windowOf: (contents) => BrowserWindow.fromWebContents(contents),
        defaultFolder: () => app.getPath('documents'),
      }),
      writeFile: (file: string, data: string | Uint8Array) => writeFile(file, data),
    };
    const opened = wireOpenedFiles(app, { platform: process.platform, openPath: (file) => shell.openPath(file) });
    registerCalls(
      ipcMain,
      {
        ...appHandlers({ version: app.getVersion(), platform: process.platform, setMenuLanguage }),
        ...cameraHandlers(camera),
        ...fileHandlers(files),
        ...printHandlers(files),
        ...opened.handlers,
        ...attachmentSaveHandlers({
          choosePath: files.choosePath,
          fs: { open, rename, rm },
          markDownloaded: opened.markDownloaded,
        }),
        ...tripFileHandlers({
          choosePath: files.choosePath,
          chooseOpenPath: createOpenDialog({
            dialog,
            windowOf: (contents) => BrowserWindow.fromWebContents(contents),
            defaultFolder: () => app.getPath('documents'),
          }),
          fs: { open, rename, rm },
        }),
        ...syncHandlers({
          servers: openSyncServers(path.join(app.getPath('userData'), 'sync-servers.json'), {
            readFile,
            open,
            rename,
            rm,
            mkdir,
          }),
          send: sendSyncRequest,
        }),
      },
      (url) => isAppUrl(url, devServerUrl),
    );
    setMenuLanguage(matchLanguage(app.getPreferredSystemLanguages()));
    mainWindow = createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
