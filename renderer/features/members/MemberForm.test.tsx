import type { MemberInput } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderIn } from '../../../test/fixtures/render';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { openTestStore } from '../../../test/fixtures/store';
import { listMembers } from '../../data/records/members';
import { loadSampleTrip } from '../../data/records/sampleTrip';
import { EMPTY_MEMBER, MemberForm } from './MemberForm';
import { NewMemberPage } from './MemberFormPage';

function renderForm(language: 'ko' | 'ja', withAddAnother = false) {
  const onSubmit = vi.fn(async (_: MemberInput) => {});
  const onSubmitAndAddAnother = vi.fn(async (_: MemberInput) => {});
  return renderIn(
    language,
    <MemberForm
      draftKey={`test:${Math.random()}`}
      basedOn={null}
      defaultValues={EMPTY_MEMBER}
      submitLabel="OK"
      knownAffiliations={(lang) => (lang === 'ko' ? ['경기도'] : [])}
      hostLanguage="ja"
      onSubmit={onSubmit}
      onSubmitAndAddAnother={withAddAnother ? onSubmitAndAddAnother : undefined}
      onCancel={() => {}}
    />,
  ).then(() => ({ onSubmit, onSubmitAndAddAnother }));
}

describe('member form', () => {
  it('asks for a name and a valid e-mail, in Korean', async () => {
    const { onSubmit } = await renderForm('ko');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('이메일'), 'kim@');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('필수 항목입니다.')).toBeTruthy();
    expect(screen.getByText('name@example.org 형식의 이메일 주소를 입력하세요.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks for a name in Japanese', async () => {
    const { onSubmit } = await renderForm('ja');
    await userEvent.setup().click(screen.getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('必須項目です。')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('saves a member with Korean and Japanese names and a role', async () => {
    const { onSubmit } = await renderForm('ko');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('이름 *'), '김철수');
    await user.type(screen.getByLabelText('상대측이 읽는 이름'), '金哲洙（キム・チョルス）');
    await user.type(screen.getByLabelText('소속 지자체·기관 (한국어)'), '경기도');
    await user.type(screen.getByLabelText('소속 지자체·기관 (일본어)'), '京畿道');
    await user.click(screen.getByLabelText('통역'));
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      name: '김철수',
      nameForHosts: '金哲洙（キム・チョルス）',
      affiliation: { ko: '경기도', ja: '京畿道', en: '' },
      role: 'interpreter',
      email: '',
      phone: '',
    });
  });

  it('starts the next member empty after "save and add another": no affiliation in any language, the usual role', async () => {
    const { onSubmitAndAddAnother } = await renderForm('ko', true);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('이름 *'), '박영희');
    await user.type(screen.getByLabelText('소속 지자체·기관 (한국어)'), '충청북도');
    await user.type(screen.getByLabelText('소속 지자체·기관 (일본어)'), '忠清北道');
    await user.click(screen.getByLabelText('주관'));
    await user.click(screen.getByRole('button', { name: '저장하고 계속 추가' }));
    expect(await screen.findByText('박영희 님을 연수단에 추가했습니다.')).toBeTruthy();
    expect(onSubmitAndAddAnother.mock.calls[0]?.[0]).toMatchObject({
      affiliation: { ko: '충청북도', ja: '忠清北道', en: '' },
      role: 'organiser',
    });
    expect(document.activeElement).toBe(screen.getByLabelText('이름 *'));
    for (const label of ['이름 *', '소속 지자체·기관 (한국어)', '소속 지자체·기관 (일본어)', '소속 지자체·기관 (영어)'])
      expect(screen.getByLabelText(label)).toHaveProperty('value', '');
    expect(screen.getByLabelText('단원')).toHaveProperty('checked', true);

    // The next member's affiliation, typed in Korean only, is saved in Korean only.
    await user.type(screen.getByLabelText('이름 *'), '이민수');
    await user.type(screen.getByLabelText('소속 지자체·기관 (한국어)'), '청주시');
    await user.click(screen.getByRole('button', { name: '저장하고 계속 추가' }));
    expect(await screen.findByText('이민수 님을 연수단에 추가했습니다.')).toBeTruthy();
    expect(onSubmitAndAddAnother.mock.calls[1]?.[0]).toMatchObject({
      name: '이민수',
      affiliation: { ko: '청주시', ja: '', en: '' },
      role: 'member',
    });
  });

  it('starts the next member empty after "save and add another", in Japanese', async () => {
    const { onSubmitAndAddAnother } = await renderForm('ja', true);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('氏名 *'), '朴英姫');
    await user.type(screen.getByLabelText('所属自治体・機関（韓国語）'), '충청북도');
    await user.type(screen.getByLabelText('所属自治体・機関（日本語）'), '忠清北道');
    await user.click(screen.getByLabelText('通訳'));
    await user.click(screen.getByRole('button', { name: '保存して続けて追加' }));
    expect(await screen.findByText('朴英姫さんを視察団に追加しました。')).toBeTruthy();
    for (const label of [
      '氏名 *',
      '所属自治体・機関（韓国語）',
      '所属自治体・機関（日本語）',
      '所属自治体・機関（英語）',
    ])
      expect(screen.getByLabelText(label)).toHaveProperty('value', '');
    expect(screen.getByLabelText('団員')).toHaveProperty('checked', true);

    await user.type(screen.getByLabelText('氏名 *'), '李敏洙');
    await user.type(screen.getByLabelText('所属自治体・機関（日本語）'), '清州市');
    await user.click(screen.getByRole('button', { name: '保存して続けて追加' }));
    expect(await screen.findByText('李敏洙さんを視察団に追加しました。')).toBeTruthy();
    expect(onSubmitAndAddAnother.mock.calls[1]?.[0]).toMatchObject({
      affiliation: { ko: '', ja: '清州市', en: '' },
      role: 'member',
    });
  });
});

