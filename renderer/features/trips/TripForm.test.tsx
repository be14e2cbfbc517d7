import type { Language } from '@shared/i18n/languages';
import type { Trip, TripInput } from '@shared/model';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { messageFor, renderIn } from '../../../test/fixtures/render';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { openTestStore } from '../../../test/fixtures/store';
import type { CommitDraft } from '../../components/useFormDraft';
import { keepDraft } from '../../data/drafts/drafts';
import { createTrip, updateTrip } from '../../data/records/trips';
import { newTripDefaults, TripForm } from './TripForm';
import { EditTripPage } from './TripFormPage';

/** The defaults of a delegation writing `home` from Seoul, visiting hosts who write the other of Korean and Japanese. */
function defaultsFor(home: Language): TripInput {
  const host: Language = home === 'ja' ? 'ko' : 'ja';
  const hostZone = host === 'ja' ? 'Asia/Tokyo' : 'Asia/Seoul';
  return newTripDefaults({
    home: { language: home, timeZone: 'Asia/Seoul' },
    host: { language: host, timeZone: hostZone },
  });
}

function renderForm(language: 'ko' | 'ja' | 'en', onSubmit = vi.fn(async (_: TripInput) => {})) {
  return renderIn(
    language,
    <TripForm
      draftKey={`test:${Math.random()}`}
      basedOn={null}
      defaultValues={defaultsFor(language)}
      submitLabel="OK"
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
  ).then(() => onSubmit);
}

