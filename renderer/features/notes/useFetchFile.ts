import type { Attachment } from '@shared/model';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncErrorWords } from '../../components/useSyncErrorWords';
import type { FileDownload } from '../../data/sync/scheduler';
import { useFileDownload } from '../../services/sync';

/** Why a file could not be brought to this device, in words, with what to do. */
export function useUnavailableWords(): (name: string, result: FileDownload) => string {
  const { t } = useTranslation('notes');
  const errorWords = useSyncErrorWords();
  return useCallback(
    (name, result) => {
      if (result.outcome !== 'failed')
        return t(`files.unavailable.${result.outcome}` as 'files.unavailable.damaged', { name });
      if (result.error === 'offline') return t('files.unavailable.offline', { name });
      return t('files.unavailable.failed', { name, reason: errorWords(result.error) });
    },
    [t, errorWords],
  );
}

/**
 * Brings an attachment's file to this device when it is opened or saved and
 * is not here yet: `progress` (0 to 1) while it comes, and `fetch` answers
 * null once the file is here, or why not in words.
 */
export function useFetchFile(attachment: Attachment): {
  progress: number | null;
  fetch: () => Promise<string | null>;
} {
  const download = useFileDownload();
  const words = useUnavailableWords();
  const [progress, setProgress] = useState<number | null>(null);
  const fetch = async () => {
    setProgress(0);
    try {
      const result = await download(attachment, (received, size) => setProgress(received / size));
      return result.outcome === 'downloaded' ? null : words(attachment.fileName, result);
    } finally {
      setProgress(null);
    }
  };
  return { progress, fetch };
}
