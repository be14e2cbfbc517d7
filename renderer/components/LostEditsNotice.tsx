import type { RecordId } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { markLostEditsRead } from '../data/history/lostEdits';
import { useStore } from '../data/hooks/StoreContext';
import { useLostEdits } from '../data/hooks/useLostEdits';

/**
 * Says, until the user has read it, that edits made on this device lost to
 * edits others made at the same time, and where their texts are kept: a text
 * that lost a merge is never dropped without its writer being told.
 */
export function LostEditsNotice({ tripId }: { tripId: RecordId }) {
  const { t } = useTranslation();
  const store = useStore();
  const count = useLostEdits(tripId);
  if (count === 0) return null;
  return (
    <div className="refusal-notice" role="alert">
      <p>{t('sync.lostEdits', { count })}</p>
      <button type="button" className="button button--small" onClick={() => void markLostEditsRead(store, tripId)}>
        {t('roles.dismiss')}
      </button>
    </div>
  );
}
