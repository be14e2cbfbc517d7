import type { Transaction } from 'dexie';
import { giveTripsTheirChecklist } from './step2Checklists';
import { makeAttachmentNamesSafe } from './step5AttachmentNames';
import { writePlacesPerLanguage } from './step8LocalizedPlaces';
import { writeAffiliationPerLanguage } from './step9LocalizedAffiliation';

/**
 * The database schema, one numbered step per change. A step never changes
 * once released: a new need is a new step, with an `upgrade` that brings
 * existing data along (tested in steps.test.ts against a database created
 * at the previous step). A step that writes data holds what it writes in a file of
 * its own (step2Checklists.ts, step5AttachmentNames.ts, step8LocalizedPlaces.ts), never calling code that may change.
 *
 * Indexes serve the screens: records by trip, notes by visit. Tombstoned
 * records (deletedAt set) stay in the tables and are filtered on read.
 */
export interface SchemaStep {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA: readonly SchemaStep[] = [
  {
    version: 1,
    stores: {
      settings: 'key',
      trips: 'id, startDate',
      members: 'id, tripId',
    },
  },
  {
    version: 2,
    stores: {
      itineraryItems: 'id, tripId, [tripId+date]',
      checklistQuestions: 'id, tripId',
      checklistAnswers: 'id, tripId, visitId, [visitId+questionId]',
      minutes: 'id, tripId, visitId',
      qaNotes: 'id, tripId, visitId',
      attachments: 'id, tripId, visitId, owner.id',
      attachmentBlobs: 'id',
      glossaryTerms: 'id, tripId',
    },
    // Trips made before checklists existed get the default six questions.
    upgrade: giveTripsTheirChecklist,
  },
  {
    version: 3,
    stores: {
      noteVersions: 'id, tripId, recordId',
    },
  },
  {
    version: 4,
    // Text typed and not yet saved, kept in the database rather than in localStorage, which
    // reaches the disk lazily: after a crash it can hold an older text than the one saved.
    // Device-local, like settings: drafts never sync.
    stores: {
      drafts: 'key',
    },
  },
  {
    version: 5,
    stores: {},
    upgrade: makeAttachmentNamesSafe,
  },
  {
    version: 6,
    // Sync: the changes this device wrote and has not sent yet, each synced record's merge state
    // (its leaves with the change that won each), and the changes that lost (for the history).
    stores: {
      outbox: 'id, tripId',
      recordStates: 'key, tripId',
      lostChanges: 'id, recordId',
    },
  },
  {
    version: 7,
    // The changes applied to the records that keep no history of their own (trips, members,
    // itinerary items...: not notes, which have noteVersions), written here or received, for
    // their history (who changed what, when) and to restore a concurrent change that lost.
    stores: {
      changeHistory: 'id, [table+recordId], tripId',
    },
  },
  {
    version: 8,
    // The post-trip report: what the organiser writes in it (findings, visit summaries, the
    // evaluation) and how its sections are arranged, by trip. The organiser, addresses and places
    // become names per language, in the records and in everything sync keeps of them.
    stores: {
      reportNotes: 'id, tripId',
      reportLayouts: 'id, tripId',
    },
    upgrade: writePlacesPerLanguage,
  },
  {
    version: 9,
    // A member's affiliation becomes a name per language, in the record and in everything sync
    // keeps of it.
    stores: {},
    upgrade: writeAffiliationPerLanguage,
  },
];

export const LATEST_VERSION = Math.max(...SCHEMA.map((step) => step.version));
