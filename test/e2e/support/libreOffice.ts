import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';

const run = promisify(execFile);

/**
 * LibreOffice stands in for Word on these machines: it opens the DOCX
 * headless and converts it to PDF, which fails on a file it would have to
 * repair. Its own profile per run, so that no other LibreOffice gets in the way.
 * Answers the PDF's text, its fonts (pdffonts) and bytes.
 */
export async function convertWithLibreOffice(docxBytes: Uint8Array, name: string) {
  const folder = await mkdtemp(path.join(tmpdir(), 'fieldbook-docx-'));
  const docx = path.join(folder, `${name}.docx`);
  await writeFile(docx, docxBytes);
  const { stderr } = await run(
    'soffice',
    [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', folder, docx],
    { timeout: 120_000 },
  );
  const pdf = path.join(folder, `${name}.pdf`);
  expect(stderr).not.toMatch(/error/i);
  const text = (await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  const fonts = (await run('pdffonts', [pdf])).stdout;
  return { text, fonts, pdf, bytes: await readFile(pdf) };
}

/** pdftotext puts spaces between CJK characters of justified lines; compare without them. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');
