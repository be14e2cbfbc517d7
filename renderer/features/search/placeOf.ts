import type { SearchHit } from '@shared/search/index';
import { link } from '../../services/paths';

/**
 * Where a hit is opened: the screen that shows its record (a visit's notes
 * at the question, minutes, Q&A or files; the report; an item; a member; the
 * hosts' people; the glossary), and the text to find there, as stored (the snippet's match).
 */
export function placeOf(tripId: string, hit: SearchHit): { href: string; find: string } {
  const { doc } = hit;
  const [from, to] = hit.ranges[0] ?? [0, 0];
  const find = doc.text.slice(from, to);
  const visitId = doc.visitId ?? '';
  const notes = (section: 'minutes' | 'qa' | 'files') => link('notes', { tripId, visitId, section });
  switch (doc.kind) {
    case 'answer':
      return { href: link('notesQuestion', { tripId, visitId, questionId: doc.questionId ?? '' }), find };
    case 'minutes':
      return { href: notes('minutes'), find };
    case 'qaNote':
      return { href: notes('qa'), find };
    case 'attachment':
      return { href: visitId ? notes('files') : link('trip', { tripId }), find };
    case 'reportNote':
      return { href: link('report', { tripId }), find };
    case 'person':
      // A person of the directory is opened among the trip's people; one named in an item, in the item.
      if (!doc.visitId) return { href: link('people', { tripId }), find };
      return { href: link('itineraryItem', { tripId, itemId: visitId }), find };
    case 'item':
    case 'host':
      return { href: link('itineraryItem', { tripId, itemId: visitId }), find };
    case 'member':
      return { href: link('editMember', { tripId, memberId: doc.memberId ?? '' }), find };
    default:
      return { href: link('glossary', { tripId }), find };
  }
}
