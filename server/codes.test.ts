import { describe, expect, it } from 'vitest';
import { hashSecret, newCode, newToken, normalizeCode, TOKEN_FORMAT } from './codes';

describe('codes and tokens', () => {
  it('makes codes of nine Crockford base-32 characters in two groups, different each time', () => {
    const codes = Array.from({ length: 1000 }, newCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(new Set(codes).size).toBe(1000);
  });

  it('reads a code as typed: any case, spaces, hyphens, and I, L, O as the digits they look like', () => {
    expect(normalizeCode('k7qm-2x9pa')).toBe('K7QM-2X9PA');
    expect(normalizeCode(' K7QM 2X9PA ')).toBe('K7QM-2X9PA');
    expect(normalizeCode('K7QM2X9PA')).toBe('K7QM-2X9PA');
    expect(normalizeCode('iLoo-1100o')).toBe('1100-11000');
    for (const code of Array.from({ length: 50 }, newCode)) expect(normalizeCode(code.toLowerCase())).toBe(code);
  });

  it('refuses what cannot be a code', () => {
    for (const typed of ['', 'K7QM-2X9P', 'K7QM-2X9PAA', 'K7QM-2X9PU', '한국어코드입니다만', 'K7QM_2X9PA']) {
      expect(normalizeCode(typed), typed).toBeNull();
    }
  });

  it('makes tokens of 32 random bytes in base64url, stored only as their SHA-256', () => {
    const token = newToken();
    expect(token).toMatch(TOKEN_FORMAT);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newToken()).not.toBe(token);
    expect(hashSecret(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(token)).not.toContain(token);
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
