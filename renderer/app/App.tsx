import type { i18n } from 'i18next';
import { lazy, Suspense, useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
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
  const { i18n } = useTranslation();
  useEffect(() => {
    void preloadScreens(i18n);
  }, [i18n]);
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

/** How this device reaches a trip's sync server; the client's code loads with the scheduler's, after the first screen. */
async function servers() {
  const [{ httpSyncServer }, { syncFetch }] = await Promise.all([
    import('@shared/sync/client'),
    import('../bridge/syncFetch'),
  ]);
  return (connection: SyncConnection) =>
    httpSyncServer({
      baseUrl: connection.baseUrl,
      token: connection.token,
      fetch: syncFetch({ tripId: connection.tripId }),
    });
}

/** The app over an open store; `recovered` says where a start kept text typed before a crash aside. */
export function App({ store, i18n, recovered = [] }: { store: Store; i18n: i18n; recovered?: readonly KeptText[] }) {
  return (
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <UndoProvider>
          <SyncProvider servers={servers}>
            <Router hook={useHashLocation}>
              <Screens recovered={recovered} />
            </Router>
          </SyncProvider>
        </UndoProvider>
      </StoreProvider>
    </I18nextProvider>
  );
}
