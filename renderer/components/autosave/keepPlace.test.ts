import { describe, expect, it } from 'vitest';
import { keepPlace } from './keepPlace';

describe('a caret kept in place when the text changes from elsewhere', () => {
  it('stays where it was when the change is after it, and moves with text put before it', () => {
    expect(keepPlace('현청 방문', '현청 방문 결과', 2)).toBe(2);
    expect(keepPlace('현청 방문', '다른 창: 현청 방문', 2)).toBe(2 + '다른 창: '.length);
    expect(keepPlace('현청 방문', '방문', 5)).toBe(2);
  });

  it('goes to the end of a change that took the place it was in', () => {
    expect(keepPlace('현청 방문 결과', '현청 회의 결과', 4)).toBe(5);
  });
});
