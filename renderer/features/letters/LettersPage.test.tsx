import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { LettersPage } from './LettersPage';

describe('letters of thanks', () => {
  it('are written to every host visited in Japanese with a Korean copy, and to one host when chosen, signed by the leader', async () => {
    const { base, trip } = await sampleVisit('福岡県庁');
    await renderWithStore('ko', base, <LettersPage tripId={trip.id} />);
    const user = userEvent.setup();
    const letters = await screen.findAllByRole('article');
    const hosts = screen.getByLabelText('받는 기관') as HTMLSelectElement;
    // Every host but "all" is an option; each has its letter and its copy.
    expect(letters).toHaveLength(2 * (hosts.options.length - 1));

    await user.selectOptions(hosts, '후쿠오카현청');
    const [letter, copy] = screen.getAllByRole('article');
    if (!letter || !copy) throw new Error('No letter for Fukuoka');
    expect(letter.getAttribute('lang')).toBe('ja');
    expect(within(letter).getByRole('heading', { name: '御礼状' })).toBeTruthy();
    expect(letter.textContent).toContain('福岡県知事　様');
    expect(letter.textContent).toContain('STEPI 研修団長');
    expect(copy.getAttribute('lang')).toBe('ko');
    expect(copy.textContent).toContain('(보관용 국문 사본)');
    expect(copy.textContent).toContain('후쿠오카현 지사 귀하');

    await user.click(screen.getByLabelText('보관용 사본 함께'));
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });
});
