import { DEVICE_NAME_MAX } from '@shared/sync/access';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One device of the trip's list: its member and name, whether it is this
 * device or revoked, its last sync; renaming it in place (Enter keeps the
 * name, Escape leaves it) and, for an organiser, revoking it.
 */
export function DeviceRow({
  label,
  name,
  current,
  revoked,
  lastSync,
  canRevoke,
  onRevoke,
  onRename,
}: {
  label: string;
  name: string;
  current: boolean;
  revoked: boolean;
  lastSync: string;
  canRevoke: boolean;
  onRevoke: () => void;
  /** Whether the server took the new name. */
  onRename: (name: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = draft?.trim() ?? '';
    if (trimmed === '' || trimmed === name) return setDraft(null);
    if (await onRename(trimmed)) setDraft(null);
  };
  return (
    <li className="sync-list__row">
      {draft === null ? (
        <span className="sync-list__name">{label}</span>
      ) : (
        <form className="sync-list__rename" onSubmit={(event) => void save(event)}>
          <input
            className="input"
            aria-label={t('syncSetup.renameLabel', { device: label })}
            value={draft}
            maxLength={DEVICE_NAME_MAX}
            // biome-ignore lint/a11y/noAutofocus: the user asked to rename this device just now
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setDraft(null);
            }}
          />
          <button type="submit" className="button button--small">
            {t('actions.save')}
          </button>
          <button type="button" className="button button--small" onClick={() => setDraft(null)}>
            {t('actions.cancel')}
          </button>
        </form>
      )}
      {current ? <span className="badge">{t('syncSetup.thisDevice')}</span> : null}
      {revoked ? <span className="badge">{t('syncSetup.revoked')}</span> : null}
      <span className="muted">{lastSync}</span>
      {draft === null && !revoked ? (
        <button
          type="button"
          className="button button--small"
          aria-label={t('syncSetup.renameLabel', { device: label })}
          onClick={() => setDraft(name)}
        >
          {t('syncSetup.rename')}
        </button>
      ) : null}
      {canRevoke ? (
        <button type="button" className="button button--small button--danger-quiet" onClick={onRevoke}>
          {t('syncSetup.revoke')}
        </button>
      ) : null}
    </li>
  );
}
