import { MAX_ATTACHMENT_BYTES } from '@shared/notes/attachmentRules';
import { refusalFor } from '@shared/sync/permissions';
import { type DragEvent, memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { useAttachmentTotals } from '../../data/hooks/useAttachmentTotals';
import { useVisitAttachments } from '../../data/hooks/useVisitAttachments';
import { formatBytes } from '../../i18n/format';
import { useLanguage } from '../../services/useLanguage';
import { AttachmentList, useAttachMessages } from './Attachments';
import { attachFiles } from './attachFiles';
import { DownloadAllFiles } from './DownloadAllFiles';
import { FilePicker } from './FilePicker';
import type { NotesProps } from './notesProps';
import { useStorageStatus } from './useStorageStatus';

/**
 * Photos and files of the visit: attach by choosing or dropping, see
 * thumbnails, open them, and download those attached elsewhere for offline.
 */
export const FilesSection = memo(function FilesSection({ trip, visit, store, writer }: NotesProps) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const attachments = useVisitAttachments(visit.id);
  const totals = useAttachmentTotals();
  const storage = useStorageStatus(totals?.bytes);
  const [messages, report] = useAttachMessages();
  const [dragging, setDragging] = useState(false);
  const limit = formatBytes(MAX_ATTACHMENT_BYTES, lang);
  // Any member attaches and removes files; an interpreter sees them.
  const notFiler = refusalFor(writer, 'attachments');

  const attach = async (files: readonly File[]) => {
    if (files.length === 0) return;
    report(
      await attachFiles(store, { tripId: trip.id, visitId: visit.id, owner: { kind: 'visit', id: visit.id } }, files),
    );
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void attach([...event.dataTransfer.files]);
  };

  return (
    <section className="notes-page__section" aria-label={t('page.sections.files')}>
      {notFiler ? <ReadOnlyNote why={notFiler} /> : null}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the button inside does the same from the keyboard. */}
      <div
        hidden={Boolean(notFiler)}
        className={dragging ? 'dropzone dropzone--over' : 'dropzone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <FilePicker label={t('files.attach')} primary onFiles={(files) => void attach(files)} />
        <span className="muted">{t('files.drop')}</span>
        <p className="field__hint">{t('files.limits', { size: limit })}</p>
      </div>
      <div role="status" className="files__messages">
        {messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
      {attachments && attachments.length === 0 ? <p className="muted">{t('files.none')}</p> : null}
      {attachments ? <DownloadAllFiles attachments={attachments} /> : null}
      {attachments ? <AttachmentList attachments={attachments} removable={!notFiler} /> : null}
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
    </section>
  );
});
