import type { ItineraryItem, Member, Trip } from '@shared/model';
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
}
