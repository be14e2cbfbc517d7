import type { i18n } from 'i18next';
import { Suspense, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Loading, NotFound } from '../components/NotFound';
import type { KeptText } from '../data/noteDrafts';
import { StoreProvider } from '../data/StoreContext';
import type { Store } from '../data/store';
import { RecoveredTextsNotice } from '../features/notes/RecoveredTextsNotice';
import { useLanguageSync } from '../features/settings/useLanguageSync';
import { useMenuCommands } from '../features/settings/useMenuCommands';
import { TripListPage } from '../features/trips/TripListPage';
import { TripPage } from '../features/trips/TripPage';
import { UndoProvider } from '../services/undo';
import { Layout } from './Layout';
import {
  ChecklistEditorPage,
  CoveragePage,
  EditItemPage,
  EditMemberPage,
  EditTripPage,
  ItineraryPage,
  NewItemPage,
  NewMemberPage,
  NewTripPage,
  NotesPage,
  PrintItineraryPage,
  preloadScreens,
  TodayPage,
} from './lazyScreens';

function Screens({ recovered }: { recovered: readonly KeptText[] }) {
  useLanguageSync();
  useMenuCommands();
  useEffect(() => {
    void preloadScreens();
  }, []);
  return (
    <Layout>
      <RecoveredTextsNotice kept={recovered} />
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={TripListPage} />
          <Route path="/trips/new" component={NewTripPage} />
          <Route path="/trips/:tripId/edit">{({ tripId }) => <EditTripPage tripId={tripId} />}</Route>
          <Route path="/trips/:tripId/members/new">{({ tripId }) => <NewMemberPage tripId={tripId} />}</Route>
          <Route path="/trips/:tripId/members/:memberId/edit">
            {({ tripId, memberId }) => <EditMemberPage tripId={tripId} memberId={memberId} />}
          </Route>
          <Route path="/trips/:tripId/itinerary">{({ tripId }) => <ItineraryPage tripId={tripId} />}</Route>
          <Route path="/trips/:tripId/itinerary/new/:date">
            {({ tripId, date }) => <NewItemPage tripId={tripId} date={date} />}
          </Route>
          <Route path="/trips/:tripId/itinerary/items/:itemId">
            {({ tripId, itemId }) => <EditItemPage tripId={tripId} itemId={itemId} />}
          </Route>
          <Route path="/trips/:tripId/itinerary/print">{({ tripId }) => <PrintItineraryPage tripId={tripId} />}</Route>
          <Route path="/trips/:tripId/visits/:visitId/checklist/:questionId">
            {({ tripId, visitId, questionId }) => (
              <NotesPage tripId={tripId} visitId={visitId} section="checklist" questionId={questionId} />
            )}
          </Route>
          <Route path="/trips/:tripId/visits/:visitId/:section?">
            {({ tripId, visitId, section }) => <NotesPage tripId={tripId} visitId={visitId} section={section} />}
          </Route>
          <Route path="/trips/:tripId/today">{({ tripId }) => <TodayPage tripId={tripId} />}</Route>
          <Route path="/trips/:tripId/coverage">{({ tripId }) => <CoveragePage tripId={tripId} />}</Route>
          <Route path="/trips/:tripId/checklist">{({ tripId }) => <ChecklistEditorPage tripId={tripId} />}</Route>
          <Route path="/trips/:tripId">{({ tripId }) => <TripPage tripId={tripId} />}</Route>
          <Route component={NotFound} />
        </Switch>
      </Suspense>
    </Layout>
  );
}

/** The app over an open store; `recovered` says where a start kept text typed before a crash aside. */
export function App({ store, i18n, recovered = [] }: { store: Store; i18n: i18n; recovered?: readonly KeptText[] }) {
  return (
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <UndoProvider>
          <Router hook={useHashLocation}>
            <Screens recovered={recovered} />
          </Router>
        </UndoProvider>
      </StoreProvider>
    </I18nextProvider>
  );
}
