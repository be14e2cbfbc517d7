import { describe, expect, it } from 'vitest';
import { extendsVersion, VERSION_PAUSE_MS } from './versions';

const kim = { deviceId: 'laptop', memberId: '0192a000-0000-7000-8000-000000000001' };
const latest = { updatedAt: '1996-10-22T06:30:00.000Z', updatedBy: kim };
const at = (ms: number) => new Date(Date.parse(latest.updatedAt) + ms);

describe('note versions', () => {
  it('extends the latest version while the same person keeps editing', () => {
    expect(extendsVersion(latest, kim, at(1000))).toBe(true);
    expect(extendsVersion(latest, kim, at(VERSION_PAUSE_MS - 1))).toBe(true);
  });

  it('starts a new version after a pause, for another member or another device, or for the first edit', () => {
    expect(extendsVersion(latest, kim, at(VERSION_PAUSE_MS))).toBe(false);
    expect(extendsVersion(latest, { ...kim, memberId: '0192a000-0000-7000-8000-000000000002' }, at(1000))).toBe(false);
    expect(extendsVersion(latest, { ...kim, deviceId: 'phone' }, at(1000))).toBe(false);
    expect(extendsVersion(undefined, kim, at(0))).toBe(false);
  });
});
