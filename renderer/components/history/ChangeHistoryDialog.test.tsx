import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { takeOutbox, twoDevices } from '../../../test/fixtures/twoDevices';
import { listItinerary, saveItineraryItem } from '../../data/records/itineraryItems';
import { updateMember } from '../../data/records/members';
import { updateTrip } from '../../data/records/trips';
import { ChangeHistoryButton } from './ChangeHistoryButton';

const MINUTE = 60_000;

/** The member's phone and the organiser's laptop change the member's affiliation at once; the laptop's wins. */
async function concurrentAffiliations() {
  const devices = await twoDevices();
  const { laptop, phone, member, later, send } = devices;
  const { id, tripId, createdAt, updatedAt, hlc, updatedBy, deletedAt, ...fields } = member;
  later(MINUTE);
  await updateMember(phone, id, { ...fields, affiliation: { ...fields.affiliation, ko: '강원도청 과학기술과' } });
  later(MINUTE);
  await updateMember(laptop, id, { ...fields, affiliation: { ...fields.affiliation, ko: '강원도 경제진흥국' } });
  await send(phone, laptop);
  await takeOutbox(laptop);
  return devices;
}

describe('the history of changes', () => {
  it('shows who changed which field when, marks the concurrent change, and restores it with undo (Korean)', async () => {
    const { laptop, member, organiser } = await concurrentAffiliations();
    await renderWithStore(
      'ko',
      laptop,
      <ChangeHistoryButton table="members" recordId={member.id} tripId={SAMPLE_TRIP_ID} label={member.name} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `${member.name}의 변경 이력` }));
    const dialog = await screen.findByRole('dialog', { name: `변경 이력: ${member.name}` });

    await within(dialog).findByText('만듦');
    // The laptop's change: the field in words, from the old value to the new one, by the organiser.
    const kept = within(dialog)
      .getAllByRole('listitem')
      .find((item) => item.textContent === '소속 지자체·기관 (한국어): 강원도 → 강원도 경제진흥국');
    expect(kept?.closest('.change-history__write')?.textContent).toContain(organiser.name);
    const lost = within(dialog).getByText('동시에 한 변경 (반영되지 않음)').closest('li') as HTMLElement;
    // Who and when: the member's name and the time in Korean.
    expect(lost.textContent).toContain(member.name);
    expect(lost.textContent).toMatch(/1996\. 10\. 24\./);
    expect(lost.textContent).toContain('강원도청 과학기술과');
    expect(lost.textContent).toContain('대신 남은 값:');

    // By keyboard: the restore button is a button in the dialog, taken with Enter.
    const restore = within(lost).getByRole('button', { name: '이 값으로 되돌리기' });
    restore.focus();
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect((await laptop.db.members.get(member.id))?.affiliation.ko).toBe('강원도청 과학기술과'),
    );
    expect((await laptop.db.outbox.toArray()).map((change) => change.value)).toEqual(['강원도청 과학기술과']);
    expect(screen.queryByRole('dialog')).toBeNull();

    const toast = await screen.findByRole('status');
    expect(toast.textContent).toContain('되돌림: 소속 지자체·기관 (한국어)');
    await user.click(within(toast).getByRole('button', { name: /^되돌리기/ }));
    await waitFor(async () =>
      expect((await laptop.db.members.get(member.id))?.affiliation.ko).toBe('강원도 경제진흥국'),
    );
  });

  it('says a trip’s changes in Japanese and English: the field in words, old and new value, who made it', async () => {
    const { laptop, phone, member, later, send } = await twoDevices();
    const trip = await phone.db.trips.get(SAMPLE_TRIP_ID);
    if (!trip) throw new Error('no trip');
    later(MINUTE);
    await updateTrip(phone, trip.id, { ...trip, endDate: '1996-10-31', title: { ...trip.title, ja: '日本研修' } });
    await send(phone, laptop);

    const { unmount } = await renderWithStore(
      'ja',
      laptop,
      <ChangeHistoryButton table="trips" recordId={trip.id} tripId={trip.id} label="STEPI" />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'STEPIの変更履歴' }));
    let dialog = await screen.findByRole('dialog', { name: '変更履歴: STEPI' });
    await within(dialog).findByText('作成');
    expect(dialog.textContent).toContain('最終日: 1996年10月29日火曜日 → 1996年10月31日木曜日');
    // Who made it, in the reader's script: the member's name for the hosts, the Korean one in its tooltip.
    await waitFor(() => expect(dialog.textContent).toContain(`${member.nameForHosts} · 1996/10/24`));
    const who = within(dialog).getByText(member.nameForHosts);
    expect(who.getAttribute('lang')).toBe('ja');
    expect(who.getAttribute('title')).toBe(member.name);
    expect(dialog.textContent).not.toContain(member.name);
    expect(within(dialog).getByText(/視察名（日本語）/)).toBeTruthy();
    expect(within(dialog).getByText('日本研修').getAttribute('lang')).toBe('ja');
    expect(within(dialog).queryByRole('button', { name: 'この値に戻す' })).toBeNull();
    unmount();

    await renderWithStore(
      'en',
      laptop,
      <ChangeHistoryButton table="trips" recordId={trip.id} tripId={trip.id} label="STEPI" />,
    );
    await user.click(screen.getByRole('button', { name: 'History of STEPI' }));
    dialog = await screen.findByRole('dialog', { name: 'History of changes: STEPI' });
    await within(dialog).findByText('Created');
    expect(dialog.textContent).toMatch(/Last day: .*October 29, 1996 → .*October 31, 1996/);
    expect(within(dialog).getByText(/Title in Japanese/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('names an item’s attendees and who changed them by their names for the hosts (Japanese)', async () => {
    const { laptop, member, organiser } = await twoDevices();
    const [item] = await listItinerary(laptop.db, SAMPLE_TRIP_ID);
    if (!item) throw new Error('no item');
    await saveItineraryItem(
      laptop,
      SAMPLE_TRIP_ID,
      { ...item, attendeeIds: [organiser.id, member.id] },
      { id: item.id },
    );
    await renderWithStore(
      'ja',
      laptop,
      <ChangeHistoryButton table="itineraryItems" recordId={item.id} tripId={SAMPLE_TRIP_ID} label="訪問" />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: '訪問の変更履歴' }));
    const dialog = await screen.findByRole('dialog', { name: '変更履歴: 訪問' });
    const change = (await within(dialog).findByText(/^参加者/)).closest('li') as HTMLElement;
    await waitFor(() => expect(change.textContent).toContain(`${organiser.nameForHosts}、${member.nameForHosts}`));
    expect(change.textContent).not.toContain(member.name);
    expect(
      within(change.closest('.change-history__write') as HTMLElement).getByText(organiser.nameForHosts),
    ).toBeTruthy();
  });

  it('says which language of the organiser changed, and a translation reviewed (Japanese)', async () => {
    const { laptop } = await twoDevices();
    const trip = await laptop.db.trips.get(SAMPLE_TRIP_ID);
    if (!trip) throw new Error('no trip');
    await updateTrip(laptop, trip.id, {
      ...trip,
      organiser: { ...trip.organiser, ja: '科学技術政策研究所' },
      // The sample's purpose comes with its Japanese reviewed: the organiser takes the review back.
      purpose: { ...trip.purpose, reviewed: { ja: false } },
    });
    await renderWithStore(
      'ja',
      laptop,
      <ChangeHistoryButton table="trips" recordId={trip.id} tripId={trip.id} label="STEPI" />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'STEPIの変更履歴' }));
    const dialog = await screen.findByRole('dialog', { name: '変更履歴: STEPI' });
    await within(dialog).findByText(/主催機関（日本語）/);
    expect(within(dialog).getByText('科学技術政策研究所').getAttribute('lang')).toBe('ja');
    expect(dialog.textContent).toContain('目的の日本語訳の確認');
    expect(dialog.textContent).toContain('確認済み');
    expect(dialog.textContent).toContain('未確認');
  });
});
