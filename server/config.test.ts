import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { configFrom, describeStorage, WEB_BUILD } from './config';

describe('server configuration', () => {
  it('serves this computer only on port 8787, with PGlite in ./fieldbook-server-data, unless told otherwise', () => {
    const config = configFrom({}, [], '/home/organiser');
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      dataDir: '/home/organiser/fieldbook-server-data',
      storage: { kind: 'pglite', dataDir: '/home/organiser/fieldbook-server-data' },
      tls: false,
      webDir: WEB_BUILD,
      newSetupCode: false,
    });
    expect(WEB_BUILD).toMatch(/out[/\\]web$/);
    // Anyone may ask GET /v1/info: it names the delegation's server, never the computer it runs on.
    expect(config.name).toBe('Fieldbook');
    expect(config.name).not.toBe(hostname());
    expect(config.trustedProxies).toEqual([]);
  });

  it('takes the port, the address, the data folder, PostgreSQL and the name from the environment', () => {
    const env = {
      PORT: '0',
      HOST: '0.0.0.0',
      FIELDBOOK_DATA: 'data',
      FIELDBOOK_WEB: 'web',
      FIELDBOOK_SERVER_NAME: '도쿄 연수',
      FIELDBOOK_TRUSTED_PROXIES: '10.0.0.2, ::1',
    };
    expect(configFrom(env, ['--new-setup-code'], '/srv')).toEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/srv/data',
      storage: { kind: 'pglite', dataDir: '/srv/data' },
      tls: true,
      webDir: '/srv/web',
      name: '도쿄 연수',
      trustedProxies: ['10.0.0.2', '::1'],
      newSetupCode: true,
    });
    const url = 'postgres://fieldbook:secret@db.example.org/fieldbook';
    expect(configFrom({ DATABASE_URL: url }, [], '/srv').storage).toEqual({ kind: 'postgres', url });
  });

  it('serves HTTPS with its own certificate on a network, plain HTTP on this computer, unless told', () => {
    expect(configFrom({ HOST: '192.168.0.10' }, [], '/').tls).toBe(true);
    expect(configFrom({ HOST: 'localhost' }, [], '/').tls).toBe(false);
    expect(configFrom({ HOST: '0.0.0.0', FIELDBOOK_TLS: 'off' }, [], '/').tls).toBe(false);
    expect(configFrom({ FIELDBOOK_TLS: 'self-signed' }, [], '/').tls).toBe(true);
    expect(() => configFrom({ FIELDBOOK_TLS: 'yes' }, [], '/')).toThrow(/FIELDBOOK_TLS/);
  });

  it('refuses a port that is not one, a trusted proxy that is not an address and an argument it does not know', () => {
    for (const PORT of ['http', '-1', '65536', '80.5']) expect(() => configFrom({ PORT }, [], '/')).toThrow(/PORT/);
    expect(() => configFrom({}, ['--reset'], '/')).toThrow(/--reset/);
    expect(() => configFrom({ FIELDBOOK_TRUSTED_PROXIES: 'proxy.example.org' }, [], '/')).toThrow(
      /proxy\.example\.org/,
    );
  });

  it('prints where the data is without a database password', () => {
    const printed = describeStorage({ kind: 'postgres', url: 'postgres://fieldbook:secret@db.example.org/fieldbook' });
    expect(printed).toBe('PostgreSQL at postgres://fieldbook:***@db.example.org/fieldbook');
    expect(describeStorage({ kind: 'postgres', url: 'not a url secret' })).not.toContain('secret');
  });
});
