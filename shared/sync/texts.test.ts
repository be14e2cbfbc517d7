import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64Length,
  clientsOf,
  firstClientOf,
  firstState,
  mergeUpdates,
  splitState,
  textOf,
  writeText,
} from './texts';

const at = { recordId: '0192a000-0000-7000-8000-000000000001', path: 'discussion/text', legacy: null };
const write = (state: Uint8Array | null, clientId: number, text: string, base?: string) =>
  writeText({ ...at, state, clientId, text, base });

/** Every order of merging the same updates: one text. */
function mergedEveryWay(updates: readonly Uint8Array[]): string {
  const texts = new Set([textOf(mergeUpdates(updates)), textOf(mergeUpdates([...updates].reverse()))]);
  expect(texts.size).toBe(1);
  return [...texts][0] ?? '';
}

describe('a text several members write at once', () => {
  it('keeps each member’s sentences, each as the run they typed, in whatever order the updates meet', () => {
    const start = firstState(at.recordId, at.path, '후쿠오카현 지사 면담.');
    const kim = write(start, 11, '후쿠오카현 지사 면담. 김: 현 예산의 1/4~1/5를 과학기술에.');
    const lee = write(start, 22, '후쿠오카현 지사 면담. 이: 과학의 달을 정해 행사를 연다.');
    const park = write(start, 33, '후쿠오카현 지사 면담. 朴: 研究開発型企業を誘致する。');
    const text = mergedEveryWay([start, kim.update, lee.update, park.update]);
    const runs = [
      ' 김: 현 예산의 1/4~1/5를 과학기술에.',
      ' 이: 과학의 달을 정해 행사를 연다.',
      ' 朴: 研究開発型企業を誘致する。',
    ];
    expect(text.startsWith('후쿠오카현 지사 면담.')).toBe(true);
    for (const run of runs) expect(text).toContain(run);
    expect(text).toHaveLength('후쿠오카현 지사 면담.'.length + runs.join('').length);
  });

  it('applies two members’ edits inside the same paragraph, both', () => {
    const start = firstState(at.recordId, at.path, '현은 연구소를 세운다.');
    const one = write(start, 1, '현은 공동 연구소를 세운다.');
    const other = write(start, 2, '현은 연구소를 1998년에 세운다.');
    expect(mergedEveryWay([start, one.update, other.update])).toBe('현은 공동 연구소를 1998년에 세운다.');
  });

  it('goes on where the writer typed, after others’ text arrived meanwhile: the writer’s run stays whole', () => {
    const start = firstState(at.recordId, at.path, '안건 1.');
    const mine = write(start, 1, '안건 1. 예산');
    const theirs = write(start, 2, '안건 1. 다른 의견');
    const both = mergeUpdates([start, mine.update, theirs.update]);
    // Typed on, over what this editor showed (its own text), not over what is stored now.
    const more = write(both, 1, '안건 1. 예산은 국고 보조', '안건 1. 예산');
    expect(more.text).toContain('예산은 국고 보조');
    expect(more.text).toContain('다른 의견');
    expect(more.text).toHaveLength('안건 1.'.length + ' 예산은 국고 보조'.length + ' 다른 의견'.length);
  });

  it('starts a text alike on every device that starts it with the same words, and keeps both of two different starts', () => {
    const here = firstState(at.recordId, at.path, '같은 글');
    const there = firstState(at.recordId, at.path, '같은 글');
    expect(textOf(mergeUpdates([here, there]))).toBe('같은 글');
    expect(textOf(mergeUpdates([here, firstState(at.recordId, at.path, '다른 글')]))).toMatch(
      /^(같은 글다른 글|다른 글같은 글)$/,
    );
  });

  it('begins a text written before texts merged from that text, alike on every device, and names where it began', () => {
    const legacy = '예전의 글';
    const one = writeText({ ...at, legacy, state: null, clientId: 1, text: '예전의 글. 하나' });
    const two = writeText({ ...at, legacy, state: null, clientId: 2, text: '예전의 글. 둘' });
    expect(mergedEveryWay([one.update, two.update])).toMatch(/^예전의 글\. (하나\. 둘|둘\. 하나)$/);
    expect(clientsOf(one.update).has(firstClientOf(at.recordId, at.path, legacy))).toBe(true);
  });

  it('never splits an emoji or a surrogate pair between two edits', () => {
    const start = firstState(at.recordId, at.path, '회의 😀');
    const edited = write(start, 1, '회의 😃');
    expect(edited.text).toBe('회의 😃');
  });

  it('loses no character any member typed, and keeps each member’s own order, whatever the interleaving', () => {
    const words = fc.stringMatching(/^[가-힣a-z ]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(fc.record({ writer: fc.integer({ min: 0, max: 2 }), at: fc.nat(), words }), {
          minLength: 1,
          maxLength: 12,
        }),
        (edits) => {
          const start = firstState(at.recordId, at.path, '시작.');
          // Each writer sees only its own edits until all meet at the end.
          const states: Uint8Array[] = [start, start, start];
          for (const edit of edits) {
            const state = states[edit.writer] ?? start;
            const now = textOf(state);
            const position = edit.at % (now.length + 1);
            states[edit.writer] = write(
              state,
              100 + edit.writer,
              now.slice(0, position) + edit.words + now.slice(position),
            ).state;
          }
          const text = mergedEveryWay(states);
          const typed = edits.map((edit) => edit.words).join('');
          expect([...text].sort()).toEqual([...`시작.${typed}`].sort());
          for (const state of states) expect(isSubsequence(textOf(state), text)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const char of whole) if (char === part[at]) at++;
  return at === part.length;
}

describe('a text sent whole in parts', () => {
  /** A text four runs of the app wrote in turn, each a paragraph over the last. */
  function typedByFour(): { state: Uint8Array; text: string } {
    let state = firstState(at.recordId, at.path, '');
    let text = '';
    for (const [index, clientId] of [11, 22, 33, 44].entries()) {
      text += `${'가나다라마'.repeat(200)} ${index}\n`;
      state = write(state, clientId, text).state;
    }
    return { state, text };
  }

  it('keeps a state short enough as it is, and splits a longer one by its writers into parts that fit', () => {
    const { state, text } = typedByFour();
    expect(splitState(state, base64Length(state))).toEqual([state]);
    const max = Math.ceil(base64Length(state) / 2);
    const parts = splitState(state, max);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(base64Length(part)).toBeLessThanOrEqual(max);
    expect(textOf(mergeUpdates(parts))).toBe(text);
    expect(textOf(mergeUpdates([...parts].reverse()))).toBe(text);
  });

  it('sends one writer’s part whole even when it is longer than the parts may be', () => {
    const { state, text } = typedByFour();
    const parts = splitState(state, 10);
    expect(parts).toHaveLength(clientsOf(state).size);
    expect(textOf(mergeUpdates(parts))).toBe(text);
  });
});
