import type { RecordId } from '@shared/model';
import { useEffect, useState } from 'react';
import { useAttachmentBlob } from '../../data/hooks/useAttachmentBlob';

/**
 * A blob: URL for an attachment's file or thumbnail, made once it is in the
 * database (it may arrive later, downloaded) and revoked when no longer shown.
 */
export function useAttachmentUrl(id: RecordId, which: 'file' | 'thumbnail'): string | null {
  const blob = useAttachmentBlob(id, which);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) {
      setUrl(null);
      return;
    }
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [blob]);
  return url;
}
