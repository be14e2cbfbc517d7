import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderIn } from '../../../test/fixtures/render';
import { TimeValueInput } from './TypedTimeInputs';

/** A note's time as a Q&A note keeps it: what the field tells is what is saved. */
function NoteTime({ saved }: { saved: (string | null)[] }) {
  const [time, setTime] = useState<string | null>('10:00');
  return (
    <>
      <label htmlFor="time">時刻</label>
      <TimeValueInput
        id="time"
        value={time}
        onChange={(next) => {
          saved.push(next);
          setTime(next);
        }}
      />
      <button type="button">次へ</button>
    </>
  );
}

describe('a note’s time of day', () => {
  it('is saved as soon as it reads as a time, and shown on the 24-hour clock once left (Japanese)', async () => {
    const saved: (string | null)[] = [];
    await renderIn('ja', <NoteTime saved={saved} />);
    const user = userEvent.setup();
    const field = screen.getByLabelText('時刻') as HTMLInputElement;
    await user.clear(field);
    expect(saved.at(-1)).toBeNull();
    await user.type(field, '午後3時20分');
    expect(saved.at(-1)).toBe('15:20');
    await user.tab();
    expect(field.value).toBe('15:20');
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it('keeps what it cannot read in the field, says what it expects, and saves nothing of it', async () => {
    const saved: (string | null)[] = [];
    await renderIn('ja', <NoteTime saved={saved} />);
    const user = userEvent.setup();
    const field = screen.getByLabelText('時刻') as HTMLInputElement;
    await user.clear(field);
    saved.length = 0;
    await user.type(field, '夕方');
    await user.tab();
    expect(field.value).toBe('夕方');
    expect(saved).toEqual([]);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('時刻を24時間制の時:分で入力してください。例：15:20');
  });
});
