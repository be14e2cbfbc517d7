import { describe, expect, it } from 'vitest';
import { listContinuation } from './continueList';

describe('list continuation', () => {
  it('continues bullets and numbered lists, keeping the indent', () => {
    expect(listContinuation('- 산학 공동연구')).toEqual({ insert: '\n- ' });
    expect(listContinuation('  • 中小企業庁の活用')).toEqual({ insert: '\n  • ' });
    expect(listContinuation('2. venture support')).toEqual({ insert: '\n3. ' });
    expect(listContinuation('9) 마지막')).toEqual({ insert: '\n10) ' });
  });

  it('ends the list on an empty item, and leaves other lines alone', () => {
    expect(listContinuation('- ')).toEqual({ removeMarker: 2 });
    expect(listContinuation('3. ')).toEqual({ removeMarker: 3 });
    expect(listContinuation('보통 문장')).toBeNull();
    expect(listContinuation('-음표 없는 줄')).toBeNull();
  });
});
