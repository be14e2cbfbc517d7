import { emptyPerson } from '@shared/people/directory';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messageFor } from '../../../test/fixtures/render';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { asMember } from '../../data/database/store';
import { saveConnection } from '../../data/device/syncConnections';
import { addHostPerson, hashedCardPhoto, listHostPeople } from '../../data/records/hostPeople';
import { PeoplePage } from './PeoplePage';

describe('the hosts’ people screen', () => {
  it('adds a person whose reading proposes the Korean and romanised names, never over what was typed', async () => {
    const { base, trip } = await sampleVisit('福岡県庁');
    await renderWithStore('ko', base, <PeoplePage tripId={trip.id} />);
    const user = userEvent.setup();
    // The sample's governor, named on the Fukuoka visit, is in the directory already, under the title alone.
    expect(await screen.findByRole('heading', { name: '후쿠오카현 지사' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '+ 인사 추가' }));
    const form = screen.getByRole('region', { name: '새 인사' });
    await user.click(within(form).getByRole('button', { name: '인사 추가' }));
    expect(messageFor(within(form).getByLabelText('이름 표기 (일본어)'))).toBe('필수 항목입니다.');

    await user.type(within(form).getByLabelText('이름 표기 (일본어)'), '福岡 太郎');
    await user.type(within(form).getByLabelText('읽는 법 (가나)'), 'ふくおか たろう');
    expect((within(form).getByLabelText('한글 이름') as HTMLInputElement).value).toBe('후쿠오카 다로');
    expect((within(form).getByLabelText('로마자 이름') as HTMLInputElement).value).toBe('Fukuoka Taro');
    // The romaji as the person writes it stays when the reading changes again.
    await user.clear(within(form).getByLabelText('로마자 이름'));
    await user.type(within(form).getByLabelText('로마자 이름'), 'FUKUOKA Taro');
    await user.type(within(form).getByLabelText('읽는 법 (가나)'), 'う');
    expect((within(form).getByLabelText('한글 이름') as HTMLInputElement).value).toBe('후쿠오카 다로우');
    expect((within(form).getByLabelText('로마자 이름') as HTMLInputElement).value).toBe('FUKUOKA Taro');
    await user.type(within(form).getByLabelText('읽는 법 (가나)'), '{Backspace}');

    await user.type(within(form).getByLabelText('직함 (일본어)'), '企画課長');
    await user.type(within(form).getByLabelText('직함 (한국어)'), '기획과장');
    await user.type(within(form).getByLabelText('소속 (일본어)'), '福岡県庁');
    await user.type(within(form).getByLabelText('소속 (한국어)'), '후쿠오카현청');
    await user.type(within(form).getByLabelText('이메일'), 'taro@');
    await user.click(within(form).getByRole('button', { name: '인사 추가' }));
    expect(messageFor(within(form).getByLabelText('이메일'))).toBe('name@example.org 형식의 이메일 주소를 입력하세요.');
    await user.type(within(form).getByLabelText('이메일'), 'example.jp');
    await user.click(within(form).getByRole('button', { name: '인사 추가' }));

    expect(await screen.findByText('후쿠오카 다로를 추가했습니다.')).toBeTruthy();
    const group = screen.getByRole('region', { name: '후쿠오카현청' });
    // With the governor, whom the Fukuoka visit names among its contacts: he works where he was met.
    const names = within(group)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(names).toHaveLength(2);
    expect(names).toEqual(
      expect.arrayContaining([expect.stringContaining('후쿠오카현 지사'), expect.stringContaining('후쿠오카 다로')]),
    );
    expect(within(group).getByText('ふくおか たろう')).toBeTruthy();
    expect(within(group).getByRole('link', { name: 'taro@example.jp' })).toBeTruthy();
    const added = (await listHostPeople(base.db, trip.id)).find((person) => person.name.ja === '福岡 太郎');
    expect(added).toMatchObject({
      name: { ja: '福岡 太郎', ko: '후쿠오카 다로' },
      reading: 'ふくおか たろう',
      romanised: 'FUKUOKA Taro',
      title: { ja: '企画課長', ko: '기획과장' },
    });

    // Corrected once; deleted, and the deletion undone.
    await user.click(within(group).getByRole('button', { name: '후쿠오카 다로 편집' }));
    const edit = screen.getByRole('listitem', { name: '후쿠오카 다로 편집' });
    await user.clear(within(edit).getByLabelText('직함 (한국어)'));
    await user.type(within(edit).getByLabelText('직함 (한국어)'), '기획과 과장');
    await user.click(within(edit).getByRole('button', { name: '저장' }));
    expect(await screen.findByText('기획과 과장')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '후쿠오카 다로 삭제' }));
    expect(await screen.findByText('후쿠오카 다로를 삭제했습니다')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('기획과 과장')).toBeNull());
    await user.click(screen.getByRole('button', { name: /되돌리기/ }));
    expect(await screen.findByText('기획과 과장')).toBeTruthy();
  });

  it('offers an interpreter neither adding nor editing nor deleting, in Japanese', async () => {
    const { base, trip, members } = await sampleVisit('福岡県庁');
    const interpreter = members.find((member) => member.role === 'interpreter');
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
    await waitFor(() => expect(screen.queryByRole('button', { name: /追加する/ })).toBeNull());
    expect(screen.queryByRole('button', { name: /編集/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /削除/ })).toBeNull();
    expect(screen.getByText('通訳担当は翻訳を書きます。原文は書いた人が残したままです。')).toBeTruthy();
  });

  describe('a person’s business card', () => {
    // A blob: URL that says which of a photo's files it shows: the thumbnail (5 bytes) or the photo (11).
    afterEach(() => vi.unstubAllGlobals());
    const stubUrls = () =>
      vi.stubGlobal(
        'URL',
        class extends URL {
          static override createObjectURL(blob: Blob): string {
            return `blob:${blob.size}`;
          }
          static override revokeObjectURL(): void {}
        },
      );
    const withCard = async (base: Awaited<ReturnType<typeof sampleVisit>>['base'], ja: string) =>
      addHostPerson(
        base,
        SAMPLE_TRIP_ID,
        { ...emptyPerson(), name: { ja }, organisation: { ja: '福岡県' } },
        await hashedCardPhoto({
          fileName: 'card.jpg',
          mimeType: 'image/jpeg',
          file: new Blob(['photo bytes']),
          thumbnail: new Blob(['small']),
        }),
      );

    it('shows its photo small on their card, opens it large from the keyboard, and keeps it through a deletion undone', async () => {
      stubUrls();
      const { base, trip } = await sampleVisit('福岡県庁');
      await withCard(base, '山田 太郎');
      await renderWithStore('ja', base, <PeoplePage tripId={trip.id} />);
      const user = userEvent.setup();

      const small = await screen.findByRole('button', { name: '山田 太郎の名刺' });
      expect(within(small).getByRole('img', { name: '山田 太郎の名刺' }).getAttribute('src')).toBe('blob:5');
      small.focus();
      await user.keyboard('{Enter}');
      const viewer = await screen.findByRole('dialog', { name: '山田 太郎の名刺' });
      expect(within(viewer).getByRole('img', { name: '山田 太郎の名刺' }).getAttribute('src')).toBe('blob:11');
      await user.click(within(viewer).getByRole('button', { name: '閉じる' }));
      expect(screen.queryByRole('dialog')).toBeNull();

      await user.click(screen.getByRole('button', { name: '山田 太郎を削除' }));
      await waitFor(() => expect(screen.queryByRole('button', { name: '山田 太郎の名刺' })).toBeNull());
      await user.click(screen.getByRole('button', { name: /元に戻す/ }));
      expect(await screen.findByRole('button', { name: '山田 太郎の名刺' })).toBeTruthy();
    });

    it('offers to download a photo that is not on this device yet, and says in Korean why it cannot come', async () => {
      stubUrls();
      const { base, trip } = await sampleVisit('福岡県庁');
      const person = await withCard(base, '山田 太郎');
      const id = person.cardAttachmentId ?? '';
      // Taken on another device, larger than what comes down with every sync: only its description is here.
      await base.db.attachmentBlobs.bulkDelete([id, `${id}:thumbnail`]);
      await renderWithStore('ko', base, <PeoplePage tripId={trip.id} />);
      const user = userEvent.setup();

      await user.click(await screen.findByRole('button', { name: '山田 太郎의 명함 내려받기' }));
      // This device syncs no trip: the photo cannot come, and the words say what to do.
      expect(
        await screen.findByText(
          '“山田 太郎의 명함”은 다른 기기에서 첨부되었는데, 이 기기는 이 연수를 동기화하지 않습니다. 동기화 화면에서 연수에 참여하면 내려받을 수 있습니다.',
        ),
      ).toBeTruthy();
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });
});
