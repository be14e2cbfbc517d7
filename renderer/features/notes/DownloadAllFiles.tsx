import type { Attachment } from '@shared/model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFilesHere } from '../../data/hooks/useFilesHere';
import { formatBytes } from '../../i18n/format';
import { useFileDownload } from '../../services/sync';
import { useLanguage } from '../../services/useLanguage';
import { useUnavailableWords } from './useFetchFile';

interface Run {
  /** Files done (downloaded or not) of those missing when the run began, and their bytes. */
  done: number;
  count: number;
  bytes: number;
  total: number;
}

/**
 * "Download all for offline": the visit's files not on this device yet, how
 * many and how large, brought down one after another with their progress
 * (files and bytes); those that could not come are said in words, each.
 * While it runs, new files attached elsewhere wait for the next run.
 */
export function DownloadAllFiles({ attachments }: { attachments: readonly Attachment[] }) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const download = useFileDownload();
  const words = useUnavailableWords();
  const here = useFilesHere(attachments.map((attachment) => attachment.id));
  const [run, setRun] = useState<Run | null>(null);
  /** What the last run said: why each file that could not come did not, or that all are here. */
  const [said, setSaid] = useState<string[]>([]);
  const missing = here ? attachments.filter((attachment) => !here.has(attachment.id)) : [];
  const size = missing.reduce((sum, attachment) => sum + attachment.size, 0);

  const downloadAll = async () => {
    const files = [...missing];
    const progress: Run = { done: 0, count: files.length, bytes: 0, total: size };
    const failed: string[] = [];
    setSaid([]);
    setRun({ ...progress });
    for (const attachment of files) {
      const before = progress.bytes;
      const result = await download(attachment, (received) => setRun({ ...progress, bytes: before + received }));
      if (result.outcome !== 'downloaded') failed.push(words(attachment.fileName, result));
      progress.done += 1;
      progress.bytes = before + attachment.size;
      setRun({ ...progress });
    }
    setRun(null);
    setSaid(failed.length > 0 ? failed : [t('files.allHere')]);
  };

  if (missing.length === 0 && !run && said.length === 0) return null;
  return (
    <div className="download-all">
      {run ? (
        <>
          <p role="status">{t('files.downloadingAll', { done: run.done, count: run.count })}</p>
          <progress max={run.total} value={run.bytes} aria-label={t('files.downloadAll')} />
        </>
      ) : missing.length > 0 ? (
        <>
          <p>{t('files.missing', { count: missing.length, size: formatBytes(size, lang) })}</p>
          <button type="button" className="button" onClick={() => void downloadAll()}>
            {t('files.downloadAll')}
          </button>
        </>
      ) : null}
      <div role="status" className="download-all__said">
        {said.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </div>
  );
}
