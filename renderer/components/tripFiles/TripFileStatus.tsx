import { useTranslation } from 'react-i18next';
import type { TripFileState } from './useTripFileWork';

/** How the files' work stands, said politely; a refusal as an alert. */
export function TripFileStatus({ state, onCancel }: { state: TripFileState; onCancel: () => void }) {
  const { t } = useTranslation();
  if (state.kind === 'idle') return null;
  if (state.kind === 'failed')
    return (
      <p role="alert" className="field__error">
        {state.message}
      </p>
    );
  const said = () => {
    switch (state.kind) {
      case 'writing':
        return state.progress ? t('tripFiles.writing', { ...state.progress }) : t('tripFiles.preparing');
      case 'reading':
        return t('tripFiles.reading', { percent: state.percent });
      case 'saved':
        return t('tripFiles.saved', { file: state.fileName });
      case 'cancelled':
        return t('tripFiles.cancelled');
      case 'imported': {
        const { imported } = state;
        const added =
          imported.changes === 0 && imported.files === 0
            ? t('tripFiles.nothingNew')
            : t('tripFiles.added', { ...imported });
        const apart = [
          imported.unknown > 0 ? t('tripFiles.unknown', { count: imported.unknown }) : '',
          imported.ahead > 0 ? t('tripFiles.ahead', { count: imported.ahead }) : '',
        ];
        return [added, ...apart].filter(Boolean).join(' ');
      }
    }
  };
  return (
    <p role="status" className="trip-files__status">
      {said()}{' '}
      {state.kind === 'writing' ? (
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      ) : null}
    </p>
  );
}
