import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hasColumns, mergeOrientations, needsLatinReading } from '@shared/people/card/models';
import { type OcrLine, type OcrPage, ocrPage, pageLines } from '@shared/people/card/ocrLines';
import { createWorker, PSM, type Worker } from 'tesseract.js';
import type { Side } from './cards';

/**
 * Reading cards in Node as the app will: tesseract.js with the trained data
 * the npm packages ship (nothing downloaded), one worker per model, kept for
 * every card. A Japanese card is read by the horizontal model, and where it
 * has columns by the vertical one too, each keeping what it read in its own
 * direction; a Korean one by the
 * Korean model; lines holding an e-mail or web address are read again by the
 * English model, which keeps their dots.
 */

type Model = 'jpn' | 'jpn_vert' | 'kor' | 'eng';

const require = createRequire(import.meta.url);

/** Where a model's trained data lies in its npm package. */
const langPath = (model: Model) => (require(`@tesseract.js-data/${model}`) as { langPath: string }).langPath;

/** The page layout each model reads best with: sparse text across, columns found by the full layout analysis. */
const LAYOUT: Record<Model, PSM> = {
  jpn: PSM.SPARSE_TEXT,
  jpn_vert: PSM.AUTO,
  kor: PSM.SPARSE_TEXT,
  eng: PSM.SPARSE_TEXT,
};

export interface CardReader {
  read(image: Buffer, side: Side): Promise<OcrLine[]>;
  /** Milliseconds each model took to load. */
  loading: Record<Model, number>;
  close(): Promise<void>;
}

async function start(model: Model, cachePath: string, loading: Record<Model, number>): Promise<Worker> {
  const started = performance.now();
  const worker = await createWorker(model, 1, { langPath: langPath(model), gzip: true, cachePath });
  await worker.setParameters({ tessedit_pageseg_mode: LAYOUT[model] });
  loading[model] = performance.now() - started;
  return worker;
}

/** A photo's page as `model` reads it, straightened first where it lies askew. */
async function recognise(worker: Worker, image: Buffer) {
  const { data } = await worker.recognize(image, { rotateAuto: true }, { blocks: true });
  return { lines: pageLines(ocrPage.parse(data satisfies OcrPage)), radians: data.rotateRadians ?? 0 };
}

/** One line read again by the English model, on the photo turned as the first reading turned it. */
async function inLatin(eng: Worker, image: Buffer, radians: number, line: OcrLine): Promise<OcrLine[]> {
  const margin = 4;
  const { x0, y0, x1, y1 } = line.bbox;
  const [left, top] = [Math.max(0, x0 - margin), Math.max(0, y0 - margin)];
  const rectangle = { left, top, width: x1 + margin - left, height: y1 + margin - top };
  const { data } = await eng.recognize(image, { rectangle, rotateRadians: radians }, { blocks: true });
  return pageLines(ocrPage.parse(data));
}

export async function startCardReader(): Promise<CardReader> {
  const cachePath = await mkdtemp(path.join(tmpdir(), 'fieldbook-ocr-'));
  const loading: Record<Model, number> = { jpn: 0, jpn_vert: 0, kor: 0, eng: 0 };
  const [jpn, jpnVert, kor, eng] = await Promise.all([
    start('jpn', cachePath, loading),
    start('jpn_vert', cachePath, loading),
    start('kor', cachePath, loading),
    start('eng', cachePath, loading),
  ]);

  async function firstReading(image: Buffer, side: Side) {
    if (side === 'en') return recognise(eng, image);
    if (side === 'ko') return recognise(kor, image);
    const across = await recognise(jpn, image);
    const down = hasColumns(across.lines) ? (await recognise(jpnVert, image)).lines : [];
    return { lines: mergeOrientations(across.lines, down), radians: across.radians };
  }

  return {
    async read(image, side) {
      const { lines, radians } = await firstReading(image, side);
      if (side === 'en') return lines;
      const again = await Promise.all(
        lines.filter(needsLatinReading).map((line) => inLatin(eng, image, radians, line)),
      );
      return [...lines, ...again.flat()];
    },
    loading,
    close: async () => {
      await Promise.all([jpn, jpnVert, kor, eng].map((worker) => worker.terminate()));
    },
  };
}