describe('new member page', () => {
  it('keeps nothing of the member just added, in the form or in its draft after a reload', async () => {
    const store = await openTestStore();
    await loadSampleTrip(store);
    const user = userEvent.setup();
    const page = await renderWithStore('ko', store, <NewMemberPage tripId={SAMPLE_TRIP_ID} />);
    await user.type(await screen.findByLabelText('이름 *'), '박영희');
    await user.type(screen.getByLabelText('소속 지자체·기관 (한국어)'), '충청북도');
    await user.type(screen.getByLabelText('소속 지자체·기관 (일본어)'), '忠清北道');
    await user.click(screen.getByLabelText('주관'));
    await user.click(screen.getByRole('button', { name: '저장하고 계속 추가' }));
    await screen.findByText('박영희 님을 연수단에 추가했습니다.');

    // The app closed and opened again on the same form: no draft puts the last member's values back.
    page.unmount();
    await renderWithStore('ko', store, <NewMemberPage tripId={SAMPLE_TRIP_ID} />);
    const name = await screen.findByLabelText('이름 *');
    await user.type(name, '이민수');
    await user.type(screen.getByLabelText('소속 지자체·기관 (한국어)'), '청주시');
    expect(screen.queryByText('저장하지 않았던 입력 내용을 복원했습니다.')).toBeNull();
    expect(screen.getByLabelText('소속 지자체·기관 (일본어)')).toHaveProperty('value', '');
    await user.click(screen.getByRole('button', { name: '저장하고 계속 추가' }));
    await screen.findByText('이민수 님을 연수단에 추가했습니다.');

    const added = (await listMembers(store.db, SAMPLE_TRIP_ID)).filter((m) => ['박영희', '이민수'].includes(m.name));
    expect(added.map(({ name, affiliation, role }) => ({ name, affiliation, role }))).toEqual([
      { name: '박영희', affiliation: { ko: '충청북도', ja: '忠清北道', en: '' }, role: 'organiser' },
      { name: '이민수', affiliation: { ko: '청주시', ja: '', en: '' }, role: 'member' },
    ]);
  });
});
