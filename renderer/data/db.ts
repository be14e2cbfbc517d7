import { Dexie, type EntityTable } from 'dexie';
import type {
  Attachment,
  ChecklistAnswer,
  ChecklistQuestion,
  GlossaryTerm,
  ItineraryItem,
  Member,
  Minutes,
  QaNote,
  Trip,
} from '@shared/model';
import { SCHEMA } from './schema';

/** A device-local value: this device's id, and later preferences. */
export interface Setting {
  key: string;
  value: unknown;
}

export interface AttachmentBlob {
  id: string;
  blob: Blob;
}

export const DATABASE_NAME = 'fieldbook';

export class FieldbookDB extends Dexie {
  settings!: EntityTable<Setting, 'key'>;
  trips!: EntityTable<Trip, 'id'>;
  members!: EntityTable<Member, 'id'>;
  itineraryItems!: EntityTable<ItineraryItem, 'id'>;
  checklistQuestions!: EntityTable<ChecklistQuestion, 'id'>;
  checklistAnswers!: EntityTable<ChecklistAnswer, 'id'>;
  minutes!: EntityTable<Minutes, 'id'>;
  qaNotes!: EntityTable<QaNote, 'id'>;
  attachments!: EntityTable<Attachment, 'id'>;
  attachmentBlobs!: EntityTable<AttachmentBlob, 'id'>;
  glossaryTerms!: EntityTable<GlossaryTerm, 'id'>;

  /** `upTo` opens the database as an earlier version of the app would; for migration tests. */
  constructor(name: string = DATABASE_NAME, options: { upTo?: number } = {}) {
    super(name);
    for (const step of SCHEMA) {
      if (options.upTo !== undefined && step.version > options.upTo) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}
