import { describe, expect, it } from 'vitest';
import { isNamedByHost, itemLabel, itemNameOf, namesToShow } from './names';

const trip = { languages: { home: 'ko' as const, host: 'ja' as const } };
const host = (ko: string, ja: string) => ({
  name: { ko, ja },
  address: {},
  contacts: [],
});

describe('what an itinerary item is called', () => {
  it('is its own title when it has one in any language, else its host’s name, whatever its kind', () => {
    const visit = { title: {}, host: host('후쿠오카현청', '福岡県庁') };
    const lecture = { title: {}, host: host('규슈대학', '九州大学') };
    const titled = { title: { ja: '講演2' }, host: host('규슈대학', '九州大学') };
    expect(itemNameOf(visit)).toEqual({ ko: '후쿠오카현청', ja: '福岡県庁' });
    expect(itemNameOf(lecture)).toEqual({ ko: '규슈대학', ja: '九州大学' });
    expect(itemNameOf(titled)).toEqual({ ja: '講演2' });
    expect(itemNameOf({ title: { en: 'Free time' }, host: null })).toEqual({ en: 'Free time' });
    expect([visit, lecture, titled].map(isNamedByHost)).toEqual([true, true, false]);
    expect(isNamedByHost({ title: {}, host: null })).toBe(false);
  });

  it('shows first in the interface language, then the delegation’s and the hosts’', () => {
    expect(namesToShow({ ko: '후쿠오카현청', ja: '福岡県庁', en: 'Fukuoka' }, 'ja', trip).map((n) => n.lang)).toEqual([
      'ja',
      'ko',
      'en',
    ]);
    expect(itemLabel({ title: {}, host: host('후쿠오카현청', '福岡県庁') }, 'en', trip)).toBe('후쿠오카현청');
  });
});
