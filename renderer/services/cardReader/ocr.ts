import { type CardReader, type CardSide, LAYOUT, type OcrModel, readCardLines } from '@shared/people/card/reading';
import { createWorker, type PSM, type Worker } from 'tesseract.js';

/**
 * The OCR in the page, from files built into the app: tesseract.js's worker
 * (ocrWorker.ts, bundled as a classic script), its WebAssembly core (the SIMD build, which every
 * Chromium the app runs in has) and the trained data of the four models,
 * the same the tests measure (vite.config.ts copies them under `ocr/`).
 * Each model's worker starts when a card first needs it and is kept for the
 * next cards.
 */

/** The app's folder of OCR files (vite.config.ts, OCR_FILES), beside its page: the app routes by the URL's hash. */
const folder = () => new URL('ocr/', window.location.href).href;

/**
 * A model's worker, started. tesseract.js settles its start only when the
 * worker script or its core fails to load: trained data it cannot read
 * reach only `errorHandler` (or, without one, an error thrown in the page),
 * so that is where a failed start is told, and the card then fails with it.
 */
async function start(model: OcrModel): Promise<Worker> {
  let failed: (reason: Error) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    failed = reject;
  });
  const worker = await Promise.race([
    createWorker(model, 1, {
      workerPath: `${folder()}worker.js`,
      corePath: `${folder()}tesseract-core-simd-lstm.wasm.js`,
      langPath: folder(),
      gzip: true,
      workerBlobURL: false,
      // The files are the app's own: a copy in IndexedDB would only double them.
      cacheMethod: 'none',
      // A job that fails later rejects its own promise as well; this keeps it from being thrown in the page too.
      errorHandler: (error: unknown) => failed(new Error(`The ${model} model failed: ${String(error)}`)),
    }),
    failure,
  ]);
  await worker.setParameters({ tessedit_pageseg_mode: LAYOUT[model] as PSM });
  return worker;
}

export function startCardReader(): CardReader {
  const workers = new Map<OcrModel, Promise<Worker>>();
  const model = (name: OcrModel) => {
    let worker = workers.get(name);
    if (!worker) {
      worker = start(name);
      // A model that failed to load is tried again at the next card, not kept failed.
      worker.catch(() => workers.delete(name));
      workers.set(name, worker);
    }
    return worker;
  };
  return {
    async read(photo, side: CardSide, onProgress) {
      const passes = side === 'en' ? 1 : 3;
      let done = 0;
      onProgress?.(0);
      const lines = await readCardLines(photo, side, model, () => onProgress?.(Math.min(1, ++done / passes)));
      onProgress?.(1);
      return lines;
    },
    async close() {
      const started = [...workers.values()];
      workers.clear();
      await Promise.allSettled(started.map(async (worker) => (await worker).terminate()));
    },
  };
}
