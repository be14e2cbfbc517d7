import { describe, expect, it } from 'vitest';
import { formatJoinCode, notAJoinCode, parseJoinCode, parseServerAddress } from './serverAddress';

const FINGERPRINT = 'Q3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK';

describe('server addresses and join codes', () => {
  it('writes and reads a join code: address, pinned certificate, invitation', () => {
    const pinned = { baseUrl: 'https://192.168.0.10:8787', fingerprint: FINGERPRINT, invitation: 'K7QM-2X9PA' };
    expect(formatJoinCode(pinned)).toBe(`fb1:192.168.0.10:8787:${FINGERPRINT}:K7QM-2X9PA`);
    expect(parseJoinCode(` fb1:192.168.0.10:8787:${FINGERPRINT}:K7QM-2X9PA `)).toEqual(pinned);
    const proxied = { baseUrl: 'https://sync.stepi.re.kr:443', fingerprint: null, invitation: 'K7QM-2X9PA' };
    expect(parseJoinCode(formatJoinCode(proxied))).toEqual(proxied);
    const plain = { baseUrl: 'http://127.0.0.1:8787', fingerprint: null, invitation: 'K7QM-2X9PA' };
    expect(parseJoinCode(formatJoinCode(plain))).toEqual(plain);
    expect(parseJoinCode('K7QM-2X9PA')).toBeNull();
    expect(parseJoinCode('fb1:host:port:x:K7QM-2X9PA')).toBeNull();
    // A fingerprint cut short or mistyped (an O for a 0) is not a join code, rather than a server nobody can reach.
    expect(parseJoinCode(`fb1:192.168.0.10:8787:${FINGERPRINT.slice(1)}:K7QM-2X9PA`)).toBeNull();
    expect(parseJoinCode(`fb1:192.168.0.10:8787:O${FINGERPRINT.slice(1)}:K7QM-2X9PA`)).toBeNull();
  });

  it('reads the server an organiser publishes to: an address, or the start of its join codes as the server prints it', () => {
    expect(parseServerAddress(`fb1:192.168.0.10:8787:${FINGERPRINT}:`)).toEqual({
      baseUrl: 'https://192.168.0.10:8787',
      fingerprint: FINGERPRINT,
    });
    expect(parseServerAddress(` fb1:192.168.0.10:8787:${FINGERPRINT} `)).toEqual({
      baseUrl: 'https://192.168.0.10:8787',
      fingerprint: FINGERPRINT,
    });
    expect(parseServerAddress('https://Sync.STEPI.re.kr/')).toEqual({
      baseUrl: 'https://sync.stepi.re.kr',
      fingerprint: null,
    });
    expect(parseServerAddress('http://127.0.0.1:8787')).toEqual({
      baseUrl: 'http://127.0.0.1:8787',
      fingerprint: null,
    });
    for (const wrong of [
      '192.168.0.10:8787',
      'https://host/path',
      'https://user@host',
      'ftp://host',
      'fb1:host:8787:short',
      '',
    ])
      expect(parseServerAddress(wrong)).toBeNull();
  });

  it('tells a join code cut short, or the server’s address, from a join code mistyped', () => {
    const invitation = 'K7QM-2X9PA-4H2XQ-3ZK7T';
    expect(notAJoinCode(`fb1:192.168.0.10:8787:${FINGERPRINT}:${invitation}`)).toBeNull();
    expect(notAJoinCode(`192.168.0.10:8787:${FINGERPRINT}:${invitation}`)).toBe('partial');
    expect(notAJoinCode(` ${invitation.toLowerCase()} `)).toBe('partial');
    for (const server of [`fb1:192.168.0.10:8787:${FINGERPRINT}`, 'https://sync.stepi.re.kr', '192.168.0.10:8787'])
      expect(notAJoinCode(server), server).toBe('server');
    for (const mistyped of [`fb1:192.168.0.10:8787:${FINGERPRINT.slice(1)}:${invitation}`, 'K7QM-2X9PA', 'hello', ''])
      expect(notAJoinCode(mistyped), mistyped).toBeNull();
  });

  it('refuses plain HTTP to any computer but this one: the token and the notes would cross the network readable', () => {
    for (const address of [
      'http://192.168.0.10:8787',
      'http://sync.stepi.re.kr',
      'fb1:192.168.0.10:8787:http',
      'http://10.0.0.1',
      'http://127.0.0.1.nip.io:8787',
    ]) {
      expect(parseServerAddress(address), address).toBe('cleartext');
    }
    expect(parseJoinCode('fb1:192.168.0.10:8787:http:K7QM-2X9PA')).toBe('cleartext');
    for (const address of ['http://127.0.0.1:8787', 'http://127.8.9.10', 'http://localhost:8787']) {
      expect(parseServerAddress(address), address).toEqual({ baseUrl: address, fingerprint: null });
    }
    expect(parseJoinCode('fb1:localhost:8787:http:K7QM-2X9PA')).toMatchObject({ baseUrl: 'http://localhost:8787' });
  });
});
