// tesseract.js's worker, as its browser entry sets it up (its package ships no built one; the default is a CDN's),
// with gunzip by fflate: the entry's zlibjs takes Node's path and its Buffer, which a browser's worker lacks.
import './ocrWorkerSetup';
import { gunzipSync } from 'fflate';
import getCore from 'tesseract.js/src/worker-script/browser/getCore.js';
import worker from 'tesseract.js/src/worker-script/index.js';

self.addEventListener('message', ({ data }) => {
  worker.dispatchHandlers(data, (answer) => postMessage(answer));
});

worker.setAdapter({
  getCore,
  gunzip: (bytes) => gunzipSync(bytes),
  fetch: () => undefined,
  // The trained data are the app's own files (cacheMethod 'none'): never copied into IndexedDB.
  readCache: async () => undefined,
  writeCache: async () => undefined,
  deleteCache: async () => undefined,
  checkCache: async () => false,
});
