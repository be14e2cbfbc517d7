import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AutosaveTextarea } from './AutosaveTextarea';
import { SaveTrackerProvider, useSaveSummary } from './SaveTracker';
import { AUTOSAVE_DELAY_MS } from './useAutosave';

function Status() {
  return <output>{useSaveSummary().state}</output>;
}

function renderField(save: (text: string) => Promise<void>, stored = '', journalKey = `test:${Math.random()}`) {
  const view = render(
    <SaveTrackerProvider>
      <AutosaveTextarea label="Minutes" journalKey={journalKey} stored={stored} save={save} />
      <Status />
    </SaveTrackerProvider>,
  );
  return {
    ...view,
    journalKey,
    field: screen.getByLabelText('Minutes'),
    status: () => screen.getByRole('status').textContent,
  };
}

const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

afterEach(() => localStorage.clear());

describe('autosave', () => {
  it('saves once, within half a second of the last keystroke, and says so', async () => {
    const save = vi.fn(async (_: string) => {});
    const { field, status } = renderField(save);
    await userEvent.setup().type(field, '현청 방문');
    expect(status()).toBe('pending');
    expect(save).not.toHaveBeenCalled();
    await pause(AUTOSAVE_DELAY_MS + 100);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('현청 방문');
    expect(status()).toBe('saved');
    expect(AUTOSAVE_DELAY_MS).toBeLessThan(500);
  });

  it('keeps what was typed when saving fails, says so, and keeps it on the device', async () => {
    const save = vi.fn(async () => {
      throw Object.assign(new Error('The quota has been exceeded'), { name: 'QuotaExceededError' });
    });
    const { field, status, journalKey } = renderField(save);
    await userEvent.setup().type(field, '予算は四分の一');
    await pause(AUTOSAVE_DELAY_MS + 100);
    expect(status()).toBe('failed');
    expect(field).toHaveProperty('value', '予算は四分の一');
    expect(localStorage.getItem(`fieldbook.unsaved.${journalKey}`)).toContain('予算は四分の一');
  });

  it('after a crash, shows the text that had not been saved yet and saves it', async () => {
    const journalKey = `test:${Math.random()}`;
    // What a crash leaves behind: the journal written at the keystroke, the save never made.
    localStorage.setItem(`fieldbook.unsaved.${journalKey}`, JSON.stringify({ value: '저장 전에 꺼진 내용' }));
    const save = vi.fn(async (_: string) => {});
    const { field } = renderField(save, '예전 내용', journalKey);
    expect(field).toHaveProperty('value', '저장 전에 꺼진 내용');
    await pause(50);
    expect(save).toHaveBeenCalledWith('저장 전에 꺼진 내용');
    expect(localStorage.getItem(`fieldbook.unsaved.${journalKey}`)).toBeNull();
  });

  it('shows a change stored elsewhere only while nothing typed here is unsaved', async () => {
    const save = vi.fn(async (_: string) => {});
    const { field, rerender, journalKey } = renderField(save, '처음');
    const again = (stored: string) =>
      rerender(
        <SaveTrackerProvider>
          <AutosaveTextarea label="Minutes" journalKey={journalKey} stored={stored} save={save} />
        </SaveTrackerProvider>,
      );
    again('다른 기기에서 고침');
    expect(field).toHaveProperty('value', '다른 기기에서 고침');
    await userEvent.setup().type(field, ' + 여기서');
    again('또 다른 변경');
    expect(field).toHaveProperty('value', '다른 기기에서 고침 + 여기서');
  });
});
