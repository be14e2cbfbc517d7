import type { Member, RecordId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/fixtures/renderWithStore';
import { openTestStore } from '../../test/fixtures/store';
import { listMembers } from '../data/records/members';
import { loadSampleTrip } from '../data/records/sampleTrip';
import { MemberSelect } from './MemberSelect';

async function sampleMembers() {
  const store = await openTestStore();
  await loadSampleTrip(store);
  const members = await listMembers(store.db, SAMPLE_TRIP_ID);
  const named = (name: string): Member => {
    const member = members.find((one) => one.name === name);
    if (!member) throw new Error(`${name} is not on the sample roster`);
    return member;
  };
  return { store, members, named };
}

describe('a list of the delegation’s members', () => {
  it('names them in Japanese as the hosts write them, and a form’s list takes a member found by Korean initials (Q&A asker)', async () => {
    const { store, members, named } = await sampleMembers();
    const chosen: (RecordId | null)[] = [];
    await renderWithStore(
      'ja',
      store,
      <label>
        質問者
        <MemberSelect members={members} value={null} noneLabel="記録なし" onChange={(id) => chosen.push(id)} />
      </label>,
    );
    const option = await screen.findByRole('option', { name: '済州道 科学技術専門委員' });
    expect(option.getAttribute('title')).toBe('제주도 과학기술전문위원');
    expect(screen.queryByRole('option', { name: '제주도 과학기술전문위원' })).toBeNull();

    // w is ㅈ on the Korean keyboard: 전라북도, the first name in ㅈ; a form's list takes it as chosen.
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: '質問者' }));
    await user.keyboard('w');
    expect(chosen).toEqual([named('전라북도 과학기술전문위원').id]);
  });

  it('leaves an arrow key’s step to its caller when it asks to: nothing is chosen', async () => {
    const { store, members } = await sampleMembers();
    const chosen: (RecordId | null)[] = [];
    const moved: (RecordId | null)[] = [];
    await renderWithStore(
      'ko',
      store,
      <label>
        작성자
        <MemberSelect
          members={members}
          value={members[0]?.id ?? null}
          noneLabel="본인을 선택하세요…"
          onChange={(id) => chosen.push(id)}
          onMove={(id) => moved.push(id)}
        />
      </label>,
    );
    const list = screen.getByRole('combobox', { name: '작성자' });
    // Prevented, the browser's own step (which would say the select changed) does not happen.
    expect(fireEvent.keyDown(list, { key: 'ArrowDown', code: 'ArrowDown' })).toBe(false);
    expect(fireEvent.keyDown(list, { key: 'End', code: 'End' })).toBe(false);
    expect(moved).toEqual([members[1]?.id, members.at(-1)?.id]);
    expect(chosen).toEqual([]);
  });
});