describe('trip form', () => {
  it('tells what is wrong in Korean, next to each field', async () => {
    const onSubmit = await renderForm('ko');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('첫날 *'), '1996-10-29');
    await user.type(screen.getByLabelText('마지막 날 *'), '1996-10-20');
    await user.clear(screen.getByLabelText(/방문지/));
    await user.type(screen.getByLabelText(/방문지/), 'Tokio');
    await user.click(screen.getByRole('button', { name: 'OK' }));

    expect(await screen.findByText('표시된 항목을 고쳐 주세요.')).toBeTruthy();
    expect(messageFor(screen.getByLabelText('한국어 *'))).toBe('필수 항목입니다.');
    expect(messageFor(screen.getByLabelText('마지막 날 *'))).toBe('마지막 날이 첫날보다 앞섭니다.');
    expect(messageFor(screen.getByLabelText(/방문지/))).toBe(
      '도시나 나라 이름(예: 오사카, 大阪, Osaka)이나 Asia/Tokyo 같은 시간대를 입력하세요.',
    );
    expect(screen.getByLabelText('한국어 *').getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('tells what is wrong in Japanese, and requires the title in the delegation’s language', async () => {
    const onSubmit = await renderForm('ja');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('印の付いた項目を修正してください。')).toBeTruthy();
    expect(messageFor(screen.getByLabelText('日本語 *'))).toBe('必須項目です。');
    expect(messageFor(screen.getByLabelText('韓国語'))).toBeNull();
    expect(messageFor(screen.getByLabelText('初日 *'))).toBe('必須項目です。');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says how long a title may be when it is too long (a 20,000-character paste), in each language', async () => {
    for (const [language, label, message] of [
      ['ko', '한국어 *', '200자까지 쓸 수 있습니다.'],
      ['ja', '日本語 *', '200文字まで入力できます。'],
    ] as const) {
      const onSubmit = await renderForm(language);
      fireEvent.change(screen.getByLabelText(label), { target: { value: '연'.repeat(20_000) } });
      await userEvent.setup().click(screen.getByRole('button', { name: 'OK' }));
      await waitFor(() => expect(messageFor(screen.getByLabelText(label))).toBe(message));
      expect(onSubmit).not.toHaveBeenCalled();
      cleanup();
    }
  });

  it('submits a valid trip', async () => {
    const onSubmit = await renderForm('en');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('In English *'), 'Study visit to Fukuoka');
    await user.type(screen.getByLabelText('In Japanese'), '福岡視察');
    await user.type(screen.getByLabelText('Purpose'), '지역 과학기술 정책을 배운다');
    await user.type(screen.getByLabelText('First day *'), '1996-10-20');
    await user.type(screen.getByLabelText('Last day *'), '1996-10-29');
    await user.click(screen.getByRole('button', { name: 'OK' }));

    expect(onSubmit).toHaveBeenCalledTimes(1);
    const trip = onSubmit.mock.calls[0]?.[0];
    expect(trip).toMatchObject({
      title: { en: 'Study visit to Fukuoka', ja: '福岡視察' },
      languages: { home: 'en', host: 'ja' },
      purpose: { text: '지역 과학기술 정책을 배운다' },
      destinationTimeZone: 'Asia/Tokyo',
    });
  });

  it('shows a save failure without losing what was typed', async () => {
    const onSubmit = vi.fn(async () => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    });
    await renderForm('ko', onSubmit);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('한국어 *'), '후쿠오카 연수');
    await user.type(screen.getByLabelText('첫날 *'), '1996-10-20');
    await user.type(screen.getByLabelText('마지막 날 *'), '1996-10-29');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    const alert = await screen.findByText(/저장 공간이 가득 찼습니다/);
    expect(within(alert.closest('form') as HTMLElement).getByLabelText('한국어 *')).toHaveProperty(
      'value',
      '후쿠오카 연수',
    );
  });

  it('cancels the Enter that confirms an input-method conversion, and only that Enter', async () => {
    await renderForm('ja');
    const title = screen.getByLabelText('日本語 *');
    const enter = (init: KeyboardEventInit) =>
      title.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));
    // dispatchEvent answers false when a handler cancelled the event: the browser then neither submits nor saves.
    expect(enter({ isComposing: true })).toBe(false);
    expect(enter({ keyCode: 229 })).toBe(false);
    expect(enter({})).toBe(true);
  });

  it('takes the organising institution in each language, each input marked with its language (Japanese)', async () => {
    const onSubmit = await renderForm('ja');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('日本語 *'), '福岡視察');
    await user.type(screen.getByLabelText('初日 *'), '1996-10-20');
    await user.type(screen.getByLabelText('最終日 *'), '1996-10-29');
    await user.type(screen.getByLabelText('主催機関（韓国語）'), '경기도청 과학기술과');
    await user.type(screen.getByLabelText('主催機関（日本語）'), '京畿道庁 科学技術課');
    expect(screen.getByLabelText('主催機関（日本語）').getAttribute('lang')).toBe('ja');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0].organiser).toEqual({
      ko: '경기도청 과학기술과',
      ja: '京畿道庁 科学技術課',
      en: '',
    });
  });

  it('takes the destination’s zone by a city typed in Japanese (大阪 → Asia/Tokyo)', async () => {
    const onSubmit = await renderForm('ja');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('日本語 *'), '大阪視察');
    await user.type(screen.getByLabelText('初日 *'), '2027-03-08');
    await user.type(screen.getByLabelText('最終日 *'), '2027-03-14');
    const destination = screen.getByRole('combobox', { name: /訪問地/ });
    await user.clear(destination);
    await user.type(destination, '大阪');
    expect(await screen.findByRole('option', { name: /^大阪 — Asia\/Tokyo \(GMT\+9\)/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      homeTimeZone: 'Asia/Seoul',
      destinationTimeZone: 'Asia/Tokyo',
    });
    expect(destination).toHaveProperty('value', 'Asia/Tokyo');
  });

  it('submits with a plain Enter once the form is valid', async () => {
    const onSubmit = await renderForm('ja');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('日本語 *'), '福岡視察');
    await user.type(screen.getByLabelText('初日 *'), '1996-10-20');
    await user.type(screen.getByLabelText('最終日 *'), '1996-10-29');
    await user.type(screen.getByLabelText('日本語 *'), '{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

describe('trip form drafts', () => {
  // The page saves through `commit`, which forgets the draft with the save.
  const saved = vi.fn(async (_: TripInput, commit: CommitDraft) => {
    await commit(async () => {});
  });

  function form(draftKey: string, onSubmit = saved) {
    return (
      <TripForm
        draftKey={draftKey}
        basedOn={null}
        defaultValues={defaultsFor('ko')}
        submitLabel="OK"
        onSubmit={onSubmit}
        onCancel={() => {}}
      />
    );
  }

  it('brings back unsaved input after the form is closed and opened again, until discarded', async () => {
    const key = `draft-test:${Math.random()}`;
    const store = await openTestStore();
    const first = await renderIn('ko', form(key), store);
    await userEvent.setup().type(screen.getByLabelText('한국어 *'), '가나가와 연수');
    await new Promise((resolve) => setTimeout(resolve, 100));
    first.unmount();

    await renderIn('ko', form(key), store);
    expect(await screen.findByText('저장하지 않았던 입력 내용을 복원했습니다.')).toBeTruthy();
    expect(screen.getByLabelText('한국어 *')).toHaveProperty('value', '가나가와 연수');

    await userEvent.setup().click(screen.getByRole('button', { name: '버리기' }));
    expect(screen.getByLabelText('한국어 *')).toHaveProperty('value', '');
    expect(screen.queryByText('저장하지 않았던 입력 내용을 복원했습니다.')).toBeNull();
  });

  it('forgets the draft once the trip is saved', async () => {
    const key = `draft-test:${Math.random()}`;
    const store = await openTestStore();
    const first = await renderIn('ko', form(key), store);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('한국어 *'), '기후 연수');
    await user.type(screen.getByLabelText('첫날 *'), '1996-10-24');
    await user.type(screen.getByLabelText('마지막 날 *'), '1996-10-24');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await user.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    first.unmount();

    await renderIn('ko', form(key), store);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByLabelText('한국어 *')).toHaveProperty('value', '');
    expect(screen.queryByText('저장하지 않았던 입력 내용을 복원했습니다.')).toBeNull();
  });

  it('offers, rather than puts back, input typed over values that changed since', async () => {
    const store = await openTestStore();
    const key = `draft-test:${Math.random()}`;
    const values = { ...defaultsFor('ko'), title: { ko: '예전에 입력한 제목', ja: '', en: '' } };
    await keepDraft(store, { key, kind: 'form', value: values, basedOn: 'the version it was typed over' });
    await renderIn(
      'ko',
      <TripForm
        draftKey={key}
        basedOn="a newer version"
        defaultValues={defaultsFor('ko')}
        submitLabel="OK"
        onSubmit={saved}
        onCancel={() => {}}
      />,
      store,
    );
    expect(await screen.findByText(/저장하지 않은 내용이 있지만, 그 뒤에 저장된 값이 바뀌어/)).toBeTruthy();
    expect(screen.getByLabelText('한국어 *')).toHaveProperty('value', '');
    await userEvent.setup().click(screen.getByRole('button', { name: '그 입력 내용으로 되돌리기' }));
    expect(screen.getByLabelText('한국어 *')).toHaveProperty('value', '예전에 입력한 제목');
  });

  it('keeps an offered draft while the user types in the form meanwhile', async () => {
    const store = await openTestStore();
    const key = `draft-test:${Math.random()}`;
    const old = { ...defaultsFor('ko'), organiser: { ko: '지난번에 입력한 주관 기관' } };
    await keepDraft(store, { key, kind: 'form', value: old, basedOn: 'v1' });
    const form = (
      <TripForm
        draftKey={key}
        basedOn="v2"
        defaultValues={defaultsFor('ko')}
        submitLabel="OK"
        onSubmit={saved}
        onCancel={() => {}}
      />
    );
    const first = await renderIn('ko', form, store);
    await screen.findByText(/그 뒤에 저장된 값이 바뀌어/);
    await userEvent.setup().type(screen.getByLabelText('한국어 *'), '기후');
    await new Promise((resolve) => setTimeout(resolve, 100));
    first.unmount();

    await renderIn('ko', form, store);
    expect(await screen.findByText(/그 뒤에 저장된 값이 바뀌어/)).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: '그 입력 내용으로 되돌리기' }));
    expect(screen.getByLabelText('주관 기관 (한국어)')).toHaveProperty('value', '지난번에 입력한 주관 기관');
  });
});

