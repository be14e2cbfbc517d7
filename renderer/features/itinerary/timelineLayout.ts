import { itemInterval } from '@shared/itinerary/instants';
import type { ItineraryItem, PlainDate, TimeZone } from '@shared/model';
import { Temporal } from 'temporal-polyfill';

/** Items that sit in a day's time grid, rather than in its all-day row. */
export function isOnGrid(item: ItineraryItem): boolean {
  return item.startTime !== null && item.kind !== 'lodging';
}

export interface Block {
  item: ItineraryItem;
  /** Minutes after midnight of the day on the axis's clock; past 1440 on the night after. */
  start: number;
  end: number;
  /** The column it starts in, of `lanes` side by side in its run of overlapping items. */
  lane: number;
  lanes: number;
  /** How many columns it covers: its own and those to its right that nothing overlapping it takes. */
  span: number;
  /** True when the item runs on past the longest the grid shows (see LATEST_END). */
  continues: boolean;
}

const MIN_MINUTES = 30;
/**
 * The grid follows a day past midnight to its last end (a 23:30 bus to 01:00,
 * a night bus to 06:40, drawn whole), but no further than noon the next day:
 * a leg longer than that (or an end date typed wrong) would stretch every
 * day's column, so it is drawn to noon and marked as going on.
 */
const LATEST_END = 36 * 60;

const overlap = (a: Block, b: Block) => a.start < b.end && b.start < a.end;

/** Gives each block of a run of overlapping items the columns to its right that stay free while it lasts. */
function widen(cluster: readonly Block[], lanes: number): void {
  for (const block of cluster) {
    block.lanes = lanes;
    const taken = (lane: number) =>
      cluster.some((other) => other !== block && other.lane === lane && overlap(other, block));
    while (block.lane + block.span < lanes && !taken(block.lane + block.span)) block.span += 1;
  }
}

/**
 * Places a day's timed items on one clock, the axis's zone, by their instants:
 * a flight from Osaka at 09:30 to Taipei at 11:35 lasts 3 h 05 there, and a
 * visit at 15:00 in Taipei sits at 16:00 on Tokyo's axis, after a call at
 * 15:30 in Tokyo. Overlapping items go side by side in columns, as a
 * calendar's day view has them: the longer of two starting together on the
 * left, and each as wide as the columns free beside it allow, so that none is
 * drawn over another.
 */
export function layOutDay(items: readonly ItineraryItem[], date: PlainDate, axisZone: TimeZone): Block[] {
  const midnight = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: axisZone }).toInstant();
  const blocks = items
    .filter(isOnGrid)
    .flatMap((item) => {
      const interval = itemInterval(item);
      if (!interval) return [];
      const start = midnight.until(interval.start).total('minutes');
      const end = Math.max(midnight.until(interval.end).total('minutes'), start + MIN_MINUTES);
      return [{ item, start, end: Math.min(end, LATEST_END), lane: 0, lanes: 1, span: 1, continues: end > LATEST_END }];
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);

  let cluster: Block[] = [];
  let clusterEnd = Number.NEGATIVE_INFINITY;
  const closeCluster = () => {
    widen(cluster, Math.max(1, ...cluster.map((block) => block.lane + 1)));
    cluster = [];
  };
  for (const block of blocks) {
    if (block.start >= clusterEnd) {
      closeCluster();
      clusterEnd = Number.NEGATIVE_INFINITY;
    }
    const taken = new Set(cluster.filter((other) => other.end > block.start).map((other) => other.lane));
    while (taken.has(block.lane)) block.lane += 1;
    cluster.push(block);
    clusterEnd = Math.max(clusterEnd, block.end);
  }
  closeCluster();
  return blocks;
}

/** The most columns a day's overlapping items need side by side: the day is drawn that much wider. */
export function dayColumns(blocks: readonly Block[]): number {
  return Math.max(1, ...blocks.map((block) => block.lanes));
}

/** The hours the grid shows: 07:00 to 22:00, widened to every item's start and end (past midnight too). */
export function gridHours(blocks: readonly Block[]): { first: number; last: number } {
  const first = Math.min(7, ...blocks.map((block) => Math.floor(block.start / 60)));
  const last = Math.max(22, ...blocks.map((block) => Math.ceil(block.end / 60)));
  return { first, last };
}
