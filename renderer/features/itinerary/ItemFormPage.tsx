import { itemLabel, namesToShow } from '@shared/itinerary/names';
import { type Member, type Trip, takesNotes } from '@shared/model';
import { refusalFor } from '@shared/sync/permissions';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ChangeHistoryButton } from '../../components/history/ChangeHistoryButton';
import { ReadOnly } from '../../components/ReadOnly';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { formDraftKey } from '../../data/drafts/drafts';
import { useItineraryItem } from '../../data/hooks/useItineraryItem';
import { useMembers } from '../../data/hooks/useMembers';
import { useTrip } from '../../data/hooks/useTrip';
import { useWriter } from '../../data/hooks/useWriter';
import { link } from '../../services/paths';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import { ItemForm } from './ItemForm';
import { itemFormValues, newItemValues } from './itemFormValues';
import { useItineraryActions } from './useItineraryActions';
import './itinerary.css';

function Frame({ trip, title, children }: { trip: Trip; title: string; children: ReactNode }) {
  const lang = useLanguage();
  useDocumentTitle(title);
  const { t } = useTranslation('itinerary');
  return (
    <section aria-labelledby="item-form-heading">
      <p className="page-header__eyebrow">
        <Link href={link('itinerary', { tripId: trip.id })}>
          {namesToShow(trip.title, lang, trip)[0]?.text} · {t('page.title')}
        </Link>
      </p>
      <h1 id="item-form-heading">{title}</h1>
      {children}
    </section>
  );
}

function NewItem({ trip, members, date }: { trip: Trip; members: Member[]; date: string }) {
  const { t } = useTranslation('itinerary');
  const lang = useLanguage();
  const actions = useItineraryActions(trip);
  const [, navigate] = useLocation();
  const notPlanner = refusalFor(useWriter(trip.id), 'itineraryItems');
  const back = () => navigate(link('itinerary', { tripId: trip.id }));
  if (notPlanner)
    return (
      <Frame trip={trip} title={t('form.newTitle')}>
        <ReadOnlyNote why={notPlanner} />
      </Frame>
    );
  return (
    <Frame trip={trip} title={t('form.newTitle')}>
      <ItemForm
        trip={trip}
        members={members}
        draftKey={`item:new:${trip.id}:${date}`}
        basedOn={null}
        defaultValues={newItemValues(trip, date, lang)}
        submitLabel={t('form.add')}
        onSubmit={async (input, commit) => {
          await actions.save(input, undefined, commit);
          back();
        }}
        onCancel={back}
      />
    </Frame>
  );
}

function EditItem({ trip, members, itemId }: { trip: Trip; members: Member[]; itemId: string }) {
  const { t } = useTranslation(['itinerary', 'common', 'notes']);
  const lang = useLanguage();
  const item = useItineraryItem(itemId);
  const actions = useItineraryActions(trip);
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const notPlanner = refusalFor(useWriter(trip.id), 'itineraryItems');
  const back = () => navigate(link('itinerary', { tripId: trip.id }));
  if (item === undefined) return <Loading />;
  if (item === null || item.tripId !== trip.id) return <NotFound />;
  const name = itemLabel(item, lang, trip);
  return (
    <Frame trip={trip} title={name || t('form.editTitle')}>
      <ReadOnly why={notPlanner}>
        <ItemForm
          trip={trip}
          members={members}
          draftKey={formDraftKey('itineraryItems', item.id)}
          basedOn={item.hlc}
          defaultValues={itemFormValues(item)}
          submitLabel={t('form.save')}
          onSubmit={async (input, commit) => {
            await actions.save(input, item.id, commit);
            back();
          }}
          onCancel={back}
        />
      </ReadOnly>
      <div className="item-page__actions">
        {takesNotes(item) ? (
          <Link href={link('notes', { tripId: trip.id, visitId: item.id })} className="button">
            {t('notes:page.openNotes')}
          </Link>
        ) : null}
        <ChangeHistoryButton table="itineraryItems" recordId={item.id} tripId={trip.id} label={name} />
        {notPlanner ? null : (
          <button type="button" className="button button--danger-quiet" onClick={() => setConfirming(true)}>
            {t('form.delete')}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('page.delete', { name })}
        body={name}
        confirmLabel={t('form.delete')}
        cancelLabel={t('common:actions.cancel')}
        onConfirm={() => {
          setConfirming(false);
          void actions.remove(item).then(back);
        }}
        onCancel={() => setConfirming(false)}
      />
    </Frame>
  );
}

function WithTripAndMembers({
  tripId,
  children,
}: {
  tripId: string;
  children: (trip: Trip, members: Member[]) => ReactNode;
}) {
  const trip = useTrip(tripId);
  const members = useMembers(tripId);
  if (trip === undefined || members === undefined) return <Loading />;
  if (trip === null) return <NotFound />;
  return <>{children(trip, members)}</>;
}

export function NewItemPage({ tripId, date }: { tripId: string; date: string }) {
  return (
    <WithTripAndMembers tripId={tripId}>
      {(trip, members) => <NewItem trip={trip} members={members} date={date} />}
    </WithTripAndMembers>
  );
}

export function EditItemPage({ tripId, itemId }: { tripId: string; itemId: string }) {
  return (
    <WithTripAndMembers tripId={tripId}>
      {(trip, members) => <EditItem trip={trip} members={members} itemId={itemId} />}
    </WithTripAndMembers>
  );
}
