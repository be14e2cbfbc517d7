import { describe, expect, it } from 'vitest';
import { formatBytes } from './format';

describe('sizes', () => {
  it('reads in the largest unit that keeps the number at one or more', () => {
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(25 * 1024 * 1024, 'en')).toBe('25 MB');
    expect(formatBytes(10_737_418_240, 'en')).toBe('10 GB');
    expect(formatBytes(22, 'en')).toBe('22 bytes');
    expect(formatBytes(1023, 'en')).toBe('1,023 bytes');
    expect(formatBytes(0, 'en')).toBe('0 bytes');
  });

  it('follows the interface language', () => {
    expect(formatBytes(10_737_418_240, 'ja')).toBe('10 GB');
    expect(formatBytes(2_621_440, 'ko')).toBe('2.5MB');
    expect(formatBytes(22, 'ko')).toBe('22바이트');
    expect(formatBytes(22, 'ja')).toBe('22 バイト');
  });
});
