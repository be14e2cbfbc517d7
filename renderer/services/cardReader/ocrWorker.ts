// tesseract.js's worker script, bundled with the app: its package ships none, and the default is a CDN's.
import './ocrWorkerSetup';
import 'tesseract.js/src/worker-script/browser/index.js';
