import type { ItineraryItemInput } from '@shared/itinerary/input';
import { derivedPersonId, emptyPerson } from '@shared/people/directory';
import { FUKUOKA_GOVERNOR, SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderIn } from '../../../test/fixtures/render';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { addHostPerson, updateHostPerson } from '../../data/records/hostPeople';
import { ItemForm } from './ItemForm';
import { itemFormValues } from './itemFormValues';

async function fukuokaVisitForm() {
  const visit = await sampleVisit('福岡県庁');
  const onSubmit = vi.fn(async (_: ItineraryItemInput) => {});
  await renderIn(
    'ko',
    <ItemForm
      trip={visit.trip}
      members={visit.members}
      draftKey={`test:${Math.random()}`}
      basedOn={visit.visit.hlc}
      defaultValues={itemFormValues(visit.visit)}
      submitLabel="OK"
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
    visit.base,
  );
  return { ...visit, onSubmit };
}

describe('an itinerary item’s people to meet', () => {
  it('shows each as the directory now says: a correction made once shows on the item', async () => {
    const { base, visit } = await fukuokaVisitForm();
    const people = screen.getByRole('group', { name: '만날 사람' });
    const governor = await within(people).findByRole('listitem', { name: '1번째 사람' });
    expect(governor.textContent).toContain('후쿠오카현 지사');

    // The sample's governor, a copy without personId, is corrected once on the People screen.
    await updateHostPerson(base, SAMPLE_TRIP_ID, derivedPersonId(SAMPLE_TRIP_ID, FUKUOKA_GOVERNOR), {
      ...emptyPerson(),
      name: { ja: '麻生 渡', ko: '아소 와타루' },
      reading: 'あそう わたる',
      title: { ja: '福岡県知事', ko: '후쿠오카현 지사님' },
    });
    await waitFor(() => expect(governor.textContent).toContain('아소 와타루'));
    expect(governor.textContent).toContain('후쿠오카현 지사님');
    expect(visit.host?.contacts[0]?.personId).toBeUndefined();
  });

  it('picks a person from the directory, replaces the old copy with them, and saves a copy naming them', async () => {
    const { base, onSubmit } = await fukuokaVisitForm();
    const chief = await addHostPerson(base, SAMPLE_TRIP_ID, {
      ...emptyPerson(),
      name: { ja: '福岡 太郎', ko: '후쿠오카 다로' },
      reading: 'ふくおか たろう',
      title: { ja: '企画課長', ko: '기획과장' },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '1번째 사람 바꾸기' }));
    const replace = screen.getByRole('combobox', { name: '1번째 사람 대신 넣을 사람' });
    expect(document.activeElement).toBe(replace);
    await user.type(replace, 'ふく');
    await user.click(await screen.findByRole('option', { name: /후쿠오카 다로/ }));
    const row = screen.getByRole('listitem', { name: '1번째 사람' });
    expect(row.textContent).toContain('기획과장');

    await user.type(screen.getByRole('combobox', { name: '만날 사람 추가' }), '후쿠오카현');
    await user.keyboard('{Enter}');
    expect((await screen.findByRole('listitem', { name: '2번째 사람' })).textContent).toContain('후쿠오카현 지사');

    await user.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    const contacts = onSubmit.mock.calls[0]?.[0].host?.contacts;
    expect(contacts?.map((contact) => contact.personId)).toEqual([
      chief.id,
      derivedPersonId(SAMPLE_TRIP_ID, FUKUOKA_GOVERNOR),
    ]);
    expect(contacts?.[0]).toMatchObject({ name: { ja: '福岡 太郎', ko: '후쿠오카 다로' }, title: { ko: '기획과장' } });
  });
});
