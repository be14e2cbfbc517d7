import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, useAutosave } from './useAutosave';

const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

afterEach(() => localStorage.clear());

interface Note {
  question: string;
  answer: string;
}

/**
 * An editor as the app writes them: the stored value is built afresh on
 * every render (from a record's fields, or defaults for a new one), equal
 * in content but never the same object.
 */
function NoteEditor({ note, save, renders }: { note: Note; save: (note: Note) => Promise<void>; renders: () => void }) {
  renders();
  const { value, change } = useAutosave<Note>({
    journalKey: 'test:note',
    stored: { question: note.question, answer: note.answer },
    save,
  });
  return (
    <label>
      Answer
      <input value={value.answer} onChange={(event) => change({ ...value, answer: event.target.value })} />
    </label>
  );
}

describe('useAutosave', () => {
  it('settles when the stored value is rebuilt on every render, before and after a save', async () => {
    let count = 0;
    const save = vi.fn(async (_: Note) => {});
    render(<NoteEditor note={{ question: 'Budget?', answer: '' }} save={save} renders={() => count++} />);
    await pause(100);
    expect(count).toBeLessThan(5);

    await userEvent.setup().type(screen.getByLabelText('Answer'), 'A fifth');
    await pause(AUTOSAVE_DELAY_MS + 100);
    expect(save).toHaveBeenCalledTimes(1);
    const settled = count;
    await pause(200);
    expect(count - settled).toBe(0);
  });

  it('shows what is stored from elsewhere while there is nothing unsaved here', async () => {
    const save = vi.fn(async (_: Note) => {});
    const view = render(<NoteEditor note={{ question: 'Budget?', answer: '' }} save={save} renders={() => {}} />);
    view.rerender(
      <NoteEditor note={{ question: 'Budget?', answer: 'From the other laptop' }} save={save} renders={() => {}} />,
    );
    await pause(10);
    expect(screen.getByLabelText('Answer')).toHaveProperty('value', 'From the other laptop');
    expect(save).not.toHaveBeenCalled();
  });
});

/** A stored value that, like a live database query, learns of a save a little after it is made. */
function LaggingStore({ lagMs }: { lagMs: number }) {
  const [stored, setStored] = useState<Note>({ question: 'Budget?', answer: '' });
  const save = async (note: Note) => {
    setTimeout(() => setStored(note), lagMs);
  };
  return <NoteEditor note={stored} save={save} renders={() => {}} />;
}

describe('useAutosave with a store that reports saves late', () => {
  it('never shows the old text again between the save and the store catching up', async () => {
    render(<LaggingStore lagMs={100} />);
    const field = screen.getByLabelText('Answer');
    await userEvent.setup().type(field, 'A fifth');
    const seen: string[] = [];
    for (let waited = 0; waited < AUTOSAVE_DELAY_MS + 200; waited += 10) {
      await pause(10);
      seen.push((field as HTMLInputElement).value);
    }
    expect(new Set(seen)).toEqual(new Set(['A fifth']));
  });
});
