import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { OcrLine } from '@shared/people/card/ocrLines';
import { type CardSide, LAYOUT, type OcrModel, readCardLines } from '@shared/people/card/reading';
import { createWorker, type PSM, type Worker } from 'tesseract.js';

/**
 * Reading cards in Node as the app does (shared/people/card/reading.ts):
 * tesseract.js with the trained data the npm packages ship (nothing
 * downloaded), one worker per model, kept for every card.
 */

const require = createRequire(import.meta.url);

/** Where a model's trained data lies in its npm package. */
const langPath = (model: OcrModel) => (require(`@tesseract.js-data/${model}`) as { langPath: string }).langPath;

export interface CardReader {
  read(image: Buffer, side: CardSide): Promise<OcrLine[]>;
  /** Milliseconds each model took to load. */
  loading: Record<OcrModel, number>;
  close(): Promise<void>;
}

async function start(model: OcrModel, cachePath: string, loading: Record<OcrModel, number>): Promise<Worker> {
  const started = performance.now();
  const worker = await createWorker(model, 1, { langPath: langPath(model), gzip: true, cachePath });
  await worker.setParameters({ tessedit_pageseg_mode: LAYOUT[model] as PSM });
  loading[model] = performance.now() - started;
  return worker;
}

export async function startCardReader(): Promise<CardReader> {
  const cachePath = await mkdtemp(path.join(tmpdir(), 'fieldbook-ocr-'));
  const loading: Record<OcrModel, number> = { jpn: 0, jpn_vert: 0, kor: 0, eng: 0 };
  const [jpn, jpnVert, kor, eng] = await Promise.all([
    start('jpn', cachePath, loading),
    start('jpn_vert', cachePath, loading),
    start('kor', cachePath, loading),
    start('eng', cachePath, loading),
  ]);
  const workers: Record<OcrModel, Worker> = { jpn, jpn_vert: jpnVert, kor, eng };
  return {
    read: (image, side) => readCardLines(image, side, async (model) => workers[model]),
    loading,
    close: async () => {
      await Promise.all(Object.values(workers).map((worker) => worker.terminate()));
    },
  };
}
