import type { CallChannel } from '@shared/ipc/channels';
import { ATTACHMENT_CHUNK_BYTES } from '@shared/ipc/contract';
import { type Attachment, newId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { twoDevices } from '../../../test/fixtures/twoDevices';
import { bridge } from '../../bridge/bridge';
import { addAttachment, getAttachmentFile } from '../../data/records/attachments';
import { listItinerary } from '../../data/records/itineraryItems';
import { createTrip, getTrip } from '../../data/records/trips';
import { formatBytes } from '../../i18n/format';
import { FilesSection } from './FilesSection';

const HANDLE = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** Plays the main process: each call answered by the function given for its channel, every call recorded. */
function fakeMainProcess(answers: Partial<Record<CallChannel, (request: never) => unknown>>) {
  const calls: [CallChannel, unknown][] = [];
  vi.spyOn(bridge, 'invoke').mockImplementation((async (name: CallChannel, request?: unknown) => {
    calls.push([name, request]);
    const answer = answers[name] as ((request: unknown) => unknown) | undefined;
    if (!answer) throw new Error(`Unexpected call ${name}`);
    return answer(request);
  }) as typeof bridge.invoke);
  return { calls, named: (name: CallChannel) => calls.filter(([channel]) => channel === name).map(([, r]) => r) };
}

async function withAttachment(
  language: 'ko' | 'ja' | 'en',
  fileName: string,
  mimeType: 'text/plain' | 'application/pdf',
  bytes: number,
) {
  const { base, notesProps, visit, trip } = await sampleVisit('福岡県庁');
  await addAttachment(base, {
    tripId: trip.id,
    visitId: visit.id,
    owner: { kind: 'visit', id: visit.id },
    fileName,
    mimeType,
    file: new Blob([new Uint8Array(bytes).fill(65)], { type: mimeType }),
    thumbnail: null,
  });
  await renderWithStore(language, base, <FilesSection {...notesProps} />);
  return { base, notesProps, visit, trip };
}

const card = async (name: string) =>
  (await screen.findByText(name, { selector: '.attachment__name' })).closest('li') as HTMLElement;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('an attachment card', () => {
  it('saves a copy in chunks and says where it went', async () => {
    const main = fakeMainProcess({
      'attachments:saveBegin': () => ({ outcome: 'chosen', handle: HANDLE }),
      'attachments:saveChunk': () => undefined,
      'attachments:saveEnd': () => ({ fileName: 'C:\\Users\\kim\\Documents\\평가 보고서.txt' }),
    });
    await withAttachment('ko', '평가 보고서.txt', 'text/plain', ATTACHMENT_CHUNK_BYTES + 10);
    const user = userEvent.setup();
    const item = await card('평가 보고서.txt');

    await user.click(within(item).getByRole('button', { name: '사본 저장' }));

    expect(await within(item).findByRole('status')).toHaveProperty(
      'textContent',
      '사본을 저장했습니다: C:\\Users\\kim\\Documents\\평가 보고서.txt',
    );
    expect(main.named('attachments:saveBegin')).toEqual([
      { suggestedName: '평가 보고서.txt', size: ATTACHMENT_CHUNK_BYTES + 10 },
    ]);
    const chunks = main.named('attachments:saveChunk') as { handle: string; bytes: Uint8Array }[];
    expect(chunks.map((chunk) => [chunk.handle, chunk.bytes.byteLength])).toEqual([
      [HANDLE, ATTACHMENT_CHUNK_BYTES],
      [HANDLE, 10],
    ]);
    expect(main.named('attachments:saveEnd')).toEqual([{ handle: HANDLE }]);
  });

  it('says a save failed, and ends it on the other side', async () => {
    const main = fakeMainProcess({
      'attachments:saveBegin': () => ({ outcome: 'chosen', handle: HANDLE }),
      'attachments:saveChunk': () => {
        throw new Error('ENOSPC: no space left on device');
      },
      'attachments:saveAbort': () => undefined,
    });
    await withAttachment('ja', '福岡県資料.pdf', 'application/pdf', 100);
    const item = await card('福岡県資料.pdf');

    await userEvent.setup().click(within(item).getByRole('button', { name: 'コピーを保存' }));

    expect(await within(item).findByText(/「福岡県資料\.pdf」のコピーを保存できませんでした。/)).toBeTruthy();
    expect(within(item).getByRole('status').textContent).toMatch(/別のフォルダー/);
    expect(main.named('attachments:saveAbort')).toEqual([{ handle: HANDLE }]);
    expect(main.named('attachments:saveEnd')).toEqual([]);
  });

  it('says nothing when the user cancels the save dialog', async () => {
    const main = fakeMainProcess({ 'attachments:saveBegin': () => ({ outcome: 'cancelled' }) });
    await withAttachment('en', 'minutes.txt', 'text/plain', 10);
    const item = await card('minutes.txt');
    await userEvent.setup().click(within(item).getByRole('button', { name: 'Save a copy' }));
    await vi.waitFor(() => expect(main.named('attachments:saveBegin')).toHaveLength(1));
    expect(main.named('attachments:saveChunk')).toEqual([]);
    expect(within(item).getByRole('status').textContent).toBe('');
  });

  it('says when no application opens a file, and when opening failed', async () => {
    let answer: () => unknown = () => ({ opened: false });
    const main = fakeMainProcess({ 'files:open': () => answer() });
    await withAttachment('en', 'slides.pdf', 'application/pdf', 10);
    const item = await card('slides.pdf');
    const user = userEvent.setup();

    await user.click(within(item).getByRole('button', { name: 'Open: slides.pdf' }));
    expect(
      await within(item).findByText(
        'No application on this computer opens “slides.pdf”. Save a copy to open it elsewhere.',
      ),
    ).toBeTruthy();
    const [request] = main.named('files:open') as { fileName: string; bytes: Uint8Array }[];
    expect([request?.fileName, request?.bytes.byteLength]).toEqual(['slides.pdf', 10]);

    answer = () => {
      throw new Error('EACCES');
    };
    await user.click(within(item).getByRole('button', { name: 'Open: slides.pdf' }));
    expect(await within(item).findByText('“slides.pdf” could not be opened. Try again.')).toBeTruthy();

    answer = () => ({ opened: true });
    await user.click(within(item).getByRole('button', { name: 'Open: slides.pdf' }));
    await vi.waitFor(() => expect(within(item).getByRole('status').textContent).toBe(''));
  });

  it('stores a dropped path under its own name, and opens and saves it under that name', async () => {
    const main = fakeMainProcess({
      'files:open': () => ({ opened: true }),
      'attachments:saveBegin': () => ({ outcome: 'cancelled' }),
    });
    const { notesProps, base } = await sampleVisit('岐阜県庁');
    await renderWithStore('ko', base, <FilesSection {...notesProps} />);
    const dropzone = (await screen.findByText('또는 여기로 끌어다 놓으세요')).closest('.dropzone') as HTMLElement;

    fireEvent.drop(dropzone, { dataTransfer: { files: [new File(['평가'], '../../../etc/평가 보고서.txt')] } });

    expect(await screen.findByText('파일 1개를 첨부했습니다.')).toBeTruthy();
    const item = await card('평가 보고서.txt');
    const user = userEvent.setup();
    await user.click(within(item).getByRole('button', { name: '열기: 평가 보고서.txt' }));
    await user.click(within(item).getByRole('button', { name: '사본 저장' }));
    await vi.waitFor(() => expect(main.named('attachments:saveBegin')).toHaveLength(1));
    expect(main.named('files:open')).toMatchObject([{ fileName: '평가 보고서.txt' }]);
    expect(main.named('attachments:saveBegin')).toEqual([{ suggestedName: '평가 보고서.txt', size: 6 }]);
  });

  it('hands out a safe name for a record stored before names were made safe', async () => {
    const main = fakeMainProcess({ 'attachments:saveBegin': () => ({ outcome: 'cancelled' }) });
    const { base, notesProps, visit, trip } = await sampleVisit('福岡県庁');
    const id = newId();
    const now = new Date().toISOString();
    // Written as an older version of the app did, past today's schema.
    await base.db.attachments.add({
      id,
      createdAt: now,
      updatedAt: now,
      hlc: 'legacy',
      updatedBy: { deviceId: 'old-device', memberId: null },
      deletedAt: null,
      tripId: trip.id,
      visitId: visit.id,
      owner: { kind: 'visit', id: visit.id },
      fileName: 'C:\\fakepath\\invoice.exe',
      mimeType: 'image/png',
      size: 3,
    } as Omit<Attachment, 'sha256'> as Attachment);
    await base.db.attachmentBlobs.add({ id, blob: new Blob([new Uint8Array(3)]) });
    await renderWithStore('ko', base, <FilesSection {...notesProps} />);
    const item = await card('C:\\fakepath\\invoice.exe');
    await userEvent.setup().click(within(item).getByRole('button', { name: '사본 저장' }));
    await vi.waitFor(() =>
      expect(main.named('attachments:saveBegin')).toEqual([{ suggestedName: 'invoice.png', size: 3 }]),
    );
  });
});

describe('the files’ totals', () => {
  it('count the files attached in all trips, those attached on other devices too, whose bytes are not here', async () => {
    const { laptop, phone, members, organiser, send } = await twoDevices();
    const trip = await getTrip(laptop.db, SAMPLE_TRIP_ID);
    const visit = (await listItinerary(laptop.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '福岡県庁');
    if (!trip || !visit) throw new Error('The sample trip is incomplete');
    const file = (bytes: number) => new Blob([new Uint8Array(bytes).fill(65)], { type: 'text/plain' });
    const onPhone = await addAttachment(phone, {
      tripId: trip.id,
      visitId: visit.id,
      owner: { kind: 'visit', id: visit.id },
      fileName: 'phone.txt',
      mimeType: 'text/plain',
      file: file(1500),
      thumbnail: null,
    });
    await send(phone, laptop);
    const otherTrip = await createTrip(laptop, {
      title: { ko: '오사카 연수', ja: '大阪研修' },
      languages: { home: 'ko', host: 'ja' },
      purpose: { lang: 'ko', text: '', translations: {} },
      startDate: '1997-05-12',
      endDate: '1997-05-16',
      homeTimeZone: 'Asia/Seoul',
      destinationTimeZone: 'Asia/Tokyo',
      organiser: {},
    });
    const otherVisit = newId();
    await addAttachment(laptop, {
      tripId: otherTrip.id,
      visitId: otherVisit,
      owner: { kind: 'visit', id: otherVisit },
      fileName: 'laptop.txt',
      mimeType: 'text/plain',
      file: file(500),
      thumbnail: null,
    });

    const notesProps = { trip, visit, members, memberId: organiser.id, store: laptop, writer: null };
    await renderWithStore('en', laptop, <FilesSection {...notesProps} />);

    const size = formatBytes(2000, 'en');
    expect(await screen.findByText(`Attached in all trips, here or on other devices: 2 files, ${size}.`)).toBeTruthy();
    expect(await getAttachmentFile(laptop.db, onPhone.id)).toBeNull();
  });
});
