import { describe, expect, it } from 'vitest';
import { isNamedByHost, itemLabel, itemNameOf, nameFieldOf, namesToShow, otherNameOf } from './names';

const trip = { languages: { home: 'ko' as const, host: 'ja' as const } };
const host = (ko: string, ja: string) => ({
  name: { ko, ja },
  address: {},
  contacts: [],
});

describe('what an itinerary item is called', () => {
  it('goes by the name its kind requires: a visit by its host, every other item by its own title', () => {
    const visit = { kind: 'visit' as const, title: {}, host: host('후쿠오카현청', '福岡県庁') };
    const withPurpose = { ...visit, title: { ko: '과학기술 행정체제 청취' } };
    const lecture = { kind: 'lecture' as const, title: { ja: '講演2' }, host: host('규슈대학', '九州大学') };
    expect(nameFieldOf('visit')).toBe('host.name');
    expect(nameFieldOf('lecture')).toBe('title');
    expect(itemNameOf(visit)).toEqual({ ko: '후쿠오카현청', ja: '福岡県庁' });
    expect(itemNameOf(withPurpose)).toEqual({ ko: '후쿠오카현청', ja: '福岡県庁' });
    expect(otherNameOf(withPurpose)).toEqual({ field: 'title', name: { ko: '과학기술 행정체제 청취' } });
    expect(otherNameOf(visit)).toBeNull();
    expect(itemNameOf(lecture)).toEqual({ ja: '講演2' });
    expect(otherNameOf(lecture)).toEqual({ field: 'host.name', name: { ko: '규슈대학', ja: '九州大学' } });
    expect(itemNameOf({ kind: 'free', title: { en: 'Free time' }, host: null })).toEqual({ en: 'Free time' });
  });

  it('falls back to the host’s name for an item made before its title was required, so nothing shows nameless', () => {
    const untitled = { kind: 'lecture' as const, title: {}, host: host('규슈대학', '九州大学') };
    expect(isNamedByHost(untitled)).toBe(true);
    expect(itemNameOf(untitled)).toEqual({ ko: '규슈대학', ja: '九州大学' });
    expect(otherNameOf(untitled)).toBeNull();
    expect(isNamedByHost({ kind: 'visit', title: { ko: '방문' }, host: null })).toBe(false);
  });

  it('shows first in the interface language, then the delegation’s and the hosts’', () => {
    expect(namesToShow({ ko: '후쿠오카현청', ja: '福岡県庁', en: 'Fukuoka' }, 'ja', trip).map((n) => n.lang)).toEqual([
      'ja',
      'ko',
      'en',
    ]);
    expect(itemLabel({ kind: 'visit', title: {}, host: host('후쿠오카현청', '福岡県庁') }, 'en', trip)).toBe(
      '후쿠오카현청',
    );
  });
});
