import { MAX_NUMBERED_TARGETS } from '@shared/ipc/contract';
import { destinationPages } from '@shared/report/pdfPages';
import type { ChooseSavePath, MainHandlers, WriteFile } from './context';

const printOptions = (landscape: boolean) => ({
  landscape,
  pageSize: 'A4' as const,
  printBackground: true,
  preferCSSPageSize: true,
});

/**
 * print:pageNumbers and print:savePdf: the page that asked, printed to PDF
 * by Chromium (the same engine that shows it, so what is on screen is what
 * is on paper). A first print, never saved, tells the page where its links'
 * targets land, so that a report's contents can give its sections' pages;
 * the second is written where the user chooses. The path is asked first, so
 * that a cancel renders nothing.
 */
export function printHandlers(deps: {
  choosePath: ChooseSavePath;
  writeFile: WriteFile;
}): Pick<MainHandlers, 'print:pageNumbers' | 'print:savePdf'> {
  return {
    'print:pageNumbers': async ({ landscape }, { sender }) => {
      const pages = destinationPages(await sender.printToPDF(printOptions(landscape)));
      return [...pages].slice(0, MAX_NUMBERED_TARGETS);
    },
    'print:savePdf': async ({ suggestedName, landscape }, { sender }) => {
      const path = await deps.choosePath(sender, suggestedName);
      if (!path) return { outcome: 'cancelled' };
      const pdf = await sender.printToPDF(printOptions(landscape));
      await deps.writeFile(path, pdf);
      return { outcome: 'saved', fileName: path };
    },
  };
}
