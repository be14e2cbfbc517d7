import type { Transaction } from 'dexie';

/**
 * Schema step 8 adds the post-trip report: what the organiser writes in it
 * (findings, visit summaries, the evaluation) and how its sections are
 * arranged, by trip. It writes a trip's organiser, a host's address and an
 * item's place, single strings until then, as names per language: the
 * organiser and the place in the delegation's language (`languages.home`),
 * the address in the hosts' (`languages.host`), of the trip they belong to.
 * One language per field and record, never one per value, so that the text
 * that replaced another still replaces it. The sync server rewrites the
 * changes it holds by the same rule
 * (server/migrations/0002_localized_places.sql), so a device and the server
 * agree on every leaf.
 *
 * Everything that holds these values is brought along: the records, their
 * merge state (recordStates: the leaf `organiser` becomes `organiser/ko`,
 * keeping the change that won it), unsent changes (outbox), lost changes,
 * the change history and forms' drafts. Frozen: the rule and the shapes
 * below are copies of this version's, so that a later change of the app
 * cannot change what this step writes.
 */
export const step8 = {
  version: 8,
  stores: {
    reportNotes: 'id, tripId',
    reportLayouts: 'id, tripId',
  },
  upgrade: writePlacesPerLanguage,
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

/** A host (an item's `host` leaf) whose address is still a string, with the address in the hosts' language. */
function withNamedAddress(host: unknown, languages: Languages): unknown {
  if (!isObject(host) || typeof host.address !== 'string') return host;
  return { ...host, address: named(host.address, languages.host) };
}

/** The leaf a change of an old leaf is a change of now, and its value. */
function upgradeLeaf(table: unknown, path: string, value: unknown, languages: Languages): [string, unknown] {
  if (table === 'trips' && path === 'organiser') return [`organiser/${languages.home}`, value];
  if (table === 'itineraryItems' && path === 'location') return [`location/${languages.home}`, value];
  if (table === 'itineraryItems' && path === 'host') return [path, withNamedAddress(value, languages)];
  return [path, value];
}

interface ChangeLike {
  table: unknown;
  tripId: string;
  path: string;
  value: unknown;
  previous?: unknown;
}

function upgradeChange(change: ChangeLike, languagesOf: (tripId: string) => Languages): void {
  const languages = languagesOf(change.tripId);
  const [path, value] = upgradeLeaf(change.table, change.path, change.value, languages);
  if (change.previous !== undefined)
    change.previous = upgradeLeaf(change.table, change.path, change.previous, languages)[1];
  change.path = path;
  change.value = value;
}

interface StateLike {
  table: unknown;
  tripId: string;
  leaves: Record<string, Json & { value: unknown }>;
}

function upgradeState(state: StateLike, languagesOf: (tripId: string) => Languages): void {
  const languages = languagesOf(state.tripId);
  const leaves: StateLike['leaves'] = {};
  for (const [path, leaf] of Object.entries(state.leaves)) {
    const [newPath, value] = upgradeLeaf(state.table, path, leaf.value, languages);
    leaves[newPath] = { ...leaf, value };
  }
  state.leaves = leaves;
}

/** A trip form's or an item form's draft, typed over the old single inputs. */
function upgradeDraft(draft: { key: string; kind: string; value: unknown }, languages: Languages | null): void {
  if (draft.kind !== 'form' || !isObject(draft.value)) return;
  const value = draft.value;
  if (typeof value.organiser === 'string') {
    const home = isObject(value.languages) ? (value.languages.home as Language) : (languages ?? UNKNOWN_TRIP).home;
    value.organiser = named(value.organiser, home);
  }
  const trip = languages ?? UNKNOWN_TRIP;
  if (typeof value.location === 'string') value.location = named(value.location, trip.home);
  if (isObject(value.host)) value.host = withNamedAddress(value.host, trip);
}

async function writePlacesPerLanguage(tx: Transaction): Promise<void> {
  const trips = new Map<string, Languages>();
  await tx
    .table('trips')
    .toCollection()
    .each((trip: { id: string; languages: Languages }) => {
      trips.set(trip.id, trip.languages);
    });
  const languagesOf = (tripId: string) => trips.get(tripId) ?? UNKNOWN_TRIP;

  await tx
    .table('trips')
    .toCollection()
    .modify((trip: Json & { languages: Languages }) => {
      trip.organiser = named(trip.organiser, trip.languages.home);
    });
  const itemTrips = new Map<string, string>();
  await tx
    .table('itineraryItems')
    .toCollection()
    .modify((item: Json & { id: string; tripId: string }) => {
      const languages = languagesOf(item.tripId);
      itemTrips.set(item.id, item.tripId);
      item.location = named(item.location, languages.home);
      item.host = withNamedAddress(item.host, languages);
    });
  await tx
    .table('recordStates')
    .toCollection()
    .modify((state: StateLike) => upgradeState(state, languagesOf));
  for (const table of ['outbox', 'lostChanges', 'changeHistory']) {
    await tx
      .table(table)
      .toCollection()
      .modify((change: ChangeLike) => upgradeChange(change, languagesOf));
  }
  await tx
    .table('drafts')
    .toCollection()
    .modify((draft: { key: string; kind: string; value: unknown }) => {
      // Trip forms: trip:new, form:trips:<id>; item forms: item:new:<tripId>:<date>, form:itineraryItems:<id>.
      const [kind = '', what = '', id = ''] = draft.key.split(':');
      const tripId =
        kind === 'item' ? id : what === 'trips' ? id : what === 'itineraryItems' ? itemTrips.get(id) : undefined;
      upgradeDraft(draft, tripId ? (trips.get(tripId) ?? null) : null);
    });
}
