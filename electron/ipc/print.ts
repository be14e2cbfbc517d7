import type { ChooseSavePath, MainHandlers, WriteFile } from './context';

/**
 * print:savePdf: the page that asked, printed to PDF by Chromium (the same
 * engine that shows it, so what is on screen is what is on paper) and
 * written where the user chooses. The path is asked first, so that a cancel
 * renders nothing.
 */
export function printHandlers(deps: {
  choosePath: ChooseSavePath;
  writeFile: WriteFile;
}): Pick<MainHandlers, 'print:savePdf'> {
  return {
    'print:savePdf': async ({ suggestedName, landscape }, { sender }) => {
      const path = await deps.choosePath(sender, suggestedName);
      if (!path) return { outcome: 'cancelled' };
      const pdf = await sender.printToPDF({
        landscape,
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
      await deps.writeFile(path, pdf);
      return { outcome: 'saved', fileName: path };
    },
  };
}
