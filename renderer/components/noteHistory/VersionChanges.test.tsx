import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VersionChanges } from './VersionChanges';

const marked = (element: Element) =>
  [...element.childNodes]
    .map((node) =>
      node.nodeName === 'INS'
        ? `[+${node.textContent}+]`
        : node.nodeName === 'DEL'
          ? `[-${node.textContent}-]`
          : node.textContent,
    )
    .join('');

describe('VersionChanges', () => {
  it('shows a rewritten sentence as what was removed and what was added, around what stayed', () => {
    const { container } = render(
      <VersionChanges
        before="회의 메모. 대학과 기업이 함께 쓰는 연구 펀드가 있음. 다음 안건."
        after="회의 메모. 수정: 매칭예산은 약 52억 엔으로 늘었음. 다음 안건."
      />,
    );
    const text = container.querySelector('.history__text');
    expect(text && marked(text)).toBe(
      '회의 메모. [-대학과 기업이 함께 쓰는 연구 펀드가 있음-][+수정: 매칭예산은 약 52억 엔으로 늘었음+]. 다음 안건.',
    );
  });

  it('shows the first version as added whole', () => {
    const { container } = render(<VersionChanges before="" after="첫 메모" />);
    expect(container.querySelector('ins')?.textContent).toBe('첫 메모');
    expect(container.querySelector('del')).toBeNull();
  });
});
