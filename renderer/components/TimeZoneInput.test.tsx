import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderIn } from '../../test/fixtures/render';
import { Field } from './Field';
import { TimeZoneInput } from './TimeZoneInput';

/** The field in a form of its own, saying beside it which zone the form holds. */
function ZoneForm({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <form>
      <Field label="Zone">
        {(control) => (
          <TimeZoneInput {...control} name="zone" value={value} onChange={setValue} onBlur={() => {}} on="2027-03-08" />
        )}
      </Field>
      <output aria-label="stored">{value}</output>
      <button type="button">next</button>
    </form>
  );
}

async function renderField(language: 'ko' | 'ja' | 'en', initial = '') {
  await renderIn(language, <ZoneForm initial={initial} />);
  return screen.getByRole('combobox', { name: 'Zone' });
}

const stored = () => screen.getByLabelText('stored').textContent;

describe('time zone field', () => {
  it('takes a city typed in Korean as its zone when the field is left', async () => {
    const input = await renderField('ko');
    const user = userEvent.setup();
    await user.type(input, '오사카');
    // The places load with the first zone field (on a busy machine, after the first keystrokes).
    await screen.findAllByRole('option', {}, { timeout: 3000 });
    await user.tab();
    expect(stored()).toBe('Asia/Tokyo');
    expect(input).toHaveProperty('value', 'Asia/Tokyo');
    expect(screen.getByText('일본 표준시 (GMT+9)')).toBeTruthy();
  });

  it('suggests cities typed in Japanese with their zone, offset and local time, picked by keyboard', async () => {
    const input = await renderField('ja', 'Asia/Seoul');
    const user = userEvent.setup();
    await user.clear(input);
    await user.type(input, '大');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent?.replace(/現地.*$/, ''))).toContain('大阪 — Asia/Tokyo (GMT+9)');
    expect(options[0]?.textContent).toMatch(/現地 \d{1,2}:\d{2}$/);
    expect(input.getAttribute('aria-expanded')).toBe('true');

    const osaka = options.findIndex((option) => option.textContent?.startsWith('大阪'));
    for (let i = 0; i <= osaka; i += 1) await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[osaka]?.id);
    expect(options[osaka]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(stored()).toBe('Asia/Tokyo');
    expect(input).toHaveProperty('value', 'Asia/Tokyo');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('option')).toBeNull();
  });

  it('leaves the Enter that confirms an input-method conversion to the input method', async () => {
    const input = await renderField('ja');
    const user = userEvent.setup();
    await user.type(input, '熊');
    await screen.findByRole('option');
    await user.keyboard('{ArrowDown}');
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(stored()).toBe('熊');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Enter}');
    expect(stored()).toBe('Asia/Tokyo');
  });

  it('shows the place in the interface language beside the name typed in another', async () => {
    const input = await renderField('ko');
    await userEvent.setup().type(input, 'Osaka');
    const option = await screen.findByRole('option');
    expect(option.textContent).toMatch(/^오사카 \(Osaka\) — Asia\/Tokyo \(GMT\+9\)현지 (오전|오후) \d{1,2}:\d{2}$/);
  });

  it('finds Taipei in English by the start of its name, and closes the list on Escape', async () => {
    const input = await renderField('en');
    const user = userEvent.setup();
    await user.type(input, 'taip');
    const option = await screen.findByRole('option');
    expect(option.textContent).toMatch(/^Taipei — Asia\/Taipei \(GMT\+8\)\d{1,2}:\d{2} (AM|PM) there$/);
    await user.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(stored()).toBe('taip');
    await user.type(input, 'ei');
    await user.tab();
    expect(stored()).toBe('Asia/Taipei');
  });

  it('refuses an unknown city and a country of several zones, saying what to do, in each language', async () => {
    for (const [language, text, message] of [
      ['ko', 'Tokio', '‘Tokio’에 해당하는 도시나 시간대를 찾지 못했습니다. 다른 이름으로 찾거나 목록에서 고르세요.'],
      ['ja', 'アメリカ', '「アメリカ」には複数のタイムゾーンがあります。都市名を入力するか、一覧から選んでください。'],
      ['en', 'USA', '“USA” has several time zones. Type a city or pick one from the list.'],
    ] as const) {
      const input = await renderField(language);
      const user = userEvent.setup();
      // The first letter brings suggestions, so the list has loaded before the field is left.
      await user.type(input, text.slice(0, 1));
      await screen.findAllByRole('option');
      await user.type(input, text.slice(1));
      await user.tab();
      expect(stored()).toBe(text);
      expect(screen.getByText(message)).toBeTruthy();
      expect(input.getAttribute('aria-describedby')).toContain(screen.getByText(message).id);
      cleanup();
    }
  });

  it('takes an IANA name typed in any case as that zone', async () => {
    const input = await renderField('en');
    const user = userEvent.setup();
    await user.type(input, 'asia/taipei');
    await waitFor(() => expect(stored()).toBe('Asia/Taipei'));
    await user.tab();
    expect(input).toHaveProperty('value', 'Asia/Taipei');
  });
});
