import type { MemberInput } from '@shared/model';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderIn } from '../../../test/fixtures/render';
import { EMPTY_MEMBER, MemberForm } from './MemberForm';

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

  it('saves and clears the form for the next member, keeping the affiliation', async () => {
    const { onSubmitAndAddAnother } = await renderForm('ko', true);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('이름 *'), '박영희');
    await user.type(screen.getByLabelText('소속 지자체·기관 (한국어)'), '충청남도');
    await user.click(screen.getByRole('button', { name: '저장하고 계속 추가' }));
    expect(onSubmitAndAddAnother).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('박영희 님을 연수단에 추가했습니다.')).toBeTruthy();
    expect(screen.getByLabelText('이름 *')).toHaveProperty('value', '');
    expect(screen.getByLabelText('소속 지자체·기관 (한국어)')).toHaveProperty('value', '충청남도');
    expect(document.activeElement).toBe(screen.getByLabelText('이름 *'));
  });
});
