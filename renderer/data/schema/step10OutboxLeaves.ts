/**
 * Schema step 10: the outbox by leaf, so that a write finds the change of the
 * same leaf it supersedes before it is sent (an autosave every few seconds
 * would otherwise send every version of a text).
 */
export const step10 = {
  version: 10,
  stores: {
    outbox: 'id, tripId, [recordId+path]',
  },
};
