import type { Language } from '@shared/i18n/languages';
import type { Member, RecordId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { openTestStore } from '../../../test/fixtures/store';
import { listMembers } from '../../data/records/members';
import { loadSampleTrip } from '../../data/records/sampleTrip';
import { MemberPicker } from './MemberPicker';

/** The picker as the notes page holds it: the chosen writer kept in the page's state. */
function Picker({
  members,
  start,
  onChoose,
}: {
  members: Member[];
  start: RecordId | null;
  onChoose: (id: RecordId | null) => void;
}) {
  const [current, setCurrent] = useState(start);
  return (
    <MemberPicker
      members={members}
      current={current}
      bound={false}
      onChoose={(id) => {
        onChoose(id);
        setCurrent(id);
      }}
    />
  );
}

async function showPicker(start: 'nobody' | 'first', language: Language = 'ko') {
  const store = await openTestStore();
  await loadSampleTrip(store);
  const members = await listMembers(store.db, SAMPLE_TRIP_ID);
  const writers: (RecordId | null)[] = [];
  const first = start === 'first' ? (members[2]?.id ?? null) : null;
  await renderWithStore(
    language,
    store,
    <Picker members={members} start={first} onChoose={(id) => writers.push(id)} />,
  );
  return { members, writers, user: userEvent.setup() };
}

/** The members in the roster's order, by the name they go by in Korean. */
function byName(members: readonly Member[], name: string): Member {
  const member = members.find((one) => one.name === name);
  if (!member) throw new Error(`${name} is not on the sample roster`);
  return member;
}

/**
 * An arrow key on a closed select as Chromium handles it: the page's handlers
 * first and, unless one prevents it, the select steps to the next option and
 * says that it changed (jsdom has no such step of its own).
 */
function arrowOnClosedSelect(select: HTMLElement, key: 'ArrowDown' | 'ArrowUp') {
  if (!(select instanceof HTMLSelectElement) || !fireEvent.keyDown(select, { key, code: key })) return;
  const next = select.selectedIndex + (key === 'ArrowDown' ? 1 : -1);
  if (next < 0 || next >= select.options.length) return;
  select.selectedIndex = next;
  fireEvent.change(select);
}

describe('who is writing on this device', () => {
  it('is chosen from the roster while nobody is', async () => {
    const { members, writers, user } = await showPicker('nobody');
    // Each member with their affiliation in the interface language, as the roster gives it.
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toContain(
      '강원도 과학기술전문위원 · 강원도',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: '작성자' }), members[3]?.id ?? '');
    expect(writers).toEqual([members[3]?.id]);
    expect(screen.getByText(members[3]?.name ?? '-')).toBeTruthy();
    // The list is gone: the focus goes to "Change", not to the page's body.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '바꾸기' }));
  });

  it('does not change by an arrow key: only by "Change" and a choice, which is then said', async () => {
    const { members, writers, user } = await showPicker('first');
    expect(screen.queryByRole('combobox')).toBeNull();
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(writers).toEqual([]);

    await user.click(screen.getByRole('button', { name: '바꾸기' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '작성자' }), members[4]?.id ?? '');
    expect(writers).toEqual([members[4]?.id]);
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
      `이제 ${members[4]?.name} 님으로 씁니다`,
    );
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('goes only where arrow keys on the closed list point until Enter or OK chooses, and keeps the focus on the picker', async () => {
    const { members, writers, user } = await showPicker('nobody');
    await user.tab();
    const list = screen.getByRole('combobox', { name: '작성자' });
    expect(document.activeElement).toBe(list);
    for (let i = 0; i < 3; i++) arrowOnClosedSelect(list, 'ArrowDown');
    // Three steps are three members down, and nobody is chosen yet.
    expect(writers).toEqual([]);
    expect((list as HTMLSelectElement).value).toBe(members[2]?.id);
    expect(document.activeElement).toBe(list);

    await user.keyboard('{Enter}');
    expect(writers).toEqual([members[2]?.id]);
    const change = screen.getByRole('button', { name: '바꾸기' });
    expect(document.activeElement).toBe(change);

    // "Change" puts the focus on the list; Escape goes back to the same writer, the focus on "Change".
    await user.keyboard('{Enter}');
    const again = screen.getByRole('combobox', { name: '작성자' });
    expect(document.activeElement).toBe(again);
    arrowOnClosedSelect(again, 'ArrowDown');
    await user.keyboard('{Escape}');
    expect(writers).toEqual([members[2]?.id]);
    expect(screen.getByText(members[2]?.name ?? '-')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '바꾸기' }));

    // OK chooses the member the keys went to; leaving the list for elsewhere chooses nobody.
    await user.keyboard('{Enter}');
    arrowOnClosedSelect(screen.getByRole('combobox', { name: '작성자' }), 'ArrowDown');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '확인' }));
    await user.keyboard('{Enter}');
    expect(writers).toEqual([members[2]?.id, members[3]?.id]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '바꾸기' }));
    await user.keyboard('{Enter}');
    arrowOnClosedSelect(screen.getByRole('combobox', { name: '작성자' }), 'ArrowDown');
    await user.tab({ shift: true });
    expect(writers).toEqual([members[2]?.id, members[3]?.id]);
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByText(members[3]?.name ?? '-')).toBeTruthy();
  });

  it('finds a member by the first consonants of their Korean name typed on the list, as the Korean keyboard sends them', async () => {
    const { members, writers, user } = await showPicker('nobody');
    await user.tab();
    // r then t are ㄱ and ㅅ on the Korean keyboard: 경상북도, past 강원도 and 경기도, the first names in ㄱ.
    await user.keyboard('rt');
    const gyeongbuk = byName(members, '경상북도 과학기술전문위원');
    expect((screen.getByRole('combobox', { name: '작성자' }) as HTMLSelectElement).value).toBe(gyeongbuk.id);
    expect(writers).toEqual([]);
    await user.keyboard('{Enter}');
    expect(writers).toEqual([gyeongbuk.id]);
  });

  it('names members in Japanese as the hosts write them, the Korean name in the tooltip, and finds them by either', async () => {
    const { members, writers, user } = await showPicker('nobody', 'ja');
    const gangwon = byName(members, '강원도 과학기술전문위원');
    const option = await screen.findByRole('option', { name: '江原道 科学技術専門委員 · 江原道' });
    expect(option.getAttribute('title')).toBe('강원도 과학기술전문위원');
    expect(option.getAttribute('lang')).toBe('ja');

    await user.tab();
    await user.keyboard('rd');
    await user.keyboard('{Enter}');
    expect(writers).toEqual([gangwon.id]);
    const writer = screen.getByText('江原道 科学技術専門委員');
    expect(writer.getAttribute('title')).toBe('강원도 과학기술전문위원');
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
      '江原道 科学技術専門委員として記入します',
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '変更' }));
  });
});
