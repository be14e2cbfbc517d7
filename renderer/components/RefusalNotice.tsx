import type { RecordId } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { useStore } from '../data/hooks/StoreContext';
import { useRefusals } from '../data/hooks/useRefusals';
import { dismissRefusals } from '../data/sync/refused';
import { useRoleWords } from './useRoleWords';

/**
 * Says, until the user has read it, that the sync server refused some of this
 * device's changes (a role changed before the device heard of it), that they
 * were undone here, why, and that what was written is kept in the history.
 */
export function RefusalNotice({ tripId }: { tripId: RecordId }) {
  const { t } = useTranslation();
  const store = useStore();
  const refusals = useRefusals(tripId);
  const roleWords = useRoleWords();
  if (!refusals) return null;
  const reasons = refusals.reasons.map(roleWords).join(' ');
  return (
    <div className="refusal-notice" role="alert">
      <p>{t('roles.refused', { count: refusals.count, reasons })}</p>
      <button type="button" className="button button--small" onClick={() => void dismissRefusals(store, tripId)}>
        {t('roles.dismiss')}
      </button>
    </div>
  );
}
