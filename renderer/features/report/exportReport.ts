import type { SaveOutcome } from '@shared/ipc/contract';
import type { ReportDocument } from '@shared/report/document';
import { renderDocx } from '@shared/report/render/docx';
import { renderHtml } from '@shared/report/render/html';
import { renderMarkdown } from '@shared/report/render/markdown';
import { bridge } from '../../bridge/bridge';
import { fileNameFrom } from '../../services/fileName';

/** The files a report is saved as from its screen; PDF goes through the print view instead. */
export const FILE_FORMATS = ['docx', 'html', 'md'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/**
 * Writes the report in one format where the user chooses. The Word file is
 * built section by section, `onProgress` told of each, so a long report
 * shows how far it has come; the others are written at once.
 */
export async function exportReport(
  document: ReportDocument,
  format: FileFormat,
  title: string,
  onProgress: (done: number, total: number) => void,
): Promise<SaveOutcome> {
  const suggestedName = fileNameFrom(title, format);
  const content =
    format === 'docx'
      ? { kind: 'bytes' as const, bytes: await renderDocx(document, { onProgress }) }
      : { kind: 'text' as const, text: format === 'html' ? renderHtml(document) : renderMarkdown(document) };
  return bridge.invoke('files:save', { suggestedName, content });
}
