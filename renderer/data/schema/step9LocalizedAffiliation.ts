import type { Transaction } from 'dexie';

/**
 * Schema step 9 writes a member's affiliation, a single string until then, as
 * a name per language, in the delegation's language (`languages.home`) of the
 * member's trip: the language the roster was typed in. One language per
 * record, never one per value, so that the text that replaced another still
 * replaces it. The sync server rewrites the changes it holds by the same rule
 * (server/migrations/0003_localized_affiliation.sql), so a device and the
 * server agree on every leaf.
 *
 * Everything that holds the value is brought along, as step 8 does: the
 * records, their merge state (recordStates: the leaf `affiliation` becomes
 * `affiliation/ko`, keeping the change that won it), unsent changes (outbox),
 * lost changes, the change history and member forms' drafts. Frozen: the rule
 * and the shapes below are copies of this version's, so that a later change
 * of the app cannot change what this step writes.
 */
export const step9 = {
  version: 9,
  stores: {},
  upgrade: writeAffiliationPerLanguage,
};

type Language = 'ko' | 'ja' | 'en';
interface Languages {
  home: Language;
  host: Language;
}
type Json = Record<string, unknown>;

/** A trip not on this device (a change for a record of one not yet pulled): Korean delegation, Japanese hosts. */
const UNKNOWN_TRIP: Languages = { home: 'ko', host: 'ja' };

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** A single string as a name in one language; anything else (already a name, null) as it is. */
function named(value: unknown, lang: Language): unknown {
  return typeof value === 'string' ? { [lang]: value } : value;
}

/** The leaf a change of an old leaf is a change of now. */
function upgradePath(table: unknown, path: string, languages: Languages): string {
  return table === 'members' && path === 'affiliation' ? `affiliation/${languages.home}` : path;
}

interface ChangeLike {
  table: unknown;
  tripId: string;
  path: string;
}

interface StateLike {
  table: unknown;
  tripId: string;
  leaves: Record<string, Json>;
}

function upgradeState(state: StateLike, languages: Languages): void {
  const leaves: StateLike['leaves'] = {};
  for (const [path, leaf] of Object.entries(state.leaves)) leaves[upgradePath(state.table, path, languages)] = leaf;
  state.leaves = leaves;
}

async function writeAffiliationPerLanguage(tx: Transaction): Promise<void> {
  const trips = new Map<string, Languages>();
  await tx
    .table('trips')
    .toCollection()
    .each((trip: { id: string; languages: Languages }) => {
      trips.set(trip.id, trip.languages);
    });
  const languagesOf = (tripId: string) => trips.get(tripId) ?? UNKNOWN_TRIP;

  const memberTrips = new Map<string, string>();
  await tx
    .table('members')
    .toCollection()
    .modify((member: Json & { id: string; tripId: string }) => {
      memberTrips.set(member.id, member.tripId);
      member.affiliation = named(member.affiliation, languagesOf(member.tripId).home);
    });
  await tx
    .table('recordStates')
    .toCollection()
    .modify((state: StateLike) => upgradeState(state, languagesOf(state.tripId)));
  for (const table of ['outbox', 'lostChanges', 'changeHistory']) {
    await tx
      .table(table)
      .toCollection()
      .modify((change: ChangeLike) => {
        change.path = upgradePath(change.table, change.path, languagesOf(change.tripId));
      });
  }
  await tx
    .table('drafts')
    .toCollection()
    .modify((draft: { key: string; kind: string; value: unknown }) => {
      // Member forms: member:new:<tripId>, form:members:<id>.
      const [kind = '', what = '', id = ''] = draft.key.split(':');
      const isMemberForm = kind === 'member' || (kind === 'form' && what === 'members');
      if (!isMemberForm || draft.kind !== 'form' || !isObject(draft.value)) return;
      const tripId = kind === 'member' ? id : memberTrips.get(id);
      const home = (tripId ? (trips.get(tripId) ?? UNKNOWN_TRIP) : UNKNOWN_TRIP).home;
      draft.value.affiliation = named(draft.value.affiliation, home);
    });
}
