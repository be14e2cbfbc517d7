import type { Attachment, RecordId } from '@shared/model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlobUrl } from '../../components/useBlobUrl';
import { useModalDialog } from '../../components/useModalDialog';
import { useSyncErrorWords } from '../../components/useSyncErrorWords';
import { useAttachment } from '../../data/hooks/useAttachment';
import { useAttachmentBlob } from '../../data/hooks/useAttachmentBlob';
import type { FileDownload } from '../../data/sync/scheduler';
import { isLive } from '../../data/writes/records';
import { useFileDownload } from '../../services/sync';

/** The photo at its size, in a modal dialog; Escape or Close closes it. */
function PhotoViewer({ url, alt, onClose }: { url: string; alt: string; onClose: () => void }) {
  const { t } = useTranslation('common');
  const dialog = useModalDialog(onClose);
  return (
    <dialog {...dialog} className="dialog card-photo__viewer" aria-label={alt}>
      <img src={url} alt={alt} className="card-photo__large" />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
    </dialog>
  );
}

/** Why the photo could not be brought to this device, in the words a visit's files use. */
function useUnavailable(): (name: string, result: FileDownload) => string {
  const { t } = useTranslation('notes');
  const errorWords = useSyncErrorWords();
  return (name, result) =>
    result.outcome === 'failed'
      ? result.error === 'offline'
        ? t('files.unavailable.offline', { name })
        : t('files.unavailable.failed', { name, reason: errorWords(result.error) })
      : t(`files.unavailable.${result.outcome}` as 'files.unavailable.damaged', { name });
}

/**
 * A photo kept on this device, small, as a button that opens it large; or,
 * while its bytes are only on the trip's server (a large photo another
 * device took: only small files come down with every sync), a button that
 * downloads it first, saying how that went.
 */
function ShownPhoto({ attachment, name }: { attachment: Attachment; name: string }) {
  const { t } = useTranslation('people');
  const file = useAttachmentBlob(attachment.id, 'file');
  const thumbnail = useAttachmentBlob(attachment.id, 'thumbnail');
  // A photo whose thumbnail the browser could not make is shown from the file itself, scaled down; one whose
  // thumbnail is still being read waits for it.
  const small = useBlobUrl(thumbnail === null ? file : thumbnail);
  const large = useBlobUrl(file);
  const download = useFileDownload();
  const unavailable = useUnavailable();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const alt = t('cardPhoto.alt', { name });
  const show = async () => {
    if (file === null) {
      setStatus(t('cardPhoto.downloading', { name }));
      const result = await download(attachment);
      setStatus(result.outcome === 'downloaded' ? '' : unavailable(alt, result));
      if (result.outcome !== 'downloaded') return;
    }
    setOpen(true);
  };
  return (
    <div className="card-photo">
      {small ? (
        <button type="button" className="card-photo__button" onClick={() => void show()}>
          <img src={small} alt={alt} className="card-photo__small" />
        </button>
      ) : file === null ? (
        <button
          type="button"
          className="button button--small"
          aria-label={t('cardPhoto.downloadNamed', { name })}
          onClick={() => void show()}
        >
          {t('cardPhoto.download')}
        </button>
      ) : null}
      <p className="card-photo__status" role="status">
        {status}
      </p>
      {open && large ? <PhotoViewer url={large} alt={alt} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}

/** The photo of the business card a person was read from, on their card in the directory; nothing when none. */
export function CardPhoto({ attachmentId, name }: { attachmentId: RecordId; name: string }) {
  const attachment = useAttachment(attachmentId);
  // Not come yet (a sync under way), or removed: the person shows without it.
  if (!attachment || !isLive(attachment)) return null;
  return <ShownPhoto attachment={attachment} name={name} />;
}
