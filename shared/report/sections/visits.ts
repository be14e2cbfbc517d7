import { otherNameOf } from '../../itinerary/names';
import type { ItineraryItem } from '../../model';
import { listNames } from '../../people/lists';
import { isWritten, nameCell, organisersText, textCell, wordsCell } from '../cells';
import type { ReportContext } from '../context';
import type { Block, Cell } from '../document';
import { fill, reportWords } from '../words';
import { joinCells } from './people';
import { whenCell } from './when';

/**
 * One summary per item where notes are taken: when and where, the hosts'
 * people present, how many the hosts expected, the organiser's summary, the
 * minutes' discussion and decisions.
 */
export function visitsBlocks(ctx: ReportContext, items: readonly ItineraryItem[] = ctx.notedItems): Block[] {
  return items.flatMap((item) => [
    { type: 'heading', level: 3, cell: ctx.itemName(item) } as const,
    ...visitBlocks(ctx, item),
  ]);
}

/** The blocks under one visit's name. */
export function visitBlocks(ctx: ReportContext, item: ItineraryItem): Block[] {
  const facts: Cell[] = [whenCell(ctx, item)];
  if (Object.values(item.location).some(Boolean))
    facts.push(nameCell(item.location, source(item, 'location'), ctx.langs));
  const other = otherNameOf(item);
  if (other) facts.push(nameCell(other.name, source(item, other.field), ctx.langs));
  if (item.host && Object.values(item.host.address).some(Boolean))
    facts.push(nameCell(item.host.address, source(item, 'host.address'), ctx.langs));
  const present = hostsPresentCell(ctx, item);
  if (present) facts.push(present);
  const expected = item.expectedAttendees;
  if (expected !== null)
    facts.push(wordsCell((lang) => fill(reportWords(lang).visits.expected, { count: expected }), ctx.langs));
  const blocks: Block[] = [{ type: 'list', items: facts }];
  const summary = ctx.summaries.get(item.id);
  blocks.push(
    summary && isWritten(summary.body)
      ? { type: 'text', cell: organisersText(summary, ctx.langs), labels: [] }
      : { type: 'placeholder', cell: ctx.words((w) => w.visits.noSummary) },
  );
  const minutes = ctx.minutesByItem.get(item.id);
  for (const field of ['discussion', 'decisions'] as const) {
    const text = minutes?.[field];
    if (!minutes || !text || !isWritten(text)) continue;
    blocks.push({ type: 'heading', level: 4, cell: ctx.words((w) => w.visits[field]) });
    blocks.push({
      type: 'text',
      cell: textCell(text, { table: 'minutes', id: minutes.id, field }, ctx.langs),
      labels: [],
    });
  }
  return blocks;
}

/**
 * The hosts' people the minutes say were present, with their titles, as the
 * directory now has them. None without minutes: whom the item expected to
 * meet is no record of who came.
 */
function hostsPresentCell(ctx: ReportContext, item: ItineraryItem): Cell | null {
  const people = ctx.minutesByItem.get(item.id)?.hostAttendees ?? [];
  if (people.length === 0) return null;
  return joinCells(people.map(ctx.hostPerson), ctx.langs, (names, lang) =>
    fill(reportWords(lang).visits.hostsPresent, { people: listNames(names, lang) }),
  );
}

const source = (item: ItineraryItem, field: string) => ({ table: 'itineraryItems', id: item.id, field });
