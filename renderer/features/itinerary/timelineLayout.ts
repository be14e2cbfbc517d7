import type { ItineraryItem } from '@shared/model';

/** Items that sit in a day's time grid, rather than in its all-day row. */
export function isOnGrid(item: ItineraryItem): boolean {
  return item.startTime !== null && item.kind !== 'lodging';
}

function minutes(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

export interface Block {
  item: ItineraryItem;
  /** Minutes after midnight, local to the item. */
  start: number;
  end: number;
  lane: number;
  lanes: number;
}

const ASSUMED_MINUTES = 60;
const MIN_MINUTES = 30;

/**
 * Places a day's timed items in side-by-side lanes where they overlap, as
 * calendars do. An item running past midnight is cut at the end of the day.
 */
export function layOutDay(items: readonly ItineraryItem[]): Block[] {
  const blocks = items
    .filter(isOnGrid)
    .map((item) => {
      const start = minutes(item.startTime ?? '00:00');
      const sameDay = !item.endDate || item.endDate === item.date;
      const rawEnd = item.endTime ? (sameDay ? minutes(item.endTime) : 24 * 60) : start + ASSUMED_MINUTES;
      return { item, start, end: Math.min(24 * 60, Math.max(rawEnd, start + MIN_MINUTES)), lane: 0, lanes: 1 };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);

  let cluster: Block[] = [];
  let clusterEnd = -1;
  const closeCluster = () => {
    const lanes = Math.max(1, ...cluster.map((block) => block.lane + 1));
    for (const block of cluster) block.lanes = lanes;
    cluster = [];
  };
  for (const block of blocks) {
    if (block.start >= clusterEnd) {
      closeCluster();
      clusterEnd = -1;
    }
    const taken = new Set(cluster.filter((other) => other.end > block.start).map((other) => other.lane));
    while (taken.has(block.lane)) block.lane += 1;
    cluster.push(block);
    clusterEnd = Math.max(clusterEnd, block.end);
  }
  closeCluster();
  return blocks;
}

/** The hours the grid shows: 07:00 to 22:00, widened to fit every item. */
export function gridHours(blocks: readonly Block[]): { first: number; last: number } {
  const first = Math.min(7, ...blocks.map((block) => Math.floor(block.start / 60)));
  const last = Math.max(22, ...blocks.map((block) => Math.ceil(block.end / 60)));
  return { first, last };
}
