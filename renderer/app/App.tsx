import { httpSyncServer } from '@shared/sync/client';
import type { i18n } from 'i18next';
import { lazy, Suspense, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { syncFetch } from '../bridge/syncFetch';
import { Loading, NotFound } from '../components/ScreenStatus';
import type { Store } from '../data/database/store';
import type { SyncConnection } from '../data/device/syncConnections';
import { StoreProvider } from '../data/hooks/StoreContext';
import type { KeptText } from '../data/recovery/noteDrafts';
import { SyncProvider } from '../services/sync';
import { UndoProvider } from '../services/undo';
import { useLanguageSync } from '../services/useLanguageSync';
import { Layout } from './Layout';
import { preloadScreens, ROUTES } from './routes';
import { useMenuCommands } from './useMenuCommands';

// Shown only after a start that kept recovered text aside: not worth loading before the first screen.
const RecoveredTextsNotice = lazy(() =>
  import('../features/notes/RecoveredTextsNotice').then((module) => ({ default: module.RecoveredTextsNotice })),
);

function Screens({ recovered }: { recovered: readonly KeptText[] }) {
  useLanguageSync();
  useMenuCommands();
  useEffect(() => {
    void preloadScreens();
  }, []);
  return (
    <Layout>
      {recovered.length > 0 ? (
        <Suspense fallback={null}>
          <RecoveredTextsNotice kept={recovered} />
        </Suspense>
      ) : null}
      <Suspense fallback={<Loading />}>
        <Switch>
          {Object.entries(ROUTES).map(([name, route]) => (
            <Route key={name} path={route.path}>
              {(params) => <route.screen params={params} />}
            </Route>
          ))}
          <Route component={NotFound} />
        </Switch>
      </Suspense>
    </Layout>
  );
}

/** The sync server of a trip, as this device reaches it. */
const serverOver = (connection: SyncConnection) =>
  httpSyncServer({
    baseUrl: connection.baseUrl,
    token: connection.token,
    fetch: syncFetch({ tripId: connection.tripId }),
  });

/** The app over an open store; `recovered` says where a start kept text typed before a crash aside. */
export function App({ store, i18n, recovered = [] }: { store: Store; i18n: i18n; recovered?: readonly KeptText[] }) {
  return (
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <UndoProvider>
          <SyncProvider serverFor={serverOver}>
            <Router hook={useHashLocation}>
              <Screens recovered={recovered} />
            </Router>
          </SyncProvider>
        </UndoProvider>
      </StoreProvider>
    </I18nextProvider>
  );
}
