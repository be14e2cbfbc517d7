import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadBridge } from './preloadBridge';

contextBridge.exposeInMainWorld('fieldbook', createPreloadBridge(ipcRenderer));
