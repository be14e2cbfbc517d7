import type { HostPerson } from '@shared/model';
import { emptyPerson } from '@shared/people/directory';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderIn } from '../../../test/fixtures/render';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { asMember } from '../../data/database/store';
import { saveConnection } from '../../data/device/syncConnections';
import { useHostPeople } from '../../data/hooks/useHostPeople';
import { addHostPerson, listHostPeople } from '../../data/records/hostPeople';
import { HostPersonPicker, personFromTyped } from './HostPersonPicker';

/** The picker as a screen holds it: over the trip's directory, live. */
function OnScreen(props: Omit<Parameters<typeof HostPersonPicker>[0], 'directory'>) {
  return <HostPersonPicker {...props} directory={useHostPeople(props.trip.id)} />;
}

const CHIEF = {
  ...emptyPerson(),
  name: { ja: '福岡 太郎', ko: '후쿠오카 다로' },
  reading: 'ふくおか たろう',
  romanised: 'Fukuoka Taro',
  title: { ja: '企画課長', ko: '기획과장' },
  organisation: { ja: '福岡県庁', ko: '후쿠오카현청' },
  phone: '092-651-1111',
};

async function picker(language: 'ko' | 'ja') {
  const visit = await sampleVisit('福岡県庁');
  const chief = await addHostPerson(visit.base, SAMPLE_TRIP_ID, CHIEF);
  const onPick = vi.fn((_: HostPerson) => {});
  await renderIn(language, <OnScreen trip={visit.trip} label="만날 사람" onPick={onPick} />, visit.base);
  return { ...visit, chief, onPick };
}

describe('the host person picker', () => {
  it('finds a person by their kana reading and picks them by keyboard, as a copy naming their entry', async () => {
    const { chief, onPick } = await picker('ko');
    const user = userEvent.setup();
    const box = screen.getByRole('combobox', { name: '만날 사람' });
    await user.type(box, 'フク');
    const option = await screen.findByRole('option', { name: /후쿠오카 다로/ });
    expect(option.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(option.id);
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith({
      name: CHIEF.name,
      title: CHIEF.title,
      contact: '092-651-1111',
      personId: chief.id,
    });
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('finds a person by Hangul, whole syllables or first consonants, and by romaji, in Japanese', async () => {
    const { onPick, chief } = await picker('ja');
    const user = userEvent.setup();
    const box = screen.getByRole('combobox');
    for (const typed of ['후쿠', 'ㄷㄹ', 'taro']) {
      await user.clear(box);
      await user.type(box, typed);
      expect(await screen.findByRole('option', { name: /福岡 太郎/ })).toBeTruthy();
    }
    await user.click(screen.getByRole('option', { name: /福岡 太郎/ }));
    expect(onPick.mock.calls[0]?.[0].personId).toBe(chief.id);
  });

  it('adds the name typed as a new person on the spot and picks them', async () => {
    const { base, onPick } = await picker('ko');
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox'), 'やまだ はなこ');
    expect(screen.queryByRole('option', { name: /후쿠오카/ })).toBeNull();
    await user.click(screen.getByRole('option', { name: '+ “やまだ はなこ”를 새 인사로 추가' }));
    await waitFor(() => expect(onPick).toHaveBeenCalled());
    const added = (await listHostPeople(base.db, SAMPLE_TRIP_ID)).find((person) => person.reading === 'やまだ はなこ');
    expect(added).toMatchObject({ name: { ja: 'やまだ はなこ', ko: '야마다 하나코' }, romanised: 'Yamada Hanako' });
    expect(onPick.mock.calls[0]?.[0].personId).toBe(added?.id);
  });

  it('offers an interpreter the people but not adding one', async () => {
    const { base, trip, members } = await sampleVisit('福岡県庁');
    await addHostPerson(base, SAMPLE_TRIP_ID, CHIEF);
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
    await renderIn('ko', <OnScreen trip={trip} label="답변자" onPick={() => {}} />, asMember(base, interpreter.id));
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox'), '후쿠');
    expect(await screen.findByRole('option', { name: /후쿠오카 다로/ })).toBeTruthy();
    expect(screen.queryByRole('option', { name: /새 인사로 추가/ })).toBeNull();
  });

  it('puts a name typed in the field of its script', () => {
    expect(personFromTyped(' 김영수 ').name).toEqual({ ko: '김영수' });
    expect(personFromTyped('田中 一郎').name).toEqual({ ja: '田中 一郎' });
    expect(personFromTyped('Tanaka Ichiro')).toMatchObject({
      name: { en: 'Tanaka Ichiro' },
      romanised: 'Tanaka Ichiro',
    });
  });
});
