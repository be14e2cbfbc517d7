import type { OcrLine } from '@shared/people/card/ocrLines';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { messageFor } from '../../../../test/fixtures/render';
import { renderWithStore } from '../../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../../test/fixtures/sampleVisit';
import { asMember } from '../../../data/database/store';
import { saveConnection } from '../../../data/device/syncConnections';
import { sha256Of } from '../../../data/records/attachmentBytes';
import { getAttachment, getAttachmentFile, listVisitAttachments } from '../../../data/records/attachments';
import { listHostPeople } from '../../../data/records/hostPeople';
import type { CardReader } from '../../../services/cardReader/cardReader';
import { PeoplePage } from '../PeoplePage';
import { ReadCards } from './ReadCards';

/** A line as tesseract.js returns it: text spaced out, confidence 0–100, box. */
const line = (text: string, confidence: number, [x0, y0, x1, y1]: [number, number, number, number]): OcrLine => ({
  text,
  confidence,
  bbox: { x0, y0, x1, y1 },
});

/** A Japanese card, the reading over the name, both broken at their wide space; the e-mail line read poorly. */
const yamada = [
  line('福 岡 県\n', 96, [51, 58, 133, 84]),
  line('商 工 部 新 産 業 振 興 課\n', 94, [51, 97, 252, 119]),
  line('課 長\n', 95, [51, 130, 93, 151]),
  line('や ま だ\n', 88, [60, 172, 130, 188]),
  line('た ろ う\n', 88, [170, 172, 240, 188]),
  line('山 田\n', 95, [56, 195, 156, 245]),
  line('太 郎\n', 93, [196, 195, 296, 245]),
  line('TEL 092-643-3000 FAX 092-643-3001\n', 92, [51, 312, 396, 327]),
  line('E-mail yamada-t@pref.fukuoka.lg.jp\n', 55, [52, 339, 385, 361]),
];

const suzuki = [
  line('株 式 会 社 テ ク ノ ソ フ ト\n', 88, [50, 60, 330, 90]),
  line('主 任 研 究 員\n', 86, [50, 130, 190, 152]),
  line('鈴 木 一 郎\n', 93, [50, 180, 300, 230]),
];

/** The Korean side of Yamada's card. */
const yamadaInKorean = [
  line('후 쿠 오 카 현\n\n', 93, [51, 58, 176, 84]),
  line('상공부 신 산 업 진 흥 과 과장\n\n', 90, [51, 97, 282, 119]),
  line('야마다 다로\n\n', 96, [53, 160, 317, 212]),
  line('전화 +81-92-643-3000 팩스 +81-92-643-3001\n\n', 54, [51, 277, 444, 297]),
];

/** A JPEG's first bytes, as a camera writes them: what the app reads a photo's type from. */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
const photo = (name: string, size = 0) => new File([JPEG, name, new Uint8Array(size)], name, { type: 'image/jpeg' });

/** A reader that reads each photo as `read` says, and the calls it was given. */
function readerOf(read: CardReader['read'], load: () => Promise<void> = async () => {}) {
  const reader = { read: vi.fn(read), close: vi.fn(async () => {}) };
  const loadReader = vi.fn(async () => {
    await load();
    return reader;
  });
  return { reader, loadReader };
}

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

const inputValue = (scope: HTMLElement, label: string) =>
  (within(scope).getByLabelText(label) as HTMLInputElement).value;

