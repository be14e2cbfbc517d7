/**
 * Opening the translation screen over a full-size trip (17 members, 20
 * visits: 2,040 checklist answers, 300 Q&A notes, 20 minutes; bench/bigTrip.ts)
 * against the same trip with no notes (the baseline), from the first render
 * to the first page of texts shown with their translation fields. The texts
 * are read from IndexedDB (fake-indexeddb) and React renders into jsdom.
 */
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { test } from 'vitest';
import { SaveTrackerProvider } from '../renderer/components/autosave/SaveTracker';
import { StoreProvider } from '../renderer/data/hooks/StoreContext';
import { TranslationPage } from '../renderer/features/translation/TranslationPage';
import { initI18n } from '../renderer/i18n/i18n';
import { UndoProvider } from '../renderer/services/undo';
import { openTestStore } from '../test/fixtures/store';
import { assertValid, bigTrip, type Records } from './bigTrip';

const i18n = await initI18n('ja');
const store = await openTestStore();
const full = bigTrip(true);
const empty = bigTrip(false);
assertValid(full.records);

async function put(records: Records) {
  for (const [table, rows] of Object.entries(records)) await store.db.table(table).bulkPut(rows);
}
await put(full.records);
await put(empty.records);

async function open(tripId: string) {
  const view = render(
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <UndoProvider>
          <SaveTrackerProvider>
            <TranslationPage tripId={tripId} />
          </SaveTrackerProvider>
        </UndoProvider>
      </StoreProvider>
    </I18nextProvider>,
  );
  await waitFor(() => screen.getAllByRole('article'), { interval: 2, timeout: 60_000 });
  view.unmount();
  cleanup();
}

test('translation screen opening', async ({ bench }) => {
  await bench.compare(
    bench('a trip with no notes (baseline)', () => open(empty.trip.id)),
    bench('a trip with 2,360 notes', () => open(full.trip.id)),
    { time: 5000, iterations: 5 },
  );
});
