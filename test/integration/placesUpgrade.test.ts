import { type Change, recordOf } from '@shared/sync/merge';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { oneDeviceLog, updateEachOnItsOwn } from '../fixtures/upgrade';

/**
 * A trip synced under protocol 1, then the server updated (migration 0002)
 * and a device's app updated (schema step 8), each on its own.
 */
const { tripId, change } = oneDeviceLog();
const visitId = v7();

/** What protocol 1 exchanged: the organiser, rewritten in another script, a place and an address as strings. */
const protocol1: Change[] = [
  change('trips', tripId, 'languages', { home: 'ko', host: 'ja' }),
  change('trips', tripId, 'title/ko', '후쿠오카 연수'),
  change('trips', tripId, 'organiser', 'STEPI'),
  change('trips', tripId, 'organiser', '과학기술정책관리연구소'),
  change('itineraryItems', visitId, 'title/ko', '후쿠오카현청 방문'),
  change('itineraryItems', visitId, 'location', '福岡県庁 本館'),
  change('itineraryItems', visitId, 'host', {
    name: { ko: '후쿠오카현청', ja: '福岡県庁' },
    address: '福岡県福岡市博多区東公園7-7',
    contacts: [],
  }),
];

describe('a trip synced under protocol 1, the server and a device updated each on its own', () => {
  // Two PGlite databases start here: seconds each on a busy machine.
  it('leaves the device and the server with the same leaves, won by the same changes', {
    timeout: 30_000,
  }, async () => {
    const { onServer, device } = await updateEachOnItsOwn(protocol1, { serverSteps: 1, deviceStep: 7 });
    expect(
      recordOf(onServer.get(`trips:${tripId}`) ?? { table: 'trips', id: tripId, tripId, leaves: {} }),
    ).toMatchObject({ organiser: { ko: '과학기술정책관리연구소' } });
    const visit = await device.db.itineraryItems.get(visitId);
    expect(visit?.location).toEqual({ ko: '福岡県庁 本館' });
    expect(visit?.host?.address).toEqual({ ja: '福岡県福岡市博多区東公園7-7' });
    device.db.close();
  });
});
