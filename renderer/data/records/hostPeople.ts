import {
  type AcceptedType,
  type HostPerson,
  type HostPersonEntry,
  type HostPersonInput,
  hostPersonInput,
  type RecordId,
} from '@shared/model';
import { personOf as directoryPersonOf, type PeopleHolders, tripDirectory } from '@shared/people/directory';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { changeMeta, createMeta } from '../database/writeContext';
import { isLive, RecordNotFoundError, restore } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';
import { sha256Of } from './attachmentBytes';
import { attachmentRecord, storeAttachment } from './attachments';

/**
 * The trip's directory of host people (issue 24): the entries stored, and
 * those the records' copies stand for that nobody wrote yet
 * (shared/people/directory.ts), which are written through the funnel, with
 * the id every device derives, the first time someone corrects or deletes
 * them.
 */

async function holdersOf(db: FieldbookDB, tripId: RecordId): Promise<PeopleHolders> {
  const [itineraryItems, minutes, qaNotes] = await Promise.all([
    db.itineraryItems.where('tripId').equals(tripId).toArray(),
    db.minutes.where('tripId').equals(tripId).toArray(),
    db.qaNotes.where('tripId').equals(tripId).toArray(),
  ]);
  return { itineraryItems, minutes, qaNotes };
}

/** The entries of a trip's directory that are stored, deleted ones included: a deletion keeps a person from being derived again. */
export function storedHostPeople(db: FieldbookDB, tripId: RecordId): Promise<HostPersonEntry[]> {
  return db.hostPeople.where('tripId').equals(tripId).toArray();
}

/** Every entry of the trip's directory, deleted ones included, by id. */
async function directoryOf(db: FieldbookDB, tripId: RecordId): Promise<Map<RecordId, HostPersonEntry>> {
  const [stored, holders] = await Promise.all([storedHostPeople(db, tripId), holdersOf(db, tripId)]);
  return tripDirectory(tripId, stored, holders);
}

/** The people of a directory not deleted, in the order they were first named (ids are time-ordered; derived ones by their record's). */
function livePeople(directory: ReadonlyMap<RecordId, HostPersonEntry>): HostPersonEntry[] {
  const live = [...directory.values()].filter(isLive);
  return live.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** A trip's host people in the order they were first named. */
export async function listHostPeople(db: FieldbookDB, tripId: RecordId): Promise<HostPersonEntry[]> {
  return livePeople(await directoryOf(db, tripId));
}

/** A trip's host people (listHostPeople), with every entry by id, deleted ones included, for `personOf`. */
export async function hostDirectory(
  db: FieldbookDB,
  tripId: RecordId,
): Promise<{ people: HostPersonEntry[]; entries: ReadonlyMap<RecordId, HostPersonEntry> }> {
  const entries = await directoryOf(db, tripId);
  return { people: livePeople(entries), entries };
}

/** Who a record's copy of a person names, as the directory now says; null when the entry was deleted. */
export async function personOf(db: FieldbookDB, tripId: RecordId, person: HostPerson): Promise<HostPersonEntry | null> {
  return directoryPersonOf(tripId, person, await directoryOf(db, tripId));
}

/** The photo of the business card a person was read from, checked as an attachment is (attachmentRules.ts). */
export interface CardPhoto {
  /** The name the photo came with; stored as safeAttachmentName makes it. */
  fileName: string;
  mimeType: AcceptedType;
  file: Blob;
  /** A small JPEG for the person's card; null when the browser could not make one. */
  thumbnail: Blob | null;
}

/** A card's photo with the SHA-256 of its bytes, which names them (hashedCardPhoto). */
export type HashedCardPhoto = CardPhoto & { readonly sha256: string };

/**
 * Hashes a card's photo, before the transaction that saves it with its
 * person: a save is often inside another's (a form's draft forgotten with
 * it, commitDraft), which would end while it awaited WebCrypto.
 */
export async function hashedCardPhoto(photo: CardPhoto): Promise<HashedCardPhoto> {
  return { ...photo, sha256: await sha256Of(photo.file) };
}

/**
 * Adds a person to the trip's directory; with `card`, the photo of the
 * business card they were read from, an attachment the person owns (no
 * visit's file), which their entry names by `cardAttachmentId`.
 */
export async function addHostPerson(
  store: Store,
  tripId: RecordId,
  input: HostPersonInput,
  card: HashedCardPhoto | null = null,
): Promise<HostPersonEntry> {
  const fields = hostPersonInput.parse(input);
  const { db } = store;
  const meta = createMeta(store.ctx);
  const owner = { kind: 'hostPerson', id: meta.id } as const;
  const photo = card ? attachmentRecord(store, { ...card, tripId, visitId: null, owner }, card.sha256) : null;
  const entry: HostPersonEntry = { ...meta, tripId, ...fields, cardAttachmentId: photo?.id ?? fields.cardAttachmentId };
  const tables = [db.trips, db.hostPeople, db.attachments, db.attachmentBlobs];
  // The trip is read in the write's transaction, so that no person joins a trip deleted meanwhile. The person
  // and their card's photo are written together or not at all: an entry never names a photo that is not there,
  // nor is a photo kept for a person who is not.
  return writeTransaction(db, tables, async () => {
    if (!isLive(await db.trips.get(tripId))) throw new RecordNotFoundError('trips', tripId);
    if (photo && card) await storeAttachment(store, photo, card.file, card.thumbnail);
    const [written] = await writeRecords(store, 'hostPeople', [entry]);
    return written ?? entry;
  });
}

/**
 * Writes an entry of the trip's directory as `change` makes it: a stored one
 * as an edit, a derived one as a new record with its derived id (every
 * device that corrects it first writes the same record, merged leaf by leaf).
 */
async function writeEntry(
  store: Store,
  tripId: RecordId,
  id: RecordId,
  change: (entry: HostPersonEntry) => HostPersonEntry,
): Promise<HostPersonEntry> {
  const { db } = store;
  // The directory is read where it is written: a copy that changed meanwhile derives another entry.
  return writeTransaction(db, [db.hostPeople, db.itineraryItems, db.minutes, db.qaNotes], async () => {
    const stored = await db.hostPeople.get(id);
    const entry = stored ?? (await directoryOf(db, tripId)).get(id);
    if (!entry || entry.tripId !== tripId || (stored && !isLive(stored)))
      throw new RecordNotFoundError('hostPeople', id);
    const meta = stored ? changeMeta(store.ctx) : createMeta(store.ctx, id);
    const [written] = await writeRecords(store, 'hostPeople', [change({ ...entry, ...meta })]);
    return written ?? entry;
  });
}

/** Corrects a person once, for every place that names them. */
export function updateHostPerson(
  store: Store,
  tripId: RecordId,
  id: RecordId,
  input: HostPersonInput,
): Promise<HostPersonEntry> {
  const fields = hostPersonInput.parse(input);
  return writeEntry(store, tripId, id, (entry) => ({ ...entry, ...fields }));
}

/** Deletes by tombstone; the records that name the person keep their copy of them. */
export async function deleteHostPerson(store: Store, tripId: RecordId, id: RecordId): Promise<void> {
  await writeEntry(store, tripId, id, (entry) => ({ ...entry, deletedAt: entry.updatedAt }));
}

/** Undoes a deletion (a deleted entry is always stored: `deleteHostPerson` writes it). */
export function restoreHostPerson(store: Store, id: RecordId): Promise<void> {
  return restore(store, store.db.hostPeople, id);
}
