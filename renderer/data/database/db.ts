import type {
  Attachment,
  ChecklistAnswer,
  ChecklistQuestion,
  GlossaryTerm,
  HostPersonEntry,
  ItineraryItem,
  Member,
  Minutes,
  NoteVersion,
  QaNote,
  RecordId,
  ReportLayout,
  ReportNote,
  Trip,
} from '@shared/model';
import type { Change, RecordState } from '@shared/sync/merge';
import type { Bundle } from '@shared/sync/signing';
import { Dexie, type Table } from 'dexie';
import { SCHEMA } from '../schema/steps';
import { observeMutations } from './mutations';
import type {
  AttachmentBlob,
  Draft,
  HeldKey,
  HistoryEntry,
  LoggedChange,
  LostChange,
  OutboxChange,
  Setting,
  StagedFile,
  StateBase,
  StateBucket,
  UnknownKey,
} from './rows';

export const DATABASE_NAME = 'fieldbook';

export class FieldbookDB extends Dexie {
  settings!: Table<Setting, string>;
  trips!: Table<Trip, RecordId>;
  members!: Table<Member, RecordId>;
  itineraryItems!: Table<ItineraryItem, RecordId>;
  checklistQuestions!: Table<ChecklistQuestion, RecordId>;
  checklistAnswers!: Table<ChecklistAnswer, RecordId>;
  minutes!: Table<Minutes, RecordId>;
  qaNotes!: Table<QaNote, RecordId>;
  attachments!: Table<Attachment, RecordId>;
  attachmentBlobs!: Table<AttachmentBlob, RecordId>;
  glossaryTerms!: Table<GlossaryTerm, RecordId>;
  /** The trip's directory of host people (schema step 12; shared/people/directory.ts). */
  hostPeople!: Table<HostPersonEntry, RecordId>;
  noteVersions!: Table<NoteVersion, RecordId>;
  /** What the organiser writes in the post-trip report: findings, visit summaries, the evaluation. */
  reportNotes!: Table<ReportNote, RecordId>;
  /** Each trip's arrangement of its report's sections (one per trip, reportLayoutId). */
  reportLayouts!: Table<ReportLayout, RecordId>;
  drafts!: Table<Draft, string>;
  /** Changes written here and not yet acknowledged by the sync server (docs/sync-protocol.md). */
  outbox!: Table<OutboxChange, string>;
  /** Each synced record's leaves, with the change that won each: what remote changes merge with. */
  recordStates!: Table<RecordState & { key: string }, string>;
  /** The snapshot a trip began from on this device, whose packed states stand for records not written since. */
  stateBases!: Table<StateBase, string>;
  stateBuckets!: Table<StateBucket, [string, number]>;
  /** Changes of a leaf that lost to a later one with another value, for the record's history. */
  lostChanges!: Table<LostChange, string>;
  /** Changes applied to records with no history of their own, with the value each replaced (changeHistory.ts). */
  changeHistory!: Table<HistoryEntry, string>;
  /** Other devices' signed changes as pulled, to pass on with their signatures (relay.ts). */
  changeLog!: Table<LoggedChange, string>;
  /** The bundles of signatures that cover the logged changes. */
  bundles!: Table<Bundle, string>;
  /** The trip's device keys this device verified, keyed by trip and device (signatures.ts). */
  tripKeys!: Table<HeldKey, [string, string]>;
  /** The files of a .fieldbook file being taken in, until it is applied (exchange/importTrip.ts). */
  stagedFiles!: Table<StagedFile, string>;
  /** Changes a file brought from a device the trip does not know, held until an organiser decides (unknownDevices.ts). */
  heldChanges!: Table<Change, string>;
  /** The keys those devices claim. */
  unknownKeys!: Table<UnknownKey, [string, string]>;

  /** `upTo` opens the database as an earlier version of the app would; for migration tests. */
  constructor(name: string = DATABASE_NAME, options: { upTo?: number } = {}) {
    super(name);
    for (const step of SCHEMA) {
      if (options.upTo !== undefined && step.version > options.upTo) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
    observeMutations(this);
  }
}
