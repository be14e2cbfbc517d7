import type { Attachment, RecordId } from '@shared/model';
import { MAX_ATTACHMENT_BYTES } from '@shared/notes/attachmentRules';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../components/useModalDialog';
import type { Store } from '../../data/database/store';
import { useStore } from '../../data/hooks/StoreContext';
import { removeAttachment, restoreAttachment } from '../../data/records/attachments';
import { formatBytes } from '../../i18n/format';
import { useUndo } from '../../services/undo';
import { useLanguage } from '../../services/useLanguage';
import { type AttachOutcome, attachFiles } from './attachFiles';
import { openAttachment, saveAttachmentCopy } from './attachmentActions';
import { FilePicker } from './FilePicker';
import { useAttachmentUrl } from './useObjectUrl';

export function ImageViewer({ attachment, onClose }: { attachment: Attachment; onClose: () => void }) {
  const { t } = useTranslation('notes');
  const url = useAttachmentUrl(attachment.id, 'file');
  const dialog = useModalDialog(onClose);
  return (
    <dialog {...dialog} className="dialog viewer" aria-label={attachment.fileName}>
      {url ? <img src={url} alt={attachment.fileName} className="viewer__image" /> : null}
      <div className="dialog__actions">
        <span className="viewer__name">{attachment.fileName}</span>
        <button type="button" className="button" onClick={onClose}>
          {t('files.close')}
        </button>
      </div>
    </dialog>
  );
}

export function AttachmentCard({ attachment, onView }: { attachment: Attachment; onView: () => void }) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const store = useStore();
  const history = useUndo();
  const thumbnail = useAttachmentUrl(attachment.id, 'thumbnail');
  const [message, setMessage] = useState('');
  const isImage = attachment.mimeType.startsWith('image/');
  const name = attachment.fileName;
  const open = async () => {
    if (isImage && thumbnail) {
      onView();
      return;
    }
    setMessage('');
    const outcome = await openAttachment(store.db, attachment);
    setMessage(
      outcome === 'noApplication'
        ? t('files.noApplication', { name })
        : outcome === 'failed'
          ? t('files.openFailed', { name })
          : '',
    );
  };
  const saveCopy = async () => {
    setMessage('');
    const result = await saveAttachmentCopy(store.db, attachment);
    if (result.outcome === 'saved') setMessage(t('files.saved', { path: result.fileName }));
    else if (result.outcome === 'failed') setMessage(t('files.saveFailed', { name }));
  };
  return (
    <li className="attachment">
      <button
        type="button"
        className="attachment__preview"
        onClick={() => void open()}
        aria-label={`${t('files.open')}: ${attachment.fileName}`}
      >
        {thumbnail ? (
          <img src={thumbnail} alt="" />
        ) : (
          <span className="attachment__type">{attachment.fileName.split('.').pop()?.toUpperCase()}</span>
        )}
      </button>
      <p className="attachment__name">{attachment.fileName}</p>
      <p className="muted attachment__size">{formatBytes(attachment.size, lang)}</p>
      <div className="attachment__actions">
        <button type="button" className="button button--small" onClick={() => void saveCopy()}>
          {t('files.saveCopy')}
        </button>
        <button
          type="button"
          className="button button--small button--danger-quiet"
          aria-label={t('files.remove', { name: attachment.fileName })}
          onClick={() =>
            void removeAttachment(store, attachment.id).then(() =>
              history.record(
                {
                  label: t('files.removed', { name: attachment.fileName }),
                  undo: () => restoreAttachment(store, attachment.id),
                },
                { announce: true },
              ),
            )
          }
        >
          ×
        </button>
      </div>
      <p role="status" className="attachment__message">
        {message}
      </p>
    </li>
  );
}

/** Photos and files with thumbnails; a photo opens in a viewer, anything else with the system's application. */
export function AttachmentList({ attachments }: { attachments: readonly Attachment[] }) {
  const [viewing, setViewing] = useState<Attachment | null>(null);
  return (
    <>
      <ul className="attachments">
        {attachments.map((attachment) => (
          <AttachmentCard key={attachment.id} attachment={attachment} onView={() => setViewing(attachment)} />
        ))}
      </ul>
      {viewing ? <ImageViewer attachment={viewing} onClose={() => setViewing(null)} /> : null}
    </>
  );
}

/** What attaching said, in words: how many files were attached, and why any were not. */
export function useAttachMessages(): [string[], (results: { name: string; outcome: AttachOutcome }[]) => void] {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const [messages, setMessages] = useState<string[]>([]);
  const limit = formatBytes(MAX_ATTACHMENT_BYTES, lang);
  const report = (results: { name: string; outcome: AttachOutcome }[]) => {
    const attached = results.filter((result) => result.outcome === 'attached').length;
    setMessages([
      ...(attached > 0 ? [t('files.attached', { count: attached })] : []),
      ...results
        .filter((result) => result.outcome !== 'attached')
        .map((result) => t(`files.${result.outcome}`, { name: result.name, size: limit })),
    ]);
  };
  return [messages, report];
}

/** A button that attaches photos or files to a note. */
export function AttachButton({
  store,
  target,
  label,
}: {
  store: Store;
  target: { tripId: RecordId; visitId: RecordId; owner: Attachment['owner'] };
  label: string;
}) {
  const [messages, report] = useAttachMessages();
  return (
    <span className="attach-button">
      <FilePicker label={label} onFiles={(files) => void attachFiles(store, target, files).then(report)} />
      <span role="status" className="attach-button__messages">
        {messages.join(' ')}
      </span>
    </span>
  );
}
