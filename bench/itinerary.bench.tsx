/**
 * Rendering the itinerary of a ten-day trip with 80 items, as the table and
 * as the timeline, against the same trip with no items (the baseline), and
 * computing its warnings. React renders into jsdom: the figures are the
 * app's own work (components, layout maths), not the browser's painting.
 */
import 'fake-indexeddb/auto';
import { findWarnings } from '@shared/itinerary/warnings';
import { type ItineraryItem, newId } from '@shared/model';
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { test } from 'vitest';
import { StoreProvider } from '../renderer/data/hooks/StoreContext';
import { itineraryDays } from '../renderer/features/itinerary/days';
import { ItineraryTable } from '../renderer/features/itinerary/ItineraryTable';
import { ItineraryTimeline } from '../renderer/features/itinerary/ItineraryTimeline';
import { initI18n } from '../renderer/i18n/i18n';
import { UndoProvider } from '../renderer/services/undo';
import { itemRecord, tripRecord } from '../test/fixtures/itinerary';
import { openTestStore } from '../test/fixtures/store';

const trip = tripRecord();
const dates = Array.from({ length: 10 }, (_, i) => `1996-10-${String(20 + i).padStart(2, '0')}`);
const KINDS: ItineraryItem['kind'][] = ['visit', 'lecture', 'meeting', 'travel', 'lodging', 'free'];
const members = Array.from({ length: 17 }, () => newId());

/** Eight items a day, from 08:00, an hour and a half apart, some overlapping, some for part of the delegation. */
const items: ItineraryItem[] = dates.flatMap((date) =>
  Array.from({ length: 8 }, (_, i) => {
    const start = 8 * 60 + i * 90;
    const time = (minutes: number) =>
      `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return itemRecord({
      date,
      kind: KINDS[i % KINDS.length],
      title: { ko: `일정 ${date} ${i + 1}`, ja: `予定 ${date} ${i + 1}` },
      startTime: time(start),
      endTime: time(start + (i % 3 === 0 ? 120 : 60)),
      attendeeIds: i % 4 === 0 ? members.slice(0, 8) : null,
      position: `a${i}`,
    });
  }),
);

const i18n = await initI18n('ko');
const store = await openTestStore();
const full = itineraryDays(trip, items);
const empty = itineraryDays(trip, []);
const warnings = findWarnings(trip, items, members);

function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <UndoProvider>{children}</UndoProvider>
      </StoreProvider>
    </I18nextProvider>
  );
}

function renderOnce(ui: ReactNode) {
  render(<Providers>{ui}</Providers>).unmount();
  cleanup();
}

test('itinerary table of a 10-day trip', async ({ bench }) => {
  await bench.compare(
    bench('no items (baseline)', () =>
      renderOnce(<ItineraryTable trip={trip} days={empty} warnings={[]} memberCount={17} planner />),
    ),
    bench('80 items', () =>
      renderOnce(<ItineraryTable trip={trip} days={full} warnings={warnings} memberCount={17} planner />),
    ),
    { time: 2000 },
  );
});

test('itinerary timeline of a 10-day trip', async ({ bench }) => {
  await bench.compare(
    bench('no items (baseline)', () => renderOnce(<ItineraryTimeline trip={trip} days={empty} warnings={[]} />)),
    bench('80 items', () => renderOnce(<ItineraryTimeline trip={trip} days={full} warnings={warnings} />)),
    { time: 2000 },
  );
});

test('itinerary warnings', async ({ bench }) => {
  // A local binding: calling through the module's export getter would be measured too.
  const find = findWarnings;
  await bench.compare(
    bench('no items (baseline)', () => {
      find(trip, [], members);
    }),
    bench('80 items', () => {
      find(trip, items, members);
    }),
    { time: 1000 },
  );
});

/** `count` items on one day that all overlap, from 09:00 to 18:00; a third for everyone, the others for half the delegation each. */
function overlapping(count: number): ItineraryItem[] {
  return Array.from({ length: count }, (_, i) =>
    itemRecord({
      title: { ko: `겹치는 일정 ${i + 1}` },
      startTime: `09:${String(i % 60).padStart(2, '0')}`,
      endTime: '18:00',
      attendeeIds: i % 3 === 0 ? null : i % 3 === 1 ? members.slice(0, 8) : members.slice(8),
    }),
  );
}

test('itinerary warnings of items that all overlap', async ({ bench }) => {
  const find = findWarnings;
  const few = overlapping(20);
  const many = overlapping(2_000);
  await bench.compare(
    bench('20 items (baseline)', () => {
      find(trip, few, members);
    }),
    bench('2,000 items', () => {
      find(trip, many, members);
    }),
    { time: 2000, iterations: 5 },
  );
});
