import { newId, recordSchemas } from '@shared/model';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import {
  addAttachment,
  attachmentTotals,
  getAttachmentFile,
  getThumbnail,
  listVisitAttachments,
  removeAttachment,
  restoreAttachment,
} from './attachments';

const tripId = newId();
const visitId = newId();

function photo(bytes: number) {
  return {
    tripId,
    visitId,
    owner: { kind: 'visit' as const, id: visitId },
    fileName: '명함.jpg',
    mimeType: 'image/jpeg' as const,
    file: new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }),
    thumbnail: new Blob([new Uint8Array(10)], { type: 'image/jpeg' }),
  };
}

describe('attachments', () => {
  it('stores the file, its thumbnail and its description, and counts them', async () => {
    const store = await openTestStore();
    const attachment = await addAttachment(store, photo(1000));
    expect(recordSchemas.attachments.safeParse(attachment).success).toBe(true);
    expect((await getAttachmentFile(store.db, attachment.id))?.size).toBe(1000);
    expect((await getThumbnail(store.db, attachment.id))?.size).toBe(10);
    expect((await listVisitAttachments(store.db, visitId)).map((a) => a.fileName)).toEqual(['명함.jpg']);
    await addAttachment(store, photo(500));
    expect(await attachmentTotals(store.db)).toEqual({ count: 2, bytes: 1500 });
  });

  it('stores a dropped path or a lying name as a safe name of its type, and refuses an invalid record', async () => {
    const store = await openTestStore();
    const text = { ...photo(10), fileName: '../../../etc/평가 보고서.txt', mimeType: 'text/plain' as const };
    expect((await addAttachment(store, text)).fileName).toBe('평가 보고서.txt');
    const png = { ...photo(10), fileName: 'invoice.exe', mimeType: 'image/png' as const };
    expect((await addAttachment(store, png)).fileName).toBe('invoice.png');
    const count = await store.db.attachmentBlobs.count();
    await expect(addAttachment(store, { ...photo(10), owner: { kind: 'visit', id: 'not-an-id' } })).rejects.toThrow();
    expect(await store.db.attachmentBlobs.count()).toBe(count);
  });

  it('writes nothing when any part fails', async () => {
    const store = await openTestStore();
    const first = await addAttachment(store, photo(10));
    // A second attachment whose blob key collides fails as a storage error would, halfway through.
    await store.db.attachmentBlobs.put({ id: 'taken', blob: new Blob(['x']) });
    const failing = store.db.attachmentBlobs.add.bind(store.db.attachmentBlobs);
    let calls = 0;
    store.db.attachmentBlobs.add = ((item: { id: string; blob: Blob }) => {
      calls += 1;
      return calls === 2 ? failing({ ...item, id: 'taken' }) : failing(item);
    }) as typeof store.db.attachmentBlobs.add;
    await expect(addAttachment(store, photo(20))).rejects.toThrow();
    expect((await listVisitAttachments(store.db, visitId)).map((a) => a.id)).toEqual([first.id]);
    expect(await store.db.attachmentBlobs.count()).toBe(3);
  });

  it('removes with a chance to undo, and the file survives the removal', async () => {
    const store = await openTestStore();
    const attachment = await addAttachment(store, photo(10));
    await removeAttachment(store, attachment.id);
    expect(await listVisitAttachments(store.db, visitId)).toEqual([]);
    expect(await attachmentTotals(store.db)).toEqual({ count: 0, bytes: 0 });
    await restoreAttachment(store, attachment.id);
    expect(await listVisitAttachments(store.db, visitId)).toHaveLength(1);
    expect(await getAttachmentFile(store.db, attachment.id)).not.toBeNull();
  });
});
