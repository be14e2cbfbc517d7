import { reportNoteId } from '@shared/model';
import { v7 } from 'uuid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from './test/backends';
import {
  changesOf,
  joinAs,
  memberChanges,
  publishTrip,
  pullAll,
  push,
  startServer,
  type TestServer,
  withoutSeq,
} from './test/harness';

const SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describeEachBackend('what protocol 12 adds: a host person’s card photo and a letter’s words', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((await backend.open()).storage);
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await server?.storage.close();
  });

  it('stores a person with the photo of their card, from a member, and serves both in a pull', async () => {
    const { organiser, members } = await publishTrip(server, ['김민수']);
    const [kim] = members;
    if (!kim) throw new Error('no member');
    const member = await joinAs(server, organiser, kim.id);
    const personId = v7();
    const photoId = v7();
    const photo = (device: typeof member) =>
      changesOf(device, 'attachments', photoId, {
        visitId: null,
        owner: { kind: 'hostPerson', id: personId },
        fileName: 'card.jpg',
        mimeType: 'image/jpeg',
        size: 3,
        sha256: SHA256,
        deletedAt: null,
      });
    const person = changesOf(member, 'hostPeople', personId, {
      'name/ja': '山田 太郎',
      cardAttachmentId: photoId,
      deletedAt: null,
    });
    const pushed = [...photo(member), ...person];
    expect((await push(server, member, pushed)).body).toMatchObject({ accepted: pushed.length, refused: [] });

    const pulled = (await pullAll(server, organiser)).map(withoutSeq);
    expect(pulled.slice(-pushed.length)).toEqual(pushed.map((change) => expect.objectContaining(change)));

    // The photo is the directory's: whoever may not write the directory may not write it either.
    const interpreterId = v7();
    await push(server, organiser, memberChanges(organiser, interpreterId, '통역', 'interpreter'));
    const interpreter = await joinAs(server, organiser, interpreterId);
    const refused = await push(server, interpreter, photo(interpreter));
    expect(refused.body.accepted).toBe(0);
    expect(new Set(refused.body.refused.map((one: { reason: string }) => one.reason))).toEqual(
      new Set(['translations_only']),
    );
  });

  it('stores the organiser’s words for a letter, refuses a member’s, and serves them in a pull', async () => {
    const { organiser, members } = await publishTrip(server, ['김민수']);
    const [kim] = members;
    if (!kim) throw new Error('no member');
    const member = await joinAs(server, organiser, kim.id);
    const key = { kind: 'letter' as const, questionId: null, itemId: v7() };
    const id = reportNoteId(organiser.tripId, key);
    const words = (device: typeof member) =>
      changesOf(device, 'reportNotes', id, {
        ...key,
        'body/lang': 'ko',
        'body/text': '공업기술센터가 중소기업의 시험을 맡는 방식',
        deletedAt: null,
      });
    const letter = words(organiser);
    expect((await push(server, organiser, letter)).body).toMatchObject({ accepted: letter.length, refused: [] });
    const pulled = (await pullAll(server, member)).map(withoutSeq);
    expect(pulled.slice(-letter.length)).toEqual(letter.map((change) => expect.objectContaining(change)));

    const refused = await push(server, member, words(member));
    expect(refused.body.accepted).toBe(0);
    expect(refused.body.refused[0]?.reason).toBe('organisers_only');
  });
});
