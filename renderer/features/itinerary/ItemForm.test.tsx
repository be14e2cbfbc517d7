import type { ItineraryItemInput } from '@shared/itinerary/input';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { tripRecord } from '../../../test/fixtures/itinerary';
import { messageFor, renderIn } from '../../../test/fixtures/render';
import { ItemForm } from './ItemForm';
import { newItemValues } from './itemFormValues';

const trip = tripRecord();

function renderForm(language: 'ko' | 'ja') {
  const onSubmit = vi.fn(async (_: ItineraryItemInput) => {});
  return renderIn(
    language,
    <ItemForm
      trip={trip}
      members={[]}
      draftKey={`test:${Math.random()}`}
      basedOn={null}
      defaultValues={newItemValues(trip, '1996-10-22', language)}
      submitLabel="OK"
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
  ).then(() => onSubmit);
}

describe('itinerary item form', () => {
  it('asks for the host’s name in the delegation’s language and an end after the start, in Korean', async () => {
    const onSubmit = await renderForm('ko');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('기관명 (일본어)'), '福岡県庁');
    await user.type(screen.getByLabelText('시작'), '15:20');
    await user.type(screen.getByLabelText('종료'), '15:00');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(messageFor(await screen.findByLabelText('기관명 (한국어) *'))).toBe('필수 항목입니다.');
    expect(messageFor(screen.getByLabelText('종료'))).toBe('끝나는 시각이 시작 시각보다 앞섭니다.');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('saves a visit with its host, and the lecture fields change with the kind, in Japanese', async () => {
    const onSubmit = await renderForm('ja');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('名称（韓国語） *'), '후쿠오카현청');
    await user.type(screen.getByLabelText('名称（日本語）'), '福岡県庁');
    await user.type(screen.getByLabelText('住所（日本語）'), '福岡県福岡市博多区東公園7-7');
    await user.type(screen.getByLabelText('住所（韓国語）'), '후쿠오카현 후쿠오카시 하카타구 히가시코엔 7-7');
    await user.type(screen.getByLabelText('開始'), '15:20');
    await user.type(screen.getByLabelText('終了'), '16:10');
    // Seoul and Tokyo read alike: no time at home beside the visit's.
    expect(screen.queryByText(/韓国標準時/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      kind: 'visit',
      host: {
        name: { ko: '후쿠오카현청', ja: '福岡県庁' },
        address: { ko: '후쿠오카현 후쿠오카시 하카타구 히가시코엔 7-7', ja: '福岡県福岡市博多区東公園7-7', en: '' },
      },
      startTime: '15:20',
      endTime: '16:10',
      timeZone: 'Asia/Tokyo',
      location: {},
      attendeeIds: null,
    });

    await user.click(screen.getByRole('radio', { name: '講演' }));
    expect(screen.getByText('タイトル')).toBeTruthy();
    expect(screen.getByLabelText('韓国語 *')).toBeTruthy();
    expect(screen.getByLabelText('場所（日本語）').getAttribute('lang')).toBe('ja');
  });

  it('reads a day and times as typed in Korean or Japanese, and shows them as 2026-10-21 and 15:20 whatever the browser’s locale', async () => {
    const onSubmit = await renderForm('ko');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('기관명 (한국어) *'), '후쿠오카현청');
    const day = screen.getByLabelText('날짜 *') as HTMLInputElement;
    await user.clear(day);
    await user.type(day, '1996년 10월 23일');
    await user.type(screen.getByLabelText('시작'), '오후 3:20');
    await user.type(screen.getByLabelText('종료'), '午後4時10分');
    await user.tab();
    expect(day.value).toBe('1996-10-23');
    expect((screen.getByLabelText('시작') as HTMLInputElement).value).toBe('15:20');
    expect((screen.getByLabelText('종료') as HTMLInputElement).value).toBe('16:10');
    expect(screen.getByLabelText('시작').getAttribute('placeholder')).toBe('예: 15:20');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ date: '1996-10-23', startTime: '15:20', endTime: '16:10' });
  });

  it('says what it expects of a day or a time it cannot read, and saves nothing', async () => {
    const onSubmit = await renderForm('ja');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('名称（韓国語） *'), '후쿠오카현청');
    await user.type(screen.getByLabelText('開始'), '夕方');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(messageFor(await screen.findByLabelText('開始'))).toBe('時刻を24時間制の時:分で入力してください。例：15:20');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('takes the zone of a city typed in Korean and shows the time at home, without a pick from the list', async () => {
    const onSubmit = await renderForm('ko');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('기관명 (한국어) *'), '타이베이 시청');
    await user.type(screen.getByLabelText('시작'), '15:00');
    const zone = screen.getByRole('combobox', { name: /^시간대/ });
    await user.clear(zone);
    await user.type(zone, '타이베이');
    expect(await screen.findByText('한국 표준시 오후 4:00')).toBeTruthy();
    expect(screen.getByText('대만 표준시 (GMT+8)')).toBeTruthy();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ startTime: '15:00', timeZone: 'Asia/Taipei' });
  });
});
