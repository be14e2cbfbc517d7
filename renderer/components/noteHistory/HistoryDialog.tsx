import type { Member, NoteVersion, VersionedTable } from '@shared/model';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Store } from '../../data/database/store';
import { restoreVersion } from '../../data/history/noteVersions';
import { useVersions } from '../../data/hooks/useVersions';
import { useUndo } from '../../services/undo';
import { useLanguage } from '../../services/useLanguage';
import { useMemberNames } from '../MemberSelect';
import { useDescribeSaveError } from '../saveError';
import { useModalDialog } from '../useModalDialog';
import { ConcurrentTexts } from './ConcurrentTexts';
import type { PartsOf, VersionPart } from './useVersionParts';
import { VersionChanges } from './VersionChanges';
import './noteHistory.css';

interface HistoryDialogProps {
  table: VersionedTable;
  recordId: string;
  members: readonly Member[];
  store: Store;
  /** The text of a version, as the reader should compare it. */
  textOf: (content: NoteVersion['content']) => string;
  /** A version's texts part by part, each compared under its name (the minutes'); without it, `textOf` whole. */
  parts?: PartsOf | undefined;
  onClose: () => void;
}

/** What changed in each part of a note, under the part's name; a part empty on both sides is left out. */
function PartsChanges({ before, after }: { before: readonly VersionPart[]; after: readonly VersionPart[] }) {
  const was = (part: VersionPart) => before.find((other) => other.key === part.key)?.text ?? '';
  return (
    <dl className="history__parts">
      {after
        .filter((part) => part.text || was(part))
        .map((part) => (
          <Fragment key={part.key}>
            <dt className="history__part">{part.label}</dt>
            <dd>
              <VersionChanges before={was(part)} after={part.text} />
            </dd>
          </Fragment>
        ))}
    </dl>
  );
}

/** A note's versions, newest first, each with who wrote it, when, and what changed; any can be restored. */
export function HistoryDialog({ table, recordId, members, store, textOf, parts, onClose }: HistoryDialogProps) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const history = useUndo();
  const versions = useVersions(recordId);
  const dialog = useModalDialog(onClose);
  const describeSaveError = useDescribeSaveError();
  const [failure, setFailure] = useState<string | null>(null);
  const nameOf = useMemberNames(members[0]?.tripId);
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const who = (version: NoteVersion) => {
    const member = members.find((one) => one.id === version.updatedBy.memberId);
    return member ? nameOf(member).name.text : t('history.unknown');
  };
  const list = versions ? [...versions].reverse() : [];
  const saved = list.filter((version) => !version.recovered);
  const current = saved[0];
  // A saved version is compared with the one before it; a recovered one with the note as it is now.
  const comparedWith = (version: NoteVersion) => (version.recovered ? current : saved[saved.indexOf(version) + 1]);

  return (
    <dialog {...dialog} className="dialog dialog--wide" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {failure ? (
        <p className="field__error" role="alert">
          {failure}
        </p>
      ) : null}
      <ConcurrentTexts
        table={table}
        recordId={recordId}
        members={members}
        store={store}
        onRestored={onClose}
        onFailed={(cause) => setFailure(describeSaveError(cause))}
      />
      {list.length <= 1 ? <p className="muted">{t('history.none')}</p> : null}
      <ol className="history">
        {list.map((version) => {
          const previous = comparedWith(version);
          return (
            <li key={version.id} className="history__version">
              <p className="history__meta">
                {t('history.by', {
                  name: who(version),
                  // A recovered text is dated by its typing, not by its recovery on the next start.
                  time: when.format(new Date(version.recovered?.typedAt ?? version.updatedAt)),
                })}
                {version === current ? <span className="badge">{t('history.current')}</span> : null}
                {version.recovered ? <span className="badge badge--warning">{t('recovered.badge')}</span> : null}
              </p>
              {parts ? (
                <PartsChanges before={previous ? parts(previous.content) : []} after={parts(version.content)} />
              ) : (
                <VersionChanges before={previous ? textOf(previous.content) : ''} after={textOf(version.content)} />
              )}
              {version !== current ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() =>
                    void restoreVersion(store, version).then(
                      () => {
                        history.record(
                          { label: t('history.restored'), undo: () => restoreVersion(store, current ?? version) },
                          { announce: true },
                        );
                        onClose();
                      },
                      (cause: unknown) => setFailure(describeSaveError(cause)),
                    )
                  }
                >
                  {t('history.restore')}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('files.close')}
        </button>
      </div>
    </dialog>
  );
}
