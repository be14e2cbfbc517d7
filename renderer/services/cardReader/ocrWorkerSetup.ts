// Runs in the OCR's worker before tesseract.js's worker script (ocrWorker.ts).

// The worker script was written for webpack, which names the worker's global scope `global`.
(self as unknown as { global: typeof self }).global = self;

/**
 * Tesseract's engine writes its notes on its work to stderr ("Estimating
 * resolution as 398", parameters the LSTM model has no use for), which
 * Emscripten prints as console errors: they are no fault of the app's, and
 * go to the debug level; any other error stays one.
 */
const ENGINE_NOTE = /^(?:Warning: Parameter not found: |Estimating resolution as )/;
const { error, debug } = console;
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && ENGINE_NOTE.test(args[0])) debug(...args);
  else error(...args);
};
