import { compileReport } from '@shared/report/compile';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleReportRecords } from '../../../test/fixtures/sampleReport';
import { initI18n } from '../../i18n/i18n';
import { useNumberedPdf } from './useNumberedPdf';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('saving the report as a PDF in a browser', () => {
  it('numbers nothing it cannot know, and leaves the saving to the print dialog, saying so', async () => {
    const i18n = await initI18n('en');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    );
    const document = compileReport(sampleReportRecords(), { layout: 'sideBySide' });
    // jsdom has no print dialog: what the page asks of it is counted.
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { result } = renderHook(() => useNumberedPdf(document), { wrapper });
    expect(result.current.pages).toBeUndefined();
    // Not inside act(): act holds back the render the save waits for.
    const saved = result.current.savePdf('report.pdf');
    await waitFor(() => expect(result.current.status).toBe('Choose “Save as PDF” in the print dialog.'));
    await saved;
    expect(print).toHaveBeenCalledTimes(1);
    expect(result.current.pages?.size).toBe(0);
  });
});
