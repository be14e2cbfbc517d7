import type { Transaction } from 'dexie';
import { step1 } from './step1Trips';
import { step2 } from './step2Checklists';
import { step3 } from './step3NoteVersions';
import { step4 } from './step4Drafts';
import { step5 } from './step5AttachmentNames';
import { step6 } from './step6Sync';
import { step7 } from './step7ChangeHistory';
import { step8 } from './step8LocalizedPlaces';
import { step9 } from './step9LocalizedAffiliation';
import { step10 } from './step10OutboxLeaves';
import { step11 } from './step11ChangeLog';
import { step12 } from './step12HostPeople';
import { step13 } from './step13StateBases';
import { step14 } from './step14CardsAndLetters';

/**
 * The database schema, one numbered step per change, each a file of its own
 * (`stepN….ts`: its stores, its upgrade and the data it writes) that imports
 * nothing but Dexie, so that it never calls code that may change. A
 * step never changes once released (released.test.ts pins each released
 * file's hash): a new need is a new step, with an `upgrade` that brings
 * existing data along (tested in steps.test.ts against a database created at
 * the previous step).
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
  step1,
  step2,
  step3,
  step4,
  step5,
  step6,
  step7,
  step8,
  step9,
  step10,
  step11,
  step12,
  step13,
  step14,
];

export const LATEST_VERSION = Math.max(...SCHEMA.map((step) => step.version));
