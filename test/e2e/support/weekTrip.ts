import type { App } from '../pages/App';
import type { ItemFields } from '../pages/ItineraryScreen';

/**
 * A week's trip made through the screens, as an organiser makes it: Gyeonggi
 * province's delegation in Japan, 8 to 14 March 2027, then `items` added day
 * by day. Answers on the itinerary.
 */
export async function makeWeekTrip(app: App, items: readonly (readonly [day: string, fields: ItemFields])[]) {
  await app.tripList.startNewTrip();
  await app.tripForm.fill({
    titleKo: '2027 경기도 과학기술 연수단',
    titleJa: '2027 京畿道科学技術研修団',
    startDate: '2027-03-08',
    endDate: '2027-03-14',
    homeTimeZone: 'Asia/Seoul',
    destinationTimeZone: 'Asia/Tokyo',
  });
  await app.tripForm.create();
  await app.trip.waitUntilLoaded();
  await app.itinerary.open();
  for (const [day, fields] of items) await app.itinerary.addItem(day, fields);
}
