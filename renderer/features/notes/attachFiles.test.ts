import { newId } from '@shared/model';
import { MAX_ATTACHMENT_BYTES } from '@shared/notes/attachmentRules';
import { describe, expect, it, vi } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { getAttachmentFile, listVisitAttachments } from '../../data/records/attachments';
import { attachFiles } from './attachFiles';

/** The start of a PNG: its signature and header chunk, all file-type needs to know one. */
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
  0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);

async function setUp() {
  const store = await openTestStore();
  const visitId = newId();
  const target = { tripId: newId(), visitId, owner: { kind: 'visit' as const, id: visitId } };
  return { store, visitId, attach: (files: File[]) => attachFiles(store, target, files) };
}

describe('attaching files', () => {
  it('stores a file under a safe name of the type its content is', async () => {
    const { store, visitId, attach } = await setUp();
    const results = await attach([
      new File([PNG], 'invoice.exe', { type: 'application/x-msdownload' }),
      new File(['평가 내용'], '../../../etc/평가 보고서.txt'),
      new File(['가'.repeat(10)], `${'가'.repeat(100)}.txt`),
    ]);
    expect(results.map((result) => result.outcome)).toEqual(['attached', 'attached', 'attached']);
    const stored = await listVisitAttachments(store.db, visitId);
    expect(stored.map((attachment) => [attachment.fileName, attachment.mimeType])).toEqual([
      ['invoice.png', 'image/png'],
      ['평가 보고서.txt', 'text/plain'],
      [`${'가'.repeat(65)}.txt`, 'text/plain'],
    ]);
    const png = await getAttachmentFile(store.db, stored[0]?.id ?? '');
    expect(new Uint8Array((await png?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(PNG);
  });

  it('refuses a file over the limit, or an empty one, by its size, without reading any of it', async () => {
    const { store, visitId, attach } = await setUp();
    const huge = new File([PNG], 'scan.png');
    Object.defineProperty(huge, 'size', { value: MAX_ATTACHMENT_BYTES + 1 });
    const read = [vi.spyOn(huge, 'arrayBuffer'), vi.spyOn(huge, 'slice'), vi.spyOn(huge, 'text')];
    const results = await attach([huge, new File([], 'empty.txt')]);
    expect(results).toEqual([
      { name: 'scan.png', outcome: 'tooLarge' },
      { name: 'empty.txt', outcome: 'empty' },
    ]);
    for (const spy of read) expect(spy).not.toHaveBeenCalled();
    expect(await listVisitAttachments(store.db, visitId)).toEqual([]);
  });

  it('reads only the start of a file to learn its type, and refuses a program before reading the rest', async () => {
    const { attach } = await setUp();
    const program = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]), new Uint8Array(200_000)], 'photo.jpg');
    const whole = vi.spyOn(program, 'arrayBuffer');
    const slice = vi.spyOn(program, 'slice');
    expect(await attach([program])).toEqual([{ name: 'photo.jpg', outcome: 'unsupported' }]);
    expect(whole).not.toHaveBeenCalled();
    expect(slice).toHaveBeenCalledWith(0, 64 * 1024);
  });

  it('says a file could not be attached when it cannot be read (gone since it was chosen)', async () => {
    const { attach } = await setUp();
    const gone = new File(['x'], 'notes.txt');
    vi.spyOn(gone, 'slice').mockImplementation(() => {
      throw new DOMException('The file could not be read', 'NotReadableError');
    });
    expect(await attach([gone])).toEqual([{ name: 'notes.txt', outcome: 'failed' }]);
  });
});
