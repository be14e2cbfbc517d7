import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/fixtures/renderWithStore';
import { openTestStore } from '../../test/fixtures/store';
import { NotFound } from './ScreenStatus';

describe('a screen for something that is not there', () => {
  it('says so in its heading, announced, with the way back (Japanese)', async () => {
    await renderWithStore('ja', await openTestStore(), <NotFound />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByRole('link').getAttribute('href')).toBe('/');
  });
});
