/** Schema step 1: the device's settings, trips and their members. */
export const step1 = {
  version: 1,
  stores: {
    settings: 'key',
    trips: 'id, startDate',
    members: 'id, tripId',
  },
};
