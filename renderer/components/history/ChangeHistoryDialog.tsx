import type { RecordId } from '@shared/model';
import { parseHlc } from '@shared/sync/hlc';
import { DELETED_AT, type SyncedTable } from '@shared/sync/leaves';
import { sameValue } from '@shared/sync/merge';
import { mayChange, ownerLeaf } from '@shared/sync/permissions';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HistoryItem, restoreLeaf } from '../../data/history/recordHistory';
import { useStore } from '../../data/hooks/StoreContext';
import { useChangeHistory } from '../../data/hooks/useChangeHistory';
import { useConnection } from '../../data/hooks/useConnection';
import { useMembers } from '../../data/hooks/useMembers';
import { useWriter } from '../../data/hooks/useWriter';
import { useUndo } from '../../services/undo';
import { useLanguage } from '../../services/useLanguage';
import { useMemberNames } from '../MemberSelect';
import { useDescribeSaveError } from '../saveError';
import { useModalDialog } from '../useModalDialog';
import { useRoleWords } from '../useRoleWords';
import { type ShownValue, useChangeWords } from './useChangeWords';
import './changeHistory.css';

/** One write: the changes one device made at one stamp (a form saved, a move), or one lost change. */
interface Write {
  key: string;
  first: HistoryItem;
  changes: HistoryItem[];
}

/** Changes, newest first, as writes; a lost change is a write of its own, to be read and restored alone. */
function writesOf(changes: readonly HistoryItem[]): Write[] {
  const writes: Write[] = [];
  for (const change of changes) {
    const last = writes.at(-1);
    const same = last && !change.lost && !last.first.lost && last.first.hlc === change.hlc;
    if (same) last.changes.push(change);
    else writes.push({ key: change.id, first: change, changes: [change] });
  }
  return writes;
}

/** A write that made the record: every record is made with `deletedAt: null` over nothing. */
const creates = (write: Write) =>
  write.changes.some((change) => change.path === DELETED_AT && change.value === null && change.base === null);

function Value({ value }: { value: ShownValue }) {
  if (value.word) return <em>{value.text}</em>;
  return (
    <q className="change-history__value" lang={value.lang}>
      {value.text}
    </q>
  );
}

interface ChangeHistoryDialogProps {
  table: SyncedTable;
  recordId: RecordId;
  tripId: RecordId;
  /** What the history is of (a trip's title, a member's name), for the heading. */
  label: string;
  onClose: () => void;
}

/**
 * A record's history: who changed what and when, newest first, each change
 * from its old value to its new one; a concurrent change that lost is marked
 * and can be restored (a new change of this device, which syncs and can be
 * undone).
 */
export function ChangeHistoryDialog({ table, recordId, tripId, label, onClose }: ChangeHistoryDialogProps) {
  const { t } = useTranslation('history');
  const ui = useLanguage();
  const store = useStore();
  const undo = useUndo();
  const history = useChangeHistory(table, recordId);
  const roster = useMembers(tripId);
  const members = roster ?? [];
  const connection = useConnection(tripId);
  const writer = useWriter(tripId);
  const roleWords = useRoleWords();
  const namesOf = useMemberNames(tripId);
  const words = useChangeWords(table, members, namesOf);
  const describeSaveError = useDescribeSaveError();
  const [failure, setFailure] = useState<string | null>(null);
  const dialog = useModalDialog(onClose);
  const id = useId();

  const when = new Intl.DateTimeFormat(ui, { dateStyle: 'medium', timeStyle: 'short' });
  const memberOf = (memberId: RecordId | null | undefined) => members.find((member) => member.id === memberId);
  // This device's own writes name the member it is bound to (the server names them so for the others).
  const who = (change: HistoryItem) => {
    const member =
      memberOf(change.memberId) ??
      (change.deviceId === store.ctx.deviceId ? memberOf(connection?.memberId) : undefined);
    if (!member) return change.deviceId === store.ctx.deviceId ? t('thisDevice') : t('unknown');
    const { name, other } = namesOf(member);
    return (
      <span lang={name.lang} title={other?.text}>
        {name.text}
      </span>
    );
  };

  const restore = (change: HistoryItem) =>
    void restoreLeaf(store, table, recordId, change.path, change.value).then(
      (undoRestore) => {
        undo.record(
          { label: t('restored', { field: words.field(change.path) }), undo: undoRestore },
          { announce: true },
        );
        onClose();
      },
      (cause: unknown) => setFailure(describeSaveError(cause)),
    );

  // A value is offered back only to whom the roles let write it (a refused one, for instance).
  const mayRestore = (change: HistoryItem) => {
    const ownerPath = ownerLeaf(table);
    const owner = ownerPath ? history?.current[ownerPath] : null;
    return mayChange(writer, table, { path: change.path, recordId, owner: typeof owner === 'string' ? owner : null });
  };

  const line = (change: HistoryItem) => {
    if (change.path === DELETED_AT) return <span>{change.value === null ? t('undeleted') : t('deleted')}</span>;
    if (change.path === 'position') return <span>{t('moved')}</span>;
    const field = words.field(change.path);
    if (change.lost || change.previous === undefined)
      return (
        <span>
          {field}: <Value value={words.value(change.path, change.value)} />
        </span>
      );
    return (
      <span>
        {field}: <Value value={words.value(change.path, change.previous)} /> →{' '}
        <Value value={words.value(change.path, change.value)} />
      </span>
    );
  };

  // Shown once the roster is there to name who wrote each change.
  const writes = history && roster ? writesOf(history.changes) : [];
  return (
    <dialog
      {...dialog}
      className="dialog dialog--wide"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
    >
      <h2 id={`${id}-title`}>
        {t('title')}: {label}
      </h2>
      <p id={`${id}-intro`} className="muted">
        {t('intro')}
      </p>
      {failure ? (
        <p className="field__error" role="alert">
          {failure}
        </p>
      ) : null}
      {history && roster && writes.length === 0 ? <p>{t('none')}</p> : null}
      <ol className="change-history">
        {writes.map((write) => {
          const { first } = write;
          const current = history?.current[first.path];
          return (
            <li key={write.key} className={`change-history__write${first.lost ? ' change-history__write--lost' : ''}`}>
              <p className="change-history__meta">
                {who(first)} ·{' '}
                <time dateTime={new Date(parseHlc(first.hlc).millis).toISOString()}>
                  {when.format(parseHlc(first.hlc).millis)}
                </time>
                {first.lost ? (
                  <span className="badge badge--warning">{first.refused ? t('refused') : t('concurrent')}</span>
                ) : null}
              </p>
              {creates(write) ? (
                <p className="change-history__change">{t('created')}</p>
              ) : (
                <ul className="change-history__changes">
                  {write.changes.map((change) => (
                    <li key={change.id} id={`${id}-${change.id}`} className="change-history__change">
                      {line(change)}
                    </li>
                  ))}
                </ul>
              )}
              {first.lost ? (
                <div className="change-history__lost">
                  <p className="muted">
                    {first.refused ? t('refusedHelp', { why: roleWords(first.refused) }) : t('concurrentHelp')}
                  </p>
                  {sameValue(current ?? null, first.value ?? null) ? (
                    <p>{t('isCurrent')}</p>
                  ) : (
                    <>
                      <p>
                        {t('keptInstead')} <Value value={words.value(first.path, current)} />
                      </p>
                      {mayRestore(first) ? (
                        <button
                          type="button"
                          className="button button--small"
                          aria-describedby={`${id}-${first.id}`}
                          onClick={() => restore(first)}
                        >
                          {t('restore')}
                        </button>
                      ) : null}
                    </>
                  )}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </dialog>
  );
}
