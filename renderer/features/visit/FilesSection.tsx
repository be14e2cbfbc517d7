import type { Attachment } from '@shared/model';
import { MAX_ATTACHMENT_BYTES } from '@shared/notes/attachmentRules';
import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUndo } from '../../app/undo';
import { useLanguage } from '../../app/useLanguage';
import { bridge } from '../../bridge/bridge';
import { getAttachmentFile, removeAttachment, restoreAttachment } from '../../data/attachments';
import { useAttachmentTotals } from '../../data/hooks/useAttachmentTotals';
import { useVisitAttachments } from '../../data/hooks/useVisitAttachments';
import { useStore } from '../../data/StoreContext';
import { formatBytes } from '../../i18n/format';
import { attachFiles } from './attachFiles';
import { useAttachmentUrl } from './useObjectUrl';
import { useStorageStatus } from './useStorageStatus';
import type { WorkspaceProps } from './workspaceProps';

const ACCEPT = 'image/*,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.hwp,.hwpx,.txt,.csv,.md';

function ImageViewer({ attachment, onClose }: { attachment: Attachment; onClose: () => void }) {
  const { t } = useTranslation('notes');
  const url = useAttachmentUrl(attachment.id, 'file');
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog viewer"
      aria-label={attachment.fileName}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
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

function AttachmentCard({ attachment, onView }: { attachment: Attachment; onView: () => void }) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const store = useStore();
  const history = useUndo();
  const thumbnail = useAttachmentUrl(attachment.id, 'thumbnail');
  const isImage = attachment.mimeType.startsWith('image/');
  const bytes = async () =>
    new Uint8Array(await ((await getAttachmentFile(store.db, attachment.id)) ?? new Blob()).arrayBuffer());
  const open = async () => {
    if (isImage && thumbnail) onView();
    else await bridge.invoke('files:open', { fileName: attachment.fileName, bytes: await bytes() });
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
        <button
          type="button"
          className="button button--small"
          onClick={async () =>
            void bridge.invoke('files:save', {
              suggestedName: attachment.fileName,
              content: { kind: 'bytes', bytes: await bytes() },
            })
          }
        >
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
    </li>
  );
}

/** Photos and files of the visit: attach by choosing or dropping, see thumbnails, open them. */
export function FilesSection({ trip, visit, store }: WorkspaceProps) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const inputId = useId();
  const attachments = useVisitAttachments(visit.id);
  const totals = useAttachmentTotals();
  const storage = useStorageStatus(totals?.bytes);
  const [messages, setMessages] = useState<string[]>([]);
  const [viewing, setViewing] = useState<Attachment | null>(null);
  const [dragging, setDragging] = useState(false);
  const limit = formatBytes(MAX_ATTACHMENT_BYTES, lang);

  const attach = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const results = await attachFiles(
      store,
      { tripId: trip.id, visitId: visit.id, owner: { kind: 'visit', id: visit.id } },
      files,
    );
    const attached = results.filter((result) => result.outcome === 'attached').length;
    setMessages([
      ...(attached > 0 ? [t('files.attached', { count: attached })] : []),
      ...results
        .filter((result) => result.outcome !== 'attached')
        .map((result) => t(`files.${result.outcome}`, { name: result.name, size: limit })),
    ]);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void attach([...event.dataTransfer.files]);
  };

  return (
    <section className="workspace__section" aria-label={t('workspace.sections.files')}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the button inside does the same from the keyboard. */}
      <div
        className={dragging ? 'dropzone dropzone--over' : 'dropzone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId} className="button button--primary">
          {t('files.attach')}
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          accept={ACCEPT}
          className="visually-hidden"
          onChange={(event) => {
            void attach([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
        <span className="muted">{t('files.drop')}</span>
        <p className="field__hint">{t('files.limits', { size: limit })}</p>
      </div>
      <div role="status" className="files__messages">
        {messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
      {attachments && attachments.length === 0 ? <p className="muted">{t('files.none')}</p> : null}
      <ul className="attachments">
        {attachments?.map((attachment) => (
          <AttachmentCard key={attachment.id} attachment={attachment} onView={() => setViewing(attachment)} />
        ))}
      </ul>
      <footer className="storage">
        {totals ? <p>{t('files.totals', { count: totals.count, size: formatBytes(totals.bytes, lang) })}</p> : null}
        {storage.usage !== null && storage.quota !== null ? (
          <p>{t('files.quota', { used: formatBytes(storage.usage, lang), quota: formatBytes(storage.quota, lang) })}</p>
        ) : null}
        {storage.persistent !== null ? (
          <p className={storage.persistent ? '' : 'notice'}>
            {storage.persistent ? t('files.persistent') : t('files.notPersistent')}
          </p>
        ) : null}
      </footer>
      {viewing ? <ImageViewer attachment={viewing} onClose={() => setViewing(null)} /> : null}
    </section>
  );
}
