import type { Member, RecordId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen } from '@testing-library/react';
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

async function showPicker(start: 'nobody' | 'first') {
  const store = await openTestStore();
  await loadSampleTrip(store);
  const members = await listMembers(store.db, SAMPLE_TRIP_ID);
  const writers: (RecordId | null)[] = [];
  const first = start === 'first' ? (members[2]?.id ?? null) : null;
  await renderWithStore('ko', store, <Picker members={members} start={first} onChoose={(id) => writers.push(id)} />);
  return { members, writers, user: userEvent.setup() };
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
});
