import { describe, expect, it } from 'vitest';
import { formatBytes } from './format';

describe('sizes', () => {
  it('reads in the largest unit that keeps the number at one or more', () => {
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(25 * 1024 * 1024, 'en')).toBe('25 MB');
    expect(formatBytes(10_737_418_240, 'en')).toBe('10 GB');
    expect(formatBytes(0, 'en')).toBe('0 kB');
  });

  it('follows the interface language', () => {
    expect(formatBytes(10_737_418_240, 'ja')).toBe('10 GB');
    expect(formatBytes(2_621_440, 'ko')).toBe('2.5MB');
  });
});
