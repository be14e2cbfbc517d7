import {
  type ChecklistQuestion,
  checklistFromTemplate,
  isAcceptedType,
  safeAttachmentName,
  type Trip,
} from '@shared/model';
import { createHlcClock } from '@shared/sync/hlc';
import type { Transaction } from 'dexie';

/**
 * The database schema, one numbered step per change. A step never changes
 * once released: a new need is a new step, with an `upgrade` that brings
 * existing data along (tested in schema.test.ts against a database created
 * at the previous step).
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
    upgrade: async (tx) => {
      const device = (await tx.table('settings').get('deviceId')) as { value: string } | undefined;
      const deviceId = device?.value ?? 'upgrade';
      const clock = createHlcClock(deviceId);
      const now = new Date().toISOString();
      const trips = (await tx.table('trips').toArray()) as Trip[];
      const questions: ChecklistQuestion[] = trips.flatMap((trip) =>
        checklistFromTemplate(trip.id).map((question) => ({
          ...question,
          createdAt: now,
          updatedAt: now,
          hlc: clock.tick(),
          updatedBy: { deviceId, memberId: null },
          deletedAt: null,
        })),
      );
      await tx.table('checklistQuestions').bulkPut(questions);
    },
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
    // Attachments stored before names were made safe (a dropped path, a name that lied about its
    // content, a name too long for a file system) get the name an attachment is given today, so that
    // opening, saving, sync and import, which all hold to that rule, accept them. The rule leaves a
    // safe name as it is (its tests pin that), so a later change of it is a later step.
    upgrade: async (tx) => {
      await tx
        .table('attachments')
        .toCollection()
        .modify((attachment: { fileName: string; mimeType: string }) => {
          if (isAcceptedType(attachment.mimeType)) {
            attachment.fileName = safeAttachmentName(attachment.fileName, attachment.mimeType);
          }
        });
    },
  },
];

export const LATEST_VERSION = Math.max(...SCHEMA.map((step) => step.version));
