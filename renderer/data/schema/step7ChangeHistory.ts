/**
 * Schema step 7: the changes applied to the records that keep no history of
 * their own (trips, members, itinerary items...: not notes, which have
 * noteVersions), written here or received, for their history (who changed
 * what, when) and to restore a concurrent change that lost.
 */
export const step7 = {
  version: 7,
  stores: {
    changeHistory: 'id, [table+recordId], tripId',
  },
};
