import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderIn } from '../../../test/fixtures/render';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The switcher beside another control, as in the header: something to click away to. */
async function renderSwitcher(language: 'ko' | 'ja') {
  await renderIn(
    language,
    <>
      <LanguageSwitcher />
      <button type="button">elsewhere</button>
    </>,
  );
  return userEvent.setup();
}

describe('language switcher', () => {
  it('opens a menu on ArrowDown without switching; arrows move, Enter chooses and the cursor returns, in Korean', async () => {
    const user = await renderSwitcher('ko');
    const button = screen.getByRole('button', { name: '화면 언어 한국어' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');

    button.focus();
    await user.keyboard('{ArrowDown}');
    screen.getByRole('menu', { name: '화면 언어' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('menuitemradio').map((item) => item.textContent)).toEqual([
      '한국어',
      '日本語',
      'English',
    ]);
    // The menu opens on the language in use, checked.
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: '한국어', checked: true }));

    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: '한국어' }));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'English' }));
    await user.keyboard('{Home}{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: '日本語' }));
    expect(screen.getByRole('button', { name: '화면 언어 한국어' })).toBe(button);

    await user.keyboard('{Enter}');
    const switched = await screen.findByRole('button', { name: '表示言語 日本語' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(switched);
    expect(switched.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape, on Tab and on a click elsewhere without switching, in Japanese', async () => {
    const user = await renderSwitcher('ja');
    const button = screen.getByRole('button', { name: '表示言語 日本語' });

    await user.click(button);
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: '日本語', checked: true }));
    await user.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);

    await user.keyboard('{ArrowUp}');
    await user.keyboard('{Tab}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());

    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());

    // Clicking the button again closes its menu too.
    await user.click(button);
    await user.click(button);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: '表示言語 日本語' })).toBe(button);
  });

  it('switches with Space, and with a click, to the language chosen', async () => {
    const user = await renderSwitcher('ja');
    await user.click(screen.getByRole('button', { name: '表示言語 日本語' }));
    await user.keyboard('{End} ');
    expect(await screen.findByRole('button', { name: 'Interface language English' })).toBe(document.activeElement);

    await user.click(screen.getByRole('button', { name: 'Interface language English' }));
    await user.click(screen.getByRole('menuitemradio', { name: '한국어' }));
    expect(await screen.findByRole('button', { name: '화면 언어 한국어' })).toBe(document.activeElement);
  });
});
