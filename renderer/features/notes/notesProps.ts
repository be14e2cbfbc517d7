import type { ItineraryItem, Member, Trip } from '@shared/model';
import type { Writer } from '@shared/sync/permissions';
import type { Store } from '../../data/database/store';

/** What every part of a visit's notes works with. */
export interface NotesProps {
  trip: Trip;
  visit: ItineraryItem;
  members: readonly Member[];
  /** The member using this device, or null until they say who they are. */
  memberId: string | null;
  /** The store, writing as that member. */
  store: Store;
  /** Who writes from this device, for what the roles offer them (shared/sync/permissions.ts). */
  writer: Writer | null | undefined;
}
