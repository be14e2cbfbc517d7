import type { Attachment, RecordId } from '@shared/model';
import { MAX_ATTACHMENT_BYTES } from '@shared/notes/attachmentRules';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../components/useModalDialog';
import type { Store } from '../../data/database/store';
import { useStore } from '../../data/hooks/StoreContext';
import { useFilesHere } from '../../data/hooks/useFilesHere';
import { getThumbnail, removeAttachment, restoreAttachment } from '../../data/records/attachments';
import { formatBytes } from '../../i18n/format';
import { useUndo } from '../../services/undo';
import { useLanguage } from '../../services/useLanguage';
import { type AttachOutcome, attachFiles } from './attachFiles';
import { openAttachment, saveAttachmentCopy } from './attachmentActions';
import { FilePicker } from './FilePicker';
import { useFetchFile } from './useFetchFile';
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

/**
 * One attached file: its thumbnail (or its type), name and size, open and
 * save a copy. A file attached on another device and not here yet says so,
 * with a Download button; opening or saving it downloads it first, with its
 * progress, or says in words why it cannot come.
 */
export function AttachmentCard({
  attachment,
  here,
  removable,
  onView,
}: {
  attachment: Attachment;
  here: boolean;
  /** Whether the roles let the user remove it (shared/sync/permissions.ts). */
  removable: boolean;
  onView: () => void;
}) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const store = useStore();
  const history = useUndo();
  const thumbnail = useAttachmentUrl(attachment.id, 'thumbnail');
  const { progress, fetch } = useFetchFile(attachment);
  const [message, setMessage] = useState('');
  const isImage = attachment.mimeType.startsWith('image/');
  const name = attachment.fileName;
  /** The file here, downloaded first when it is not: false (and why, said) when it cannot be. */
  const fetched = async () => {
    setMessage('');
    if (here) return true;
    const problem = await fetch();
    setMessage(problem ?? '');
    return problem === null;
  };
  const open = async () => {
    if (!(await fetched())) return;
    // A photo the browser can show (it made a thumbnail of it) opens in the viewer.
    if (isImage && (thumbnail || (await getThumbnail(store.db, attachment.id)))) {
      onView();
      return;
    }
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
    if (!(await fetched())) return;
    const result = await saveAttachmentCopy(store.db, attachment);
    if (result.outcome === 'saved') setMessage(t('files.saved', { path: result.fileName }));
    else if (result.outcome === 'failed') setMessage(t('files.saveFailed', { name }));
  };
  return (
    <li className={here ? 'attachment' : 'attachment attachment--elsewhere'}>
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
      <p className="muted attachment__size">
        {formatBytes(attachment.size, lang)}
        {here ? null : ` · ${t('files.notDownloaded')}`}
      </p>
      {progress === null ? null : (
        <progress
          className="attachment__progress"
          max={1}
          value={progress}
          aria-label={t('files.downloading', { name })}
        />
      )}
      <div className="attachment__actions">
        {here ? null : (
          <button
            type="button"
            className="button button--small"
            disabled={progress !== null}
            aria-label={t('files.downloadNamed', { name })}
            onClick={() => void fetched()}
          >
            {t('files.download')}
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => void saveCopy()}>
          {t('files.saveCopy')}
        </button>
        {removable ? (
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
        ) : null}
      </div>
      <p role="status" className="attachment__message">
        {message}
      </p>
    </li>
  );
}

/**
 * Photos and files with thumbnails; a photo opens in a viewer, anything else
 * with the system's application; a file not on this device yet is downloaded first.
 */
export function AttachmentList({ attachments, removable }: { attachments: readonly Attachment[]; removable: boolean }) {
  const [viewing, setViewing] = useState<Attachment | null>(null);
  const here = useFilesHere(attachments.map((attachment) => attachment.id));
  return (
    <>
      <ul className="attachments">
        {attachments.map((attachment) => (
          <AttachmentCard
            key={attachment.id}
            attachment={attachment}
            // Until the database has said, a file is taken to be here: no card flashes "not downloaded".
            here={here?.has(attachment.id) ?? true}
            removable={removable}
            onView={() => setViewing(attachment)}
          />
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
