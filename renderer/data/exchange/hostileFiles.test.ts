import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { strFromU8, unzipSync } from 'fflate';
import { it } from 'vitest';
import { organiserAndMember } from '../../../test/fixtures/syncedDevices';
import { addAttachment } from '../records/attachments';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { listItinerary } from '../records/itineraryItems';
import { exportTrip } from './exportTrip';

it('explore', async () => {
  const { organiser, member, memberId } = await organiserAndMember();
  const [question] = await listQuestions(member.db, SAMPLE_TRIP_ID);
  const [visit] = (await listItinerary(member.db, SAMPLE_TRIP_ID)).filter((item) => item.kind === 'visit');
  await saveAnswer(
    member,
    { tripId: SAMPLE_TRIP_ID, visitId: visit!.id, questionId: question!.id, memberId },
    '답',
    'ko',
  );
  await addAttachment(member, {
    tripId: SAMPLE_TRIP_ID,
    visitId: visit!.id,
    owner: { kind: 'visit', id: visit!.id },
    fileName: 'a.jpg',
    mimeType: 'image/jpeg',
    file: new Blob([new Uint8Array(3000).map((_, i) => (i * 31) % 256)], { type: 'image/jpeg' }),
    thumbnail: null,
  });
  const pieces: Uint8Array[] = [];
  await exportTrip(
    member,
    SAMPLE_TRIP_ID,
    async (c) => {
      pieces.push(c.slice());
    },
    { kind: 'changes' },
  );
  const size = pieces.reduce((s, p) => s + p.length, 0);
  console.log('pieces', pieces.length, pieces.map((p) => p.length).join(','), 'size', size);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of pieces) {
    bytes.set(p, at);
    at += p.length;
  }
  const entries = unzipSync(bytes);
  for (const [name, data] of Object.entries(entries))
    console.log(name, data.length, name.endsWith('.json') ? strFromU8(data).slice(0, 1500) : '');
  const page = JSON.parse(strFromU8(entries['changes/000001.json']!));
  console.log(
    page.changes
      .map(
        (c: any) =>
          `${c.table} ${c.path} ${c.deviceId === member.ctx.deviceId} ${JSON.stringify(c.value).slice(0, 60)}`,
      )
      .join('\n'),
  );
  const t = Date.now();
  const snap = await Promise.all(organiser.db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  console.log('snapshot ms', Date.now() - t, snap.map(([n, r]) => `${n}:${r.length}`).join(' '));
});
