/**
 * Schema step 4: text typed and not yet saved, kept in the database rather
 * than in localStorage, which reaches the disk lazily: after a crash it can
 * hold an older text than the one saved. Device-local, like settings: drafts
 * never sync.
 */
export const step4 = {
  version: 4,
  stores: {
    drafts: 'key',
  },
};
