import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messageFor } from '../../../test/fixtures/render';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { openTestStore } from '../../../test/fixtures/store';
import type { Store } from '../../data/database/store';
import { listTrips } from '../../data/records/trips';
import { NewTripPage } from './TripFormPage';

/** Answers the first trip's question for one side: its country (a select labelled `label`), as a user picks it. */
async function choose(side: string, label: string, country: string) {
  const select = within(screen.getByRole('group', { name: side })).getByLabelText(label);
  await userEvent.setup().selectOptions(select, country);
}

/** Fills what a new trip needs besides who visits whom, and creates it. */
async function create(title: [string, string], dates: [string, string], createLabel: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(title[0]), title[1]);
  await user.type(screen.getByLabelText(dates[0]), '2027-03-08');
  await user.type(screen.getByLabelText(dates[1]), '2027-03-14');
  await user.click(screen.getByRole('button', { name: createLabel }));
}

async function createdTrip(store: Store) {
  await waitFor(async () => expect(await listTrips(store.db)).toHaveLength(1));
  const [trip] = await listTrips(store.db);
  return trip;
}

describe('who visits whom on a new trip', () => {
  it('asks it on the first trip: the Japanese interface does not make a Japanese delegation', async () => {
    const store = await openTestStore();
    await renderWithStore('ja', store, <NewTripPage />);
    expect(await screen.findByRole('heading', { name: 'どこの視察団が、どこを訪問しますか？' })).toBeTruthy();
    expect(screen.queryByLabelText('日本語 *')).toBeNull();
    const delegation = screen.getByRole('group', { name: '視察団' });
    expect(within(delegation).getByLabelText('国 *')).toHaveProperty('value', '');
    expect(within(delegation).getByLabelText('言語 *')).toHaveProperty('value', '');

    await userEvent.setup().click(screen.getByRole('button', { name: '次へ' }));
    await waitFor(() => expect(messageFor(within(delegation).getByLabelText('国 *'))).toBe('必須項目です。'));

    await choose('視察団', '国 *', '韓国');
    expect(within(delegation).getByLabelText('言語 *')).toHaveProperty('value', 'ko');
    await choose('訪問先', '国 *', '日本');
    await userEvent.setup().click(screen.getByRole('button', { name: '次へ' }));

    // The form, for a Korean delegation: its title is required in Korean.
    expect(await screen.findByLabelText('韓国語 *')).toBeTruthy();
    expect(screen.getByLabelText('視察団の言語')).toHaveProperty('value', 'ko');
    expect(screen.getByLabelText('訪問先の言語')).toHaveProperty('value', 'ja');
    await create(['韓国語 *', '2027 경기도 과학기술 연수단'], ['初日 *', '最終日 *'], '視察を作成');
    expect(await createdTrip(store)).toMatchObject({
      languages: { home: 'ko', host: 'ja' },
      homeTimeZone: 'Asia/Seoul',
      destinationTimeZone: 'Asia/Tokyo',
    });
  });

  it('starts a later trip from the last trip made on this device, in any interface language', async () => {
    const store = await openTestStore();
    const first = await renderWithStore('ko', store, <NewTripPage />);
    await screen.findByRole('heading', { name: '누가 누구를 방문하나요?' });
    // Nothing chosen in the Korean interface either.
    expect(within(screen.getByRole('group', { name: '연수단' })).getByLabelText('나라 *')).toHaveProperty('value', '');
    await choose('연수단', '나라 *', '일본');
    await choose('방문 기관', '나라 *', '대한민국');
    await userEvent.setup().click(screen.getByRole('button', { name: '다음' }));
    await screen.findByLabelText('일본어 *');
    await create(['일본어 *', '京畿道視察'], ['첫날 *', '마지막 날 *'], '연수 만들기');
    await createdTrip(store);
    first.unmount();

    await renderWithStore('en', store, <NewTripPage />);
    expect(await screen.findByLabelText('In Japanese *')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Who is visiting whom?' })).toBeNull();
    expect(screen.getByLabelText("Delegation's language")).toHaveProperty('value', 'ja');
    expect(screen.getByLabelText("Hosts' language")).toHaveProperty('value', 'ko');
    await create(['In Japanese *', '京畿道視察 2'], ['First day *', 'Last day *'], 'Create trip');
    await waitFor(async () => expect(await listTrips(store.db)).toHaveLength(2));
    for (const trip of await listTrips(store.db)) {
      expect(trip).toMatchObject({
        languages: { home: 'ja', host: 'ko' },
        homeTimeZone: 'Asia/Tokyo',
        destinationTimeZone: 'Asia/Seoul',
      });
    }
  });
});
