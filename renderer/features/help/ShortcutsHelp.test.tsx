import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderIn } from '../../../test/fixtures/render';
import { ShortcutsHelp } from './ShortcutsHelp';

describe('keyboard shortcuts list', () => {
  it('opens with "?" and lists the shortcuts in the interface language', async () => {
    await renderIn('ja', <ShortcutsHelp />);
    const user = userEvent.setup();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'キーボードショートカット' });
    expect(within(dialog).getByRole('row', { name: /Alt\+N 新しい質疑応答の記録を始める/ })).toBeTruthy();
    expect(within(dialog).getByRole('row', { name: /Ctrl\+Enter 入力中の質疑応答を保存/ })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: '閉じる' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('does not open when "?" is typed into a text field, and opens from its button', async () => {
    await renderIn(
      'ko',
      <>
        <label>
          질문
          <input />
        </label>
        <ShortcutsHelp />
      </>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('질문'), '예산은?');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText('질문')).toHaveProperty('value', '예산은?');
    await user.click(screen.getByRole('button', { name: /단축키/ }));
    expect(await screen.findByRole('dialog', { name: '단축키' })).toBeTruthy();
  });
});
