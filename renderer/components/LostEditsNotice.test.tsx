import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/fixtures/renderWithStore';
import { twoDevices } from '../../test/fixtures/twoDevices';
import type { Store } from '../data/database/store';
import { updateMember } from '../data/records/members';
import { LostEditsNotice } from './LostEditsNotice';

async function setPhone(store: Store, memberId: string, phone: string) {
  const member = await store.db.members.get(memberId);
  if (!member) throw new Error('No such member');
  const { name, nameForHosts, affiliation, role, email } = member;
  await updateMember(store, member.id, { name, nameForHosts, affiliation, role, email, phone });
}

/** The member's phone number changed on both devices while apart: the organiser's laptop, later, wins. */
async function phoneNumberEditedOnBoth() {
  const devices = await twoDevices();
  const { laptop, phone, member, later, send } = devices;
  await setPhone(phone, member.id, '010-1234-5678');
  later(60_000);
  await setPhone(laptop, member.id, '010-9999-0000');
  await send(phone, laptop);
  await send(laptop, phone);
  return devices;
}

describe('lost edits', () => {
  it('tells the writer whose edit lost to one made at the same time elsewhere, once, until read', async () => {
    const { phone, member } = await phoneNumberEditedOnBoth();
    expect((await phone.db.members.get(member.id))?.phone).toBe('010-9999-0000');

    await renderWithStore('ko', phone, <LostEditsNotice tripId={SAMPLE_TRIP_ID} />);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('내 수정 1건이');
    expect(notice.textContent).toContain('이력');
    await act(() => userEvent.click(screen.getByRole('button', { name: '확인' })));
    await expect.poll(() => screen.queryByRole('alert')).toBeNull();
  });

  it('says nothing on the device whose edit won', async () => {
    const { laptop } = await phoneNumberEditedOnBoth();
    await renderWithStore('ja', laptop, <LostEditsNotice tripId={SAMPLE_TRIP_ID} />);
    expect(await laptop.db.lostChanges.count()).toBe(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
