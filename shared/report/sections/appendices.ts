import type { ItineraryItem } from '../../model';
import { nameCell, wordsCell } from '../cells';
import type { ReportContext } from '../context';
import type { Block, Cell } from '../document';
import { fill, kindWord, reportWords, roleWord } from '../words';
import { joinCells } from './people';
import { dayCell, timeCell } from './when';

/** The whole itinerary as one table: every cell in its column's language, attendees by name. */
export function itineraryBlocks(ctx: ReportContext): Block[] {
  const columns = [
    ctx.words((w) => w.columns.date),
    ctx.words((w) => w.columns.time),
    ctx.words((w) => w.columns.kind),
    ctx.words((w) => w.columns.item),
    ctx.words((w) => w.columns.place),
    ctx.words((w) => w.columns.attendees),
  ];
  const rows = ctx.items.map((item): Cell[] => {
    return [
      dayCell(ctx, item),
      timeCell(ctx, item),
      kindCell(ctx, item),
      ctx.itemName(item),
      placeCell(ctx, item),
      attendeesCell(ctx, item),
    ];
  });
  return [{ type: 'table', columns, rows }];
}

export function kindCell(ctx: ReportContext, item: ItineraryItem): Cell {
  return wordsCell((lang) => kindWord(item.kind, lang), ctx.langs);
}

/**
 * Who attends, by name as each language's readers know them (the hosts read
 * the names written for hosts), or the whole delegation; and, where the
 * organiser wrote it, how many the hosts should expect, both sides together,
 * in brackets: the number a host prepares the room for.
 */
export function attendeesCell(ctx: ReportContext, item: ItineraryItem): Cell {
  const who = item.attendeeIds
    ? joinCells(
        item.attendeeIds.flatMap((id) => ctx.memberNameById(id) ?? []),
        ctx.langs,
      )
    : ctx.words((w) => w.wholeDelegation);
  const count = item.expectedAttendees;
  if (count === null) return who;
  const expected = wordsCell((lang) => fill(reportWords(lang).visits.expected, { count }), ctx.langs);
  return joinCells([who, expected], ctx.langs, ([names = '', number = ''], lang) =>
    lang === 'ja' ? `${names}（${number}）` : `${names} (${number})`,
  );
}

/** Where an item happens: its place, or else its host's address (a visit usually gives only that). */
function placeCell(ctx: ReportContext, item: ItineraryItem): Cell {
  if (!Object.values(item.location).some(Boolean) && item.host) {
    return nameCell(item.host.address, itemSource(item.id, 'host.address'), ctx.langs);
  }
  return nameCell(item.location, itemSource(item.id, 'location'), ctx.langs);
}

/** The delegation as the hosts read it: names, affiliations and roles. */
export function rosterBlocks(ctx: ReportContext): Block[] {
  const columns = [
    ctx.words((w) => w.columns.name),
    ctx.words((w) => w.columns.affiliation),
    ctx.words((w) => w.columns.role),
  ];
  const rows = ctx.members.map((member): Cell[] => [
    ctx.memberName(member),
    nameCell(member.affiliation, { table: 'members', id: member.id, field: 'affiliation' }, ctx.langs),
    wordsCell((lang) => roleWord(member.role, lang), ctx.langs),
  ]);
  return [{ type: 'table', columns, rows }];
}

export const itemSource = (id: string, field: string) => ({ table: 'itineraryItems', id, field });
