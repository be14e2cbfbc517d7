/**
 * Schema step 6, sync: the changes this device wrote and has not sent yet,
 * each synced record's merge state (its leaves with the change that won
 * each), and the changes that lost (for the history).
 */
export const step6 = {
  version: 6,
  stores: {
    outbox: 'id, tripId',
    recordStates: 'key, tripId',
    lostChanges: 'id, recordId',
  },
};
