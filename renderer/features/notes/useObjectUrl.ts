import type { RecordId } from '@shared/model';
import { useBlobUrl } from '../../components/useBlobUrl';
import { useAttachmentBlob } from '../../data/hooks/useAttachmentBlob';

/**
 * A blob: URL for an attachment's file or thumbnail, made once it is in the
 * database (it may arrive later, downloaded) and revoked when no longer shown.
 */
export function useAttachmentUrl(id: RecordId, which: 'file' | 'thumbnail'): string | null {
  return useBlobUrl(useAttachmentBlob(id, which));
}
