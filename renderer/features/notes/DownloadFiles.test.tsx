import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { CHUNK_BYTES } from '@shared/sync/blobs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { openTestStore } from '../../../test/fixtures/store';
import { serverInMemory } from '../../../test/fixtures/syncServer';
import { bridge } from '../../bridge/bridge';
import { asMember } from '../../data/database/store';
import { saveConnection } from '../../data/device/syncConnections';
import { addAttachment, getAttachmentFile } from '../../data/records/attachments';
import { listItinerary } from '../../data/records/itineraryItems';
import { listMembers } from '../../data/records/members';
import { loadSampleTrip } from '../../data/records/sampleTrip';
import { getTrip } from '../../data/records/trips';
import { BACKGROUND_DOWNLOAD_BYTES } from '../../data/sync/fileDownloads';
import { syncTrip } from '../../data/sync/syncTrip';
import { SyncProvider } from '../../services/sync';
import { FilesSection } from './FilesSection';

/** A document of `size` bytes, each file its own. */
const documentOf = (size: number, seed: number) =>
  new Blob([new Uint8Array(size).map((_, i) => (i * seed) % 251)], { type: 'application/pdf' });

/**
 * The organiser's laptop attaches files to the Fukuoka visit and syncs; the
 * member's phone, which joined the trip, shows the visit's files, syncing
 * with the same server in memory.
 */
async function filesAttachedOnLaptop(files: { name: string; size: number }[]) {
  const memory = serverInMemory();
  const laptop = await openTestStore();
  await loadSampleTrip(laptop);
  const visit = (await listItinerary(laptop.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '福岡県庁');
  if (!visit) throw new Error('The sample trip has no Fukuoka visit');
  const attached = [];
  for (const [index, file] of files.entries()) {
    attached.push(
      await addAttachment(laptop, {
        tripId: SAMPLE_TRIP_ID,
        visitId: visit.id,
        owner: { kind: 'visit', id: visit.id },
        fileName: file.name,
        mimeType: 'application/pdf',
        file: documentOf(file.size, index + 3),
        thumbnail: null,
      }),
    );
  }
  await syncTrip(laptop, memory.server, SAMPLE_TRIP_ID);

  const phone = await openTestStore();
  await syncTrip(phone, memory.server, SAMPLE_TRIP_ID);
  const trip = await getTrip(phone.db, SAMPLE_TRIP_ID);
  const members = await listMembers(phone.db, SAMPLE_TRIP_ID);
  const me = members.find((member) => member.name === '강원도 과학기술전문위원');
  if (!trip || !me) throw new Error('The trip did not arrive');
  await saveConnection(phone, {
    tripId: SAMPLE_TRIP_ID,
    baseUrl: 'https://192.168.0.10:8787',
    token: 'dGhpcy1pcy1hLWRldmljZS10b2tlbi1vZi00My1jaGFycw',
    memberId: me.id,
    organiser: false,
    fingerprint: null,
  });
  const notesProps = { trip, visit, members, memberId: me.id, store: asMember(phone, me.id), writer: null };
  await renderWithStore(
    'ko',
    phone,
    <SyncProvider serverFor={() => memory.server}>
      <FilesSection {...notesProps} />
    </SyncProvider>,
  );
  return { memory, phone, attached };
}

const card = async (name: string) =>
  (await screen.findByText(name, { selector: '.attachment__name' })).closest('li') as HTMLElement;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('files attached on another device', () => {
  it('shows a large one as not downloaded yet, and downloads it from the keyboard, then saves it', async () => {
    const size = BACKGROUND_DOWNLOAD_BYTES + CHUNK_BYTES;
    const { phone, attached } = await filesAttachedOnLaptop([{ name: '후쿠오카현 자료.pdf', size }]);
    const [slides] = attached;
    if (!slides) throw new Error('Nothing attached');
    const item = await card('후쿠오카현 자료.pdf');
    expect(await within(item).findByText(/아직 내려받지 않음/)).toBeTruthy();
    expect(await getAttachmentFile(phone.db, slides.id)).toBeNull();

    const user = userEvent.setup();
    const download = within(item).getByRole('button', { name: '“후쿠오카현 자료.pdf” 내려받기' });
    download.focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(within(item).queryByText(/아직 내려받지 않음/)).toBeNull());
    expect((await getAttachmentFile(phone.db, slides.id))?.size).toBe(size);
    expect(within(item).queryByRole('button', { name: /내려받기/ })).toBeNull();

    const saved: number[] = [];
    vi.spyOn(bridge, 'invoke').mockImplementation((async (name: string, request?: { bytes?: Uint8Array }) => {
      if (name === 'attachments:saveBegin')
        return { outcome: 'chosen', handle: '0f8fad5b-d9cb-469f-a165-70867728950e' };
      if (name === 'attachments:saveChunk') saved.push(request?.bytes?.byteLength ?? 0);
      if (name === 'attachments:saveEnd') return { fileName: '후쿠오카현 자료.pdf' };
      return undefined;
    }) as typeof bridge.invoke);
    await user.click(within(item).getByRole('button', { name: '사본 저장' }));
    await vi.waitFor(() => expect(saved.reduce((sum, bytes) => sum + bytes, 0)).toBe(size));
  });

  it('says in words that a file cannot be opened offline, and downloads every file of the visit once back', async () => {
    const big = BACKGROUND_DOWNLOAD_BYTES + 10;
    const { memory, phone, attached } = await filesAttachedOnLaptop([
      { name: '명함.pdf', size: big },
      { name: '발표 자료.pdf', size: big + 20 },
    ]);
    const item = await card('명함.pdf');
    expect(await screen.findByText(/이 방문의 파일 2개\(.+\)는 다른 기기에서 첨부되어/)).toBeTruthy();

    memory.setReachable(false);
    const user = userEvent.setup();
    await user.click(within(item).getByRole('button', { name: '열기: 명함.pdf' }));
    expect(await within(item).findByText(/서버에 연결할 수 없어 내려받지 못했습니다/)).toBeTruthy();
    expect(await getAttachmentFile(phone.db, attached[0]?.id ?? '')).toBeNull();

    memory.setReachable(true);
    await user.click(screen.getByRole('button', { name: '오프라인용으로 모두 내려받기' }));
    expect(
      await screen.findByText('이 방문의 파일이 모두 이 기기에 있습니다. 오프라인에서도 열 수 있습니다.'),
    ).toBeTruthy();
    for (const attachment of attached)
      expect((await getAttachmentFile(phone.db, attachment.id))?.size).toBe(attachment.size);
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: '오프라인용으로 모두 내려받기' })).toBeNull());
  });
});
