import { describe, expect, it } from 'vitest';
import { snippetOf } from './snippet';

const shown = (parts: ReturnType<typeof snippetOf>) =>
  parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

describe('a result’s snippet', () => {
  it('shows the words around the first match, every match in it marked, the real text', () => {
    const text = '현의 과학기술 예산은 일반회계의 1/4~1/5 정도이며, 산학 공동연구와 공업기술센터 운영에 쓰인다.';
    const at = text.indexOf('예산');
    const again = text.indexOf('공동연구');
    expect(
      shown(
        snippetOf(text, [
          [at, at + 2],
          [again, again + 4],
        ]),
      ),
    ).toBe('현의 과학기술 [예산]은 일반회계의 1/4~1/5 정도이며, 산학 [공동연구]와 공업기술센터 운영에 쓰인다.');
  });

  it('cuts a long note around the match at a space, saying so, and keeps the lines on one', () => {
    const text = `${'앞의 문장입니다. '.repeat(20)}여기서 福岡県庁\n에 대해 말했다. ${'뒤의 문장입니다. '.repeat(20)}`;
    const at = text.indexOf('福岡県庁');
    const parts = snippetOf(text, [[at, at + 4]], 20);
    const line = shown(parts);
    expect(line.startsWith('…')).toBe(true);
    expect(line.endsWith('…')).toBe(true);
    expect(line).toContain('여기서 [福岡県庁] 에 대해');
    expect(line).not.toContain('\n');
  });
});
