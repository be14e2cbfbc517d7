import type { ReportDocument } from '@shared/report/document';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge/bridge';

/**
 * Saving a document's print view as a PDF whose contents gives each
 * section's page: a first print, never saved, tells where each section
 * begins (print:pageNumbers); the numbers are written into the contents,
 * whose room for them was kept, so no page moves; then the page is printed
 * again and saved. The numbers stay with the document they were counted
 * for. A browser tells none (its print dialog saves the PDF), and the
 * contents then goes without them.
 */
export function useNumberedPdf(document: ReportDocument | null) {
  const { t } = useTranslation('report');
  const [numbered, setNumbered] = useState<{ of: ReportDocument; pages: ReadonlyMap<string, number> } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // Resolved once the numbers are on the page: the second print prints the page as it then stands.
  const written = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!numbered) return;
    written.current?.();
    written.current = null;
  }, [numbered]);
  const savePdf = async (suggestedName: string) => {
    if (!document) return;
    setStatus(t('screen.numberingPages'));
    const pages = new Map(await bridge.invoke('print:pageNumbers', { landscape: false }));
    await new Promise<void>((resolve) => {
      written.current = resolve;
      setNumbered({ of: document, pages });
    });
    const outcome = await bridge.invoke('print:savePdf', { suggestedName, landscape: false });
    setStatus(
      outcome.outcome === 'saved'
        ? t('screen.saved', { fileName: outcome.fileName })
        : outcome.outcome === 'printDialog'
          ? t('screen.printDialog')
          : t('screen.notSaved'),
    );
  };
  return { pages: numbered?.of === document ? numbered.pages : undefined, status, savePdf };
}
