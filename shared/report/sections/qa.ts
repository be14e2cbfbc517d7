import type { RecordId } from '../../model';
import type { ReportContext } from '../context';
import type { Block } from '../document';
import { exchangeBlock } from './exchange';

/** Every Q&A note, under the name of the item where it was asked, in itinerary order. */
export function qaBlocks(ctx: ReportContext, itemId?: RecordId): Block[] {
  return ctx.notedItems
    .filter((item) => !itemId || item.id === itemId)
    .flatMap((item) => {
      const notes = ctx.qaNotes.filter((note) => note.visitId === item.id);
      if (notes.length === 0) return [];
      return [
        { type: 'heading', level: 3, cell: ctx.itemName(item) } as const,
        ...notes.map((note) => exchangeBlock(ctx, note)),
      ];
    });
}
