import { describe, expect, it } from 'vitest';
import { type Attachment, attachment } from './attachment';
import { newId } from './ids';

const visitId = newId();
const valid: Attachment = {
  id: newId(),
  createdAt: '1996-10-24T02:00:00.000Z',
  updatedAt: '1996-10-24T02:00:00.000Z',
  hlc: '00000000001-00000-device',
  updatedBy: { deviceId: 'device', memberId: null },
  deletedAt: null,
  tripId: newId(),
  visitId,
  owner: { kind: 'visit', id: visitId },
  fileName: '福岡県資料.pdf',
  mimeType: 'application/pdf',
  size: 800_000,
  sha256: null,
};

const issuePath = (record: unknown) => attachment.safeParse(record).error?.issues[0]?.path.join('.') ?? null;

describe('attachment records', () => {
  it('accepts a record whose name is safe and ends with an extension of its type', () => {
    expect(issuePath(valid)).toBeNull();
    expect(issuePath({ ...valid, fileName: 'IMG_0001.JPEG', mimeType: 'image/jpeg' })).toBeNull();
  });

  it('refuses, from a sync or an import as from here, a name that is not safe', () => {
    expect(issuePath({ ...valid, fileName: '../../../etc/평가 보고서.txt', mimeType: 'text/plain' })).toBe('fileName');
    expect(issuePath({ ...valid, fileName: `${'평'.repeat(100)}.txt`, mimeType: 'text/plain' })).toBe('fileName');
    expect(issuePath({ ...valid, fileName: '...' })).toBe('fileName');
  });

  it('refuses a name whose extension is not that of its type, and a type the app does not keep', () => {
    expect(issuePath({ ...valid, fileName: 'invoice.png' })).toBe('fileName');
    expect(issuePath({ ...valid, fileName: 'setup.exe', mimeType: 'application/x-msdownload' })).toBe('fileName');
    expect(issuePath({ ...valid, fileName: 'x.pdf', mimeType: 'application/x-msdownload' })).toBe('mimeType');
  });

  it('names its bytes by their SHA-256 in lower-case hex, and a record made before bytes travelled by none', () => {
    const sha256 = '9f'.repeat(32);
    expect(attachment.parse({ ...valid, sha256 }).sha256).toBe(sha256);
    expect(issuePath({ ...valid, sha256: sha256.toUpperCase() })).toBe('sha256');
    expect(issuePath({ ...valid, sha256: sha256.slice(1) })).toBe('sha256');
    const { sha256: _, ...before } = valid;
    expect(attachment.parse(before).sha256).toBeNull();
  });
});