let revoked: string[] = [];
beforeEach(() => {
  let made = 0;
  revoked = [];
  vi.stubGlobal(
    'URL',
    class extends URL {
      static override createObjectURL(): string {
        made += 1;
        return `blob:test/${made}`;
      }
      static override revokeObjectURL(url: string): void {
        revoked.push(url);
      }
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function openPanel(user: ReturnType<typeof userEvent.setup>, open: string) {
  await user.click(await screen.findByRole('button', { name: open }));
  return screen.getByRole('region', { name: open });
}

describe('reading business cards', () => {
  it('proposes every field of a Japanese card, marks the doubtful, and saves the person only as the user corrected them, with the photo', async () => {
    const { base, trip, visit } = await sampleVisit('福岡県庁');
    const { reader, loadReader } = readerOf(async () => yamada);
    await renderWithStore('en', base, <ReadCards trip={trip} loadReader={loadReader} />);
    const user = userEvent.setup();
    const panel = await openPanel(user, 'Read business cards');
    expect((within(panel).getByRole('radio', { name: 'Japanese' }) as HTMLInputElement).checked).toBe(true);
    await user.upload(within(panel).getByLabelText('Choose photos of cards'), photo('yamada.jpg'));

    const review = await within(panel).findByRole('article', { name: 'Card 1 of 1' });
    expect(within(review).getByRole('img', { name: 'Photo of card 1' }).getAttribute('src')).toBe('blob:test/1');
    await waitFor(() => expect(inputValue(review, 'Name as written (Japanese)')).toBe('山田 太郎'));
    expect(inputValue(review, 'Reading (kana)')).toBe('やまだ たろう');
    // The Korean and romanised names come from the reading, as when it is typed.
    expect(inputValue(review, 'Name in Korean (Hangul)')).toBe('야마다 다로');
    expect(inputValue(review, 'Romanised name')).toBe('Yamada Taro');
    expect(inputValue(review, 'Title (Japanese)')).toBe('課長');
    expect(inputValue(review, 'Department (Japanese)')).toBe('商工部新産業振興課');
    expect(inputValue(review, 'Organisation (Japanese)')).toBe('福岡県');
    expect(inputValue(review, 'Organisation (Korean)')).toBe('');
    expect(inputValue(review, 'Phone')).toBe('092-643-3000');
    expect(inputValue(review, 'E-mail')).toBe('yamada-t@pref.fukuoka.lg.jp');
    expect(inputValue(review, 'Other contact, or who to ask')).toBe('FAX 092-643-3001');
    expect(messageFor(within(review).getByLabelText('Title (Japanese)'))).toBe('✓ Read from the card.');
    expect(messageFor(within(review).getByLabelText('E-mail'))).toBe(
      '⚠ Check this against the photo: the card was hard to read here.',
    );
    expect(messageFor(within(review).getByLabelText('Organisation (Korean)'))).toBeNull();
    expect(reader.read).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'yamada.jpg' }),
      'ja',
      expect.any(Function),
    );

    await user.clear(within(review).getByLabelText('Title (Japanese)'));
    await user.type(within(review).getByLabelText('Title (Japanese)'), '新産業振興課長');
    // What the user wrote is no longer the card's reading: its mark goes.
    expect(messageFor(within(review).getByLabelText('Title (Japanese)'))).toBeNull();
    const named = (people: Awaited<ReturnType<typeof listHostPeople>>) =>
      people.filter((person) => person.name.ja === '山田 太郎');
    expect(named(await listHostPeople(base.db, trip.id))).toEqual([]);

    await user.click(within(review).getByRole('button', { name: 'Save person' }));
    // Named as the directory names people to a reader of English on a Korean delegation: in Korean first.
    expect(await within(panel).findByText('야마다 다로 saved to the directory.')).toBeTruthy();
    expect(within(panel).getByText('Every card has been reviewed. Choose more photos, or close.')).toBeTruthy();
    expect(named(await listHostPeople(base.db, trip.id))).toEqual([
      expect.objectContaining({
        name: expect.objectContaining({ ja: '山田 太郎', ko: '야마다 다로' }),
        reading: 'やまだ たろう',
        romanised: 'Yamada Taro',
        title: expect.objectContaining({ ja: '新産業振興課長' }),
        department: expect.objectContaining({ ja: '商工部新産業振興課' }),
        organisation: expect.objectContaining({ ja: '福岡県' }),
        phone: '092-643-3000',
        email: 'yamada-t@pref.fukuoka.lg.jp',
        contact: 'FAX 092-643-3001',
      }),
    ]);
    expect(revoked).toContain('blob:test/1');

    // The card's photo is kept with the person, byte for byte: theirs, not a file of the visit.
    const [person] = named(await listHostPeople(base.db, trip.id));
    const kept = await getAttachment(base.db, person?.cardAttachmentId ?? '');
    const chosen = photo('yamada.jpg');
    expect(kept).toMatchObject({
      owner: { kind: 'hostPerson', id: person?.id },
      visitId: null,
      fileName: 'yamada.jpg',
      mimeType: 'image/jpeg',
      size: chosen.size,
      sha256: await sha256Of(chosen),
    });
    const bytes = await getAttachmentFile(base.db, kept?.id ?? '');
    expect(new Uint8Array((await bytes?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(
      new Uint8Array(await chosen.arrayBuffer()),
    );
    expect(await listVisitAttachments(base.db, visit.id)).toEqual([]);
  });

  it('saves the person without a photo over the attachments’ limit, or that is no photo, and says so', async () => {
    const { base, trip } = await sampleVisit('福岡県庁');
    const { loadReader } = readerOf(async (card) => ((card as File).name === 'huge.jpg' ? yamada : suzuki));
    await renderWithStore('en', base, <ReadCards trip={trip} loadReader={loadReader} />);
    const user = userEvent.setup();
    const panel = await openPanel(user, 'Read business cards');
    const notAPhoto = new File(['TEL 092-643-3000'], 'scan.txt', { type: 'image/jpeg' });
    await user.upload(within(panel).getByLabelText('Choose photos of cards'), [
      photo('huge.jpg', 25 * 1024 * 1024),
      notAPhoto,
    ]);

    const first = await within(panel).findByRole('article', { name: 'Card 1 of 2' });
    await waitFor(() => expect(inputValue(first, 'Name as written (Japanese)')).toBe('山田 太郎'));
    await user.click(within(first).getByRole('button', { name: 'Save person' }));
    expect(
      await within(panel).findByText(
        '야마다 다로 saved to the directory, without the card’s photo: it is larger than 25 MB.',
      ),
    ).toBeTruthy();
    const second = await within(panel).findByRole('article', { name: 'Card 2 of 2' });
    await waitFor(() => expect(inputValue(second, 'Name as written (Japanese)')).toBe('鈴木一郎'));
    await user.click(within(second).getByRole('button', { name: 'Save person' }));
    expect(
      await within(panel).findByText(
        '鈴木一郎 saved to the directory, without the card’s photo: it is not a photo Fieldbook keeps (JPEG, PNG, WebP, GIF or HEIC).',
      ),
    ).toBeTruthy();

    const saved = (await listHostPeople(base.db, trip.id)).filter((person) =>
      ['山田 太郎', '鈴木一郎'].includes(person.name.ja ?? ''),
    );
    expect(saved.map((person) => [person.name.ja, person.cardAttachmentId])).toEqual([
      ['山田 太郎', null],
      ['鈴木一郎', null],
    ]);
    expect(await base.db.attachments.count()).toBe(0);
  });

  it('reads the next photo while the first is reviewed, and moves on when a card is skipped, saving nothing', async () => {
    const { base, trip } = await sampleVisit('福岡県庁');
    const loaded = deferred<void>();
    const second = deferred<OcrLine[]>();
    let report: (share: number) => void = () => {};
    const { reader, loadReader } = readerOf(
      async (photo, _side, onProgress) => {
        if ((photo as File).name === 'yamada.jpg') return yamada;
        report = onProgress ?? report;
        return second.promise;
      },
      () => loaded.promise,
    );
    await renderWithStore('en', base, <ReadCards trip={trip} loadReader={loadReader} />);
    const user = userEvent.setup();
    const panel = await openPanel(user, 'Read business cards');
    await user.upload(within(panel).getByLabelText('Choose photos of cards'), [
      photo('yamada.jpg'),
      photo('suzuki.jpg'),
    ]);

    const first = await within(panel).findByRole('article', { name: 'Card 1 of 2' });
    expect(await within(first).findByText('Loading the reader…')).toBeTruthy();
    const queue = within(panel).getByRole('list', { name: 'Cards after this one' });
    expect(within(queue).getByText('Card 2: waiting')).toBeTruthy();
    // However long the reader takes to load, the panel can be left.
    expect(within(panel).getByRole('button', { name: 'Close' })).toBeTruthy();
    loaded.resolve();
    await waitFor(() => expect(inputValue(first, 'Name as written (Japanese)')).toBe('山田 太郎'));
    // A card's form is left by its own Cancel, which forgets what was typed in it.
    expect(within(panel).queryByRole('button', { name: 'Close' })).toBeNull();
    await waitFor(() => expect(reader.read).toHaveBeenCalledTimes(2));
    report(0.4);
    expect(await within(queue).findByText('Card 2: reading… 40%')).toBeTruthy();
    await user.type(within(first).getByLabelText('Title (English)'), 'Director');
    second.resolve(suzuki);
    expect(await within(queue).findByText('Card 2: read, ready to review')).toBeTruthy();
    // The reader was loaded once, for both photos.
    expect(loadReader).toHaveBeenCalledTimes(1);

    const cardDrafts = async () =>
      (await base.db.drafts.toArray()).filter((draft) => draft.key.startsWith('hostPerson:card:'));
    await waitFor(async () => expect(await cardDrafts()).toHaveLength(1));
    await user.click(within(first).getByRole('button', { name: 'Skip this card' }));
    const next = await within(panel).findByRole('article', { name: 'Card 2 of 2' });
    expect(inputValue(next, 'Name as written (Japanese)')).toBe('鈴木一郎');
    expect(inputValue(next, 'Title (English)')).toBe('');
    expect(revoked).toContain('blob:test/1');
    expect(within(panel).queryByRole('list', { name: 'Cards after this one' })).toBeNull();
    await user.click(within(next).getByRole('button', { name: 'Skip this card' }));
    expect(await within(panel).findByText('Every card has been reviewed. Choose more photos, or close.')).toBeTruthy();
    // What was typed over a skipped card is forgotten with it.
    await waitFor(async () => expect(await cardDrafts()).toEqual([]));
    const people = await listHostPeople(base.db, trip.id);
    expect(people.filter((person) => ['山田 太郎', '鈴木一郎'].includes(person.name.ja ?? ''))).toEqual([]);

    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Read business cards' })).toBeNull();
    expect(reader.close).toHaveBeenCalled();
  });

  it('says in Japanese that a card could not be read, and takes the person typed from the photo', async () => {
    const { base, trip } = await sampleVisit('福岡県庁');
    const { loadReader } = readerOf(async (photo) => {
      if ((photo as File).name === 'blurred.jpg') throw new Error('Tesseract failed');
      return [];
    });
    await renderWithStore('ja', base, <ReadCards trip={trip} loadReader={loadReader} />);
    const user = userEvent.setup();
    const panel = await openPanel(user, '名刺を読み取る');
    await user.upload(within(panel).getByLabelText('名刺の写真を選ぶ'), [photo('blurred.jpg'), photo('blank.jpg')]);

    const review = await within(panel).findByRole('article', { name: '名刺 1/2' });
    expect(await within(review).findByRole('alert')).toHaveProperty(
      'textContent',
      'この名刺を読み取れませんでした。写真を見て各項目を入力してください。',
    );
    expect(inputValue(review, '氏名（日本語表記）')).toBe('');
    await user.type(within(review).getByLabelText('氏名（日本語表記）'), '佐藤 花子');
    await user.type(within(review).getByLabelText('所属（日本語）'), '九州大学');
    await user.click(within(review).getByRole('button', { name: 'この方を保存' }));
    expect(await within(panel).findByText('佐藤 花子を名簿に保存しました。')).toBeTruthy();

    const blank = await within(panel).findByRole('article', { name: '名刺 2/2' });
    expect(within(blank).getByRole('alert').textContent).toBe(
      'この名刺から氏名も連絡先も読み取れませんでした。写真を見て各項目を入力してください。',
    );
    expect(within(blank).getByRole('button', { name: 'この名刺を飛ばす' })).toBeTruthy();
    const saved = (await listHostPeople(base.db, trip.id)).find((person) => person.name.ja === '佐藤 花子');
    expect(saved?.organisation.ja).toBe('九州大学');
  });

  it('reads a card’s Korean side into the Korean fields, in Korean', async () => {
    const { base, trip } = await sampleVisit('福岡県庁');
    const { reader, loadReader } = readerOf(async () => yamadaInKorean);
    await renderWithStore('ko', base, <ReadCards trip={trip} loadReader={loadReader} />);
    const user = userEvent.setup();
    const panel = await openPanel(user, '명함 읽기');
    await user.click(within(panel).getByRole('radio', { name: '한국어' }));
    await user.upload(within(panel).getByLabelText('명함 사진 고르기'), photo('yamada-ko.jpg'));

    const review = await within(panel).findByRole('article', { name: '명함 1/1' });
    await waitFor(() => expect(inputValue(review, '한글 이름')).toBe('야마다 다로'));
    expect(reader.read).toHaveBeenCalledWith(expect.anything(), 'ko', expect.any(Function));
    expect(inputValue(review, '이름 표기 (일본어)')).toBe('');
    expect(inputValue(review, '소속 (한국어)')).toBe('후쿠오카현');
    expect(inputValue(review, '직함 (한국어)')).toBe('과장');
    expect(inputValue(review, '기타 연락처 또는 문의처')).toBe('팩스 +81-92-643-3001');
    expect(messageFor(within(review).getByLabelText('소속 (한국어)'))).toBe('✓ 명함에서 읽었습니다.');
    expect(messageFor(within(review).getByLabelText('전화'))).toBe(
      '⚠ 사진과 대조해 확인하세요. 명함의 이 부분은 읽기 어려웠습니다.',
    );
    expect(within(review).getByRole('button', { name: '인사 저장' })).toBeTruthy();
    expect(within(review).getByRole('button', { name: '이 명함 건너뛰기' })).toBeTruthy();
  });

  it('is offered on the People page to those who write there, and not to an interpreter', async () => {
    const { base, trip, members } = await sampleVisit('福岡県庁');
    const member = await renderWithStore('ko', base, <PeoplePage tripId={trip.id} />);
    const user = userEvent.setup();
    const panel = await openPanel(user, '명함 읽기');
    expect(within(panel).getByRole('group', { name: '명함의 언어' })).toBeTruthy();
    expect((within(panel).getByRole('radio', { name: '일본어' }) as HTMLInputElement).checked).toBe(true);
    expect((within(panel).getByLabelText('명함 사진 고르기') as HTMLInputElement).accept).toBe('image/*');
    await user.click(within(panel).getByRole('button', { name: '닫기' }));
    expect(screen.getByRole('button', { name: '명함 읽기' })).toBe(document.activeElement);
    member.unmount();

    const interpreter = members.find((each) => each.role === 'interpreter');
    if (!interpreter) throw new Error('The sample trip has no interpreter');
    await saveConnection(base, {
      tripId: SAMPLE_TRIP_ID,
      baseUrl: 'https://192.168.0.10:8787',
      token: 'token',
      memberId: interpreter.id,
      organiser: false,
      fingerprint: null,
    });
    await renderWithStore('ja', asMember(base, interpreter.id), <PeoplePage tripId={trip.id} />);
    expect(await screen.findByRole('heading', { name: '福岡県知事' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: '名刺を読み取る' })).toBeNull());
  });
});
