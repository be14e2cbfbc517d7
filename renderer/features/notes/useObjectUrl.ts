import type { RecordId } from '@shared/model';
import { useEffect, useState } from 'react';
import { useStore } from '../../data/hooks/StoreContext';
import { getAttachmentFile, getThumbnail } from '../../data/records/attachments';

/**
 * A blob: URL for an attachment's file or thumbnail, made once it has been
 * read from the database and revoked when no longer shown.
 */
export function useAttachmentUrl(id: RecordId, which: 'file' | 'thumbnail'): string | null {
  const { db } = useStore();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let current = true;
    void (which === 'file' ? getAttachmentFile(db, id) : getThumbnail(db, id)).then((blob) => {
      if (!current || !blob) return;
      made = URL.createObjectURL(blob);
      setUrl(made);
    });
    return () => {
      current = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [db, id, which]);
  return url;
}