describe('the trip edit form', () => {
  it('never puts a draft back over values changed after the form opened', async () => {
    const store = await openTestStore();
    const trip = await createTrip(store, {
      ...defaultsFor('ko'),
      title: { ko: '기후 연수', ja: '', en: '' },
      startDate: '1996-10-24',
      endDate: '1996-10-30',
    });
    const first = await renderWithStore('ko', store, <EditTripPage tripId={trip.id} />);
    const organiser = await screen.findByLabelText('주관 기관 (한국어)');
    fireEvent.change(organiser, { target: { value: 'STEPI' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Another window gives the trip its Japanese title while this form is open.
    await updateTrip(store, trip.id, { ...tripFields(trip), title: { ko: '기후 연수', ja: '岐阜研修', en: '' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/그 뒤에 저장된 값이 바뀌어/)).toBeNull();
    fireEvent.change(organiser, { target: { value: 'STEPI 과학기술정책' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    first.unmount();

    await renderWithStore('ko', store, <EditTripPage tripId={trip.id} />);
    expect(await screen.findByText(/그 뒤에 저장된 값이 바뀌어/)).toBeTruthy();
    expect(screen.getByLabelText('일본어')).toHaveProperty('value', '岐阜研修');
  });
});

function tripFields({ id, createdAt, updatedAt, hlc, updatedBy, deletedAt, ...fields }: Trip): TripInput {
  return fields;
}
