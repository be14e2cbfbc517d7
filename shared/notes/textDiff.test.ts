import { describe, expect, it } from 'vitest';
import { type TextPart, textDiff } from './textDiff';

/** A diff as one string: [-removed-] and [+added+] marked, shared text as it is. */
const marked = (parts: readonly TextPart[]) =>
  parts.map((part) => (part.added ? `[+${part.value}+]` : part.removed ? `[-${part.value}-]` : part.value)).join('');

/** The shared and removed parts make the old text, the shared and added ones the new. */
function expectBothTexts(before: string, after: string, parts: readonly TextPart[]) {
  expect(
    parts
      .filter((part) => !part.added)
      .map((part) => part.value)
      .join(''),
  ).toBe(before);
  expect(
    parts
      .filter((part) => !part.removed)
      .map((part) => part.value)
      .join(''),
  ).toBe(after);
}

/** Lines of distinct sentences, about `size` characters in all. */
function longText(size: number, tag: string): string {
  const lines: string[] = [];
  for (let i = 0, length = 0; length < size; i++) {
    const line = `${tag} ${i}번째 문단: 대학과 기업의 공동연구 펀드에 대해 질문함, 답변은 ${i * 7}억 엔.`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

describe('textDiff', () => {
  it('shows an unchanged text as one shared part, and nothing for two empty texts', () => {
    expect(textDiff('회의록', '회의록')).toEqual([{ value: '회의록', added: false, removed: false }]);
    expect(textDiff('', '')).toEqual([]);
  });

  it('shows a small edit by characters', () => {
    expect(marked(textDiff('공동연구 퍈드가 있음', '공동연구 펀드가 있음'))).toBe('공동연구 [-퍈-][+펀+]드가 있음');
    expect(marked(textDiff('神奈川県庁を訪問した。', '神奈川県庁を訪問します。'))).toBe(
      '神奈川県庁を訪問し[-た-][+ます+]。',
    );
  });

  it('shows text added around what stays as additions, not as a rewrite', () => {
    expect(marked(textDiff('회의', '오전 회의 (2시간)'))).toBe('[+오전 +]회의[+ (2시간)+]');
    expect(marked(textDiff('', '새 메모'))).toBe('[+새 메모+]');
    expect(marked(textDiff('지운 메모', ''))).toBe('[-지운 메모-]');
  });

  it('shows a rewritten sentence as one removal and one addition, not interleaved scraps', () => {
    const before = '회의 메모. 대학과 기업이 함께 쓰는 연구 펀드가 있음. 다음 안건.';
    const after = '회의 메모. 수정: 매칭예산은 약 52억 엔으로 늘었음. 다음 안건.';
    expect(textDiff(before, after)).toEqual([
      { value: '회의 메모. ', added: false, removed: false },
      { value: '대학과 기업이 함께 쓰는 연구 펀드가 있음', added: false, removed: true },
      { value: '수정: 매칭예산은 약 52억 엔으로 늘었음', added: true, removed: false },
      { value: '. 다음 안건.', added: false, removed: false },
    ]);
    expect(marked(textDiff('대학·기업 공동연구 펀드가 있음', '수정: 공동연구간 매칭예산은 약 52억 엔'))).toBe(
      '[-대학·기업 공동연구 펀드가 있음-][+수정: 공동연구간 매칭예산은 약 52억 엔+]',
    );
  });

  it('shows a Japanese rewrite by words, though Japanese puts no spaces between them', () => {
    expect(marked(textDiff('午前に福岡県庁で会議', '午後に福岡市役所で講演'))).toBe(
      '[-午前-][+午後+]に福岡[-県庁で会議-][+市役所で講演+]',
    );
    expect(marked(textDiff('Please recieve them.', 'Please receive them.'))).toBe(
      'Please [-recieve-][+receive+] them.',
    );
  });

  it('never splits a character made of two UTF-16 units', () => {
    expect(marked(textDiff('좋아요 😀', '좋아요 😃'))).toBe('좋아요 [-😀-][+😃+]');
  });

  it('finds the changed lines of a 100,000-character note, and shows each change in them as a short one', () => {
    const before = longText(100_000, '원문');
    const typo = before.replace('3번째 문단', '3번쨰 문단');
    expect(textDiff(before, typo).filter((part) => part.added || part.removed)).toEqual([
      { value: '째', added: false, removed: true },
      { value: '쨰', added: true, removed: false },
    ]);

    // Changes far apart: the changed lines are found first, then compared by themselves.
    const after = typo.replace('1000번째 문단', '1000th paragraph');
    const parts = textDiff(before, after);
    expectBothTexts(before, after, parts);
    expect(parts.filter((part) => part.added || part.removed)).toEqual([
      { value: '째', added: false, removed: true },
      { value: '쨰', added: true, removed: false },
      { value: '1000번째 문단', added: false, removed: true },
      { value: '1000th paragraph', added: true, removed: false },
    ]);
  });

  it('gives up on two different 100,000-character texts with the whole of each', () => {
    const before = longText(100_000, '원문');
    const after = longText(100_000, '수정본');
    expect(textDiff(before, after)).toEqual([
      { value: before, added: false, removed: true },
      { value: after, added: true, removed: false },
    ]);
    const oneLine = before.replaceAll('\n', ' ');
    const rewritten = after.replaceAll('\n', ' ');
    expectBothTexts(oneLine, rewritten, textDiff(oneLine, rewritten));
  });

  it('keeps both texts whole whichever way it compares them', () => {
    const pairs: [string, string][] = [
      ['대학·기업 공동연구 펀드가 있음', '수정: 공동연구간 매칭예산은 약 52억 엔'],
      ['午前に福岡県庁で会議。午後は移動。', '午後に福岡市役所で講演。夜は懇親会。'],
      ['첫 줄\n둘째 줄\n셋째 줄', '첫 줄\n\n셋째 줄 고침\n넷째 줄'],
      [longText(20_000, 'A'), longText(20_000, 'A').replace('12번째', '열두 번째').replace('600번째', '六百番目')],
    ];
    for (const [before, after] of pairs) expectBothTexts(before, after, textDiff(before, after));
  });
});
