import { LANGUAGE_AUTONYMS, type Language } from '@shared/i18n/languages';
import { countMissing, type ReportDocument } from '@shared/report/document';
import { reportWords } from '@shared/report/words';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { exportReport, type FileFormat } from './exportReport';

type Format = FileFormat | 'pdf';
const FORMATS: Format[] = ['docx', 'pdf', 'html', 'md'];

type State =
  | { step: 'idle' }
  | { step: 'asking'; format: Format }
  | { step: 'exporting'; format: Format; done: number; total: number }
  | { step: 'saved'; fileName: string }
  | { step: 'cancelled' }
  | { step: 'failed' };

interface Props {
  document: ReportDocument;
  /** The file's name, without its extension. */
  title: string;
  /** Opens the print view, from which the PDF is saved. */
  onPdf: () => void;
}

/**
 * How many texts lack a translation, said before anything is exported, and
 * the export itself: a Word, HTML or Markdown file saved where the user
 * chooses, with its progress, or the print view for a PDF. When texts are
 * missing the user is asked first: they are marked in the file, not left out.
 */
export function ExportPanel({ document, title, onPdf }: Props) {
  const { t } = useTranslation('report');
  const [state, setState] = useState<State>({ step: 'idle' });
  const missing = Object.entries(countMissing(document)) as [Language, number][];
  const total = missing.reduce((sum, [, count]) => sum + count, 0);

  const run = async (format: Format) => {
    if (format === 'pdf') {
      setState({ step: 'idle' });
      onPdf();
      return;
    }
    setState({ step: 'exporting', format, done: 0, total: 1 });
    try {
      const outcome = await exportReport(document, format, title, (done, all) =>
        setState({ step: 'exporting', format, done, total: all }),
      );
      setState(outcome.outcome === 'saved' ? { step: 'saved', fileName: outcome.fileName } : { step: 'cancelled' });
    } catch {
      setState({ step: 'failed' });
    }
  };
  const start = (format: Format) => (total > 0 ? setState({ step: 'asking', format }) : void run(format));

  return (
    <section aria-labelledby="report-export-heading" className="report-export">
      <h2 id="report-export-heading">{t('screen.export')}</h2>
      <p>
        {total === 0
          ? t('screen.allTranslated')
          : missing
              .map(([lang, count]) => t('screen.missing', { count, language: LANGUAGE_AUTONYMS[lang] }))
              .join(' · ')}
      </p>
      <div className="report-export__buttons">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            disabled={state.step === 'exporting'}
            onClick={() => start(format)}
          >
            {t(`screen.formats.${format}`)}
          </button>
        ))}
      </div>
      <div role="status" className="report-export__status">
        {state.step === 'exporting' ? (
          <>
            {t('screen.exporting', { format: t(`screen.formats.${state.format}`) })}
            <progress max={state.total} value={state.done} aria-label={t('screen.exportProgress')} />
          </>
        ) : state.step === 'saved' ? (
          t('screen.saved', { fileName: state.fileName })
        ) : state.step === 'cancelled' ? (
          t('screen.notSaved')
        ) : null}
      </div>
      {state.step === 'failed' ? (
        <p role="alert" className="field__error">
          {t('screen.failed')}
        </p>
      ) : null}
      <ConfirmDialog
        open={state.step === 'asking'}
        title={t('screen.missingTitle', { count: total })}
        body={t('screen.missingBody', {
          // The marks as the file prints them, in the language each is missing in: “[未翻訳]”, not the screen's word.
          marks: missing.map(([lang]) => `[${reportWords(lang).status.missing}]`).join(' '),
        })}
        confirmLabel={t('screen.exportAnyway')}
        cancelLabel={t('screen.cancel')}
        onConfirm={() => state.step === 'asking' && void run(state.format)}
        onCancel={() => setState({ step: 'idle' })}
      />
    </section>
  );
}
