/** Schema step 3: the notes' history, one version per stretch of editing. */
export const step3 = {
  version: 3,
  stores: {
    noteVersions: 'id, tripId, recordId',
  },
};
