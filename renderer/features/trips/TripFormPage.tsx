import type { Trip, TripInput } from '@shared/model';
import { refusalFor } from '@shared/sync/permissions';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { ReadOnly } from '../../components/ReadOnly';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { rememberTripParties } from '../../data/device/tripParties';
import { formDraftKey } from '../../data/drafts/drafts';
import { useStore } from '../../data/hooks/StoreContext';
import { useLastTripParties } from '../../data/hooks/useLastTripParties';
import { useTrip } from '../../data/hooks/useTrip';
import { useWriter } from '../../data/hooks/useWriter';
import { createTrip, updateTrip } from '../../data/records/trips';
import { link } from '../../services/paths';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import { newTripDefaults, partiesOf, TripForm } from './TripForm';
import { WhoVisitsWhom } from './WhoVisitsWhom';

function editableFields(trip: Trip): TripInput {
  const { title, languages, purpose, startDate, endDate, homeTimeZone, destinationTimeZone, organiser } = trip;
  return { title, languages, purpose, startDate, endDate, homeTimeZone, destinationTimeZone, organiser };
}

export function NewTripPage() {
  const { t } = useTranslation('trips');
  const store = useStore();
  const lang = useLanguage();
  const parties = useLastTripParties();
  const [, navigate] = useLocation();
  useDocumentTitle(t('form.newTitle'));
  const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (parties === undefined) return <Loading />;
  // The trip, and who visits whom on it for the next trip to start from, in the draft's transaction.
  const create = async (input: TripInput) => {
    const trip = await createTrip(store, input, { lang });
    await rememberTripParties(store.db, partiesOf(input));
    return trip;
  };
  return (
    <section aria-labelledby="trip-form-heading">
      <h1 id="trip-form-heading">{t('form.newTitle')}</h1>
      {parties === null ? (
        <WhoVisitsWhom
          deviceTimeZone={deviceZone}
          onAnswer={(answered) => rememberTripParties(store.db, answered)}
          onCancel={() => navigate(link('trips'))}
        />
      ) : (
        <TripForm
          draftKey="trip:new"
          basedOn={null}
          defaultValues={newTripDefaults(parties)}
          submitLabel={t('form.create')}
          onSubmit={async (input, commit) => navigate(link('trip', { tripId: (await commit(() => create(input))).id }))}
          onCancel={() => navigate(link('trips'))}
        />
      )}
    </section>
  );
}

export function EditTripPage({ tripId }: { tripId: string }) {
  const { t } = useTranslation('trips');
  const store = useStore();
  const lang = useLanguage();
  const trip = useTrip(tripId);
  const [, navigate] = useLocation();
  const notOrganiser = refusalFor(useWriter(tripId), 'trips');
  useDocumentTitle(t('form.editTitle'));
  if (trip === undefined) return <Loading />;
  if (trip === null) return <NotFound />;
  return (
    <section aria-labelledby="trip-form-heading">
      <h1 id="trip-form-heading">{t('form.editTitle')}</h1>
      <ReadOnly why={notOrganiser}>
        <TripForm
          draftKey={formDraftKey('trips', trip.id)}
          basedOn={trip.hlc}
          defaultValues={editableFields(trip)}
          submitLabel={t('form.save')}
          onSubmit={async (input, commit) => {
            await commit(() => updateTrip(store, trip.id, input, { lang }));
            navigate(link('trip', { tripId: trip.id }));
          }}
          onCancel={() => navigate(link('trip', { tripId: trip.id }))}
        />
      </ReadOnly>
    </section>
  );
}
