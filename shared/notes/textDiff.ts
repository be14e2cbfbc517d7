import { diffArrays, diffChars, diffLines } from 'diff';

/** A stretch of the compared texts: in both, only in the old one (removed), or only in the new one (added). */
export interface TextPart {
  value: string;
  added: boolean;
  removed: boolean;
}

/**
 * The changed stretch (both texts together, in UTF-16 units) up to which
 * characters or words are compared; a longer one shows whole. It also keeps
 * Intl.Segmenter, whose time grows with the square of its input, to short
 * texts.
 */
const SHORT = 10_000;
/** More characters changed than this is not a small edit: words read better. */
const CHAR_EDITS = 200;
/** Edit distances, in tokens, past which a comparison gives up for a coarser one. */
const WORD_EDITS = 500;
const LINE_EDITS = 1_000;
/** A last bound for texts that repeat themselves, where each step of a comparison runs long. */
const TIMEOUT_MS = 100;

/** The lengths of the beginning and the end both texts share. */
type Ends = { head: number; tail: number };

/** Runs of changes with what both texts share between them; a change block has a removal, an addition or both. */
type Block = { same: string } | { removed: string; added: string };

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
/**
 * Pieces of a thousand characters or so that end at a space or a sentence
 * mark, where a word always ends: a call to the segmenter has a cost of its
 * own, so not one per word, and a long input costs more than its length.
 */
const PIECES = /[\s\S]{1,1000}[^\s。！？]*[\s。！？]*/gu;

function words(text: string): string[] {
  const tokens: string[] = [];
  for (const piece of text.match(PIECES) ?? []) {
    for (const { segment } of segmenter.segment(piece)) tokens.push(segment);
  }
  return tokens;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The lengths of the beginning and end both texts share, never splitting a character. */
function commonEnds(before: string, after: string): Ends {
  const limit = Math.min(before.length, after.length);
  let head = 0;
  while (head < limit && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  if (head > 0 && isHighSurrogate(before.charCodeAt(head - 1))) head--;
  let tail = 0;
  while (
    tail < limit - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  return { head, tail };
}

/**
 * Narrows the shared beginning and end so that the changed stretch starts
 * just after a boundary and the shared end starts with one: the stretch then
 * holds whole words (or lines).
 */
function atBoundaries(before: string, ends: Ends, boundary: RegExp): Ends {
  let { head, tail } = ends;
  while (head > 0 && !boundary.test(before.charAt(head - 1))) head--;
  while (tail > 0 && !boundary.test(before.charAt(before.length - tail))) tail--;
  return { head, tail };
}

function toBlocks(changes: readonly { value: string; added: boolean; removed: boolean }[]): Block[] {
  const blocks: Block[] = [];
  for (const { value, added, removed } of changes) {
    const last = blocks.at(-1);
    if (!added && !removed) blocks.push({ same: value });
    else if (last && !('same' in last)) {
      if (added) last.added += value;
      else last.removed += value;
    } else blocks.push(added ? { removed: '', added: value } : { removed: value, added: '' });
  }
  return blocks;
}

const changeSize = (block: { removed: string; added: string }) => Math.max(block.removed.length, block.added.length);

/**
 * Folds into one change the shared stretches no longer than the changes on
 * either side of them (a sentence rewritten into another shares only such
 * scraps: spaces, a particle, a syllable), so that a reader sees what was
 * there and what is there now rather than the two interleaved. Where both sides only add, or only remove, one
 * text reads straight through the other and nothing is folded.
 */
function foldScraps(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    let next = block;
    for (;;) {
      const scrap = out.at(-1);
      const left = out.at(-2);
      if ('same' in next || !scrap || !('same' in scrap) || !left || 'same' in left) break;
      const oneWay = (!left.added && !next.added) || (!left.removed && !next.removed);
      if (oneWay || scrap.same.length > changeSize(left) || scrap.same.length > changeSize(next)) break;
      out.length -= 2;
      next = { removed: left.removed + scrap.same + next.removed, added: left.added + scrap.same + next.added };
    }
    out.push(next);
  }
  return out;
}

/** The parts to show: empty ones dropped, neighbours of one kind joined. */
function toParts(blocks: readonly Block[]): TextPart[] {
  const parts: TextPart[] = [];
  const push = (value: string, added: boolean, removed: boolean) => {
    const last = parts.at(-1);
    if (!value) return;
    if (last && last.added === added && last.removed === removed) last.value += value;
    else parts.push({ value, added, removed });
  };
  for (const block of blocks) {
    if ('same' in block) push(block.same, false, false);
    else {
      push(block.removed, false, true);
      push(block.added, true, false);
    }
  }
  return parts;
}

const bounded = (maxEditLength: number) => ({ maxEditLength, timeout: TIMEOUT_MS });

const middle = (text: string, { head, tail }: Ends) => text.slice(head, text.length - tail);
const around = (text: string, { head, tail }: Ends, blocks: readonly Block[]): Block[] => [
  { same: text.slice(0, head) },
  ...blocks,
  { same: text.slice(text.length - tail) },
];

/** Characters when they show a small edit; words when characters would show scraps of a rewrite. */
function charsOrWords(before: string, after: string, ends: Ends): Block[] | undefined {
  const chars = diffChars(middle(before, ends), middle(after, ends), bounded(CHAR_EDITS));
  if (chars) {
    const blocks = toBlocks(chars);
    if (foldScraps(blocks).length === blocks.length) return around(before, ends, blocks);
  }
  const at = atBoundaries(before, ends, /[\s。！？]/u);
  const removed = middle(before, at);
  const added = middle(after, at);
  if (removed.length + added.length > SHORT) return undefined;
  const tokens = diffArrays(words(removed), words(added), bounded(WORD_EDITS));
  if (!tokens) return undefined;
  return around(
    before,
    at,
    foldScraps(toBlocks(tokens.map((change) => ({ ...change, value: change.value.join('') })))),
  );
}

const whole = (removed: string, added: string): Block[] => [{ removed, added }];

/**
 * Compares the texts by lines when the change spans several (`lines`), then
 * each changed run of lines, or a change within one line, by characters or
 * words; past their bounds the change shows as removed and added whole.
 */
function compare(before: string, after: string, lines: boolean): Block[] {
  const ends = commonEnds(before, after);
  const removed = middle(before, ends);
  const added = middle(after, ends);
  if (!removed || !added) return around(before, ends, whole(removed, added));
  if (lines && (removed.includes('\n') || added.includes('\n'))) return byLines(before, after, ends);
  const short = removed.length + added.length <= SHORT ? charsOrWords(before, after, ends) : undefined;
  return short ?? around(before, ends, whole(removed, added));
}

function byLines(before: string, after: string, ends: Ends): Block[] {
  const at = atBoundaries(before, ends, /\n/);
  const removed = middle(before, at);
  const added = middle(after, at);
  const lines = diffLines(removed, added, bounded(LINE_EDITS));
  if (!lines) return around(before, at, whole(removed, added));
  const runs = foldScraps(toBlocks(lines));
  return around(
    before,
    at,
    runs.flatMap((run) => ('same' in run ? [run] : compare(run.removed, run.added, false))),
  );
}

/**
 * What changed from `before` to `after`, as parts to show in order: the
 * changed lines, and in them a small edit by characters, a rewrite by words
 * (Japanese words found by Intl.Segmenter). The work is bounded: past its
 * bounds a change shows as removed and added whole.
 */
export function textDiff(before: string, after: string): TextPart[] {
  return toParts(compare(before, after, true));
}
