import { describe, expect, it } from 'vitest';
import type { HostPersonEntry } from '../model';
import { FUKUOKA_GOVERNOR } from '../sample/stepi1996';
import { copyOfPerson, emptyPerson } from './directory';
import { nameForms, personMatches } from './findPerson';

const chief = {
  ...emptyPerson(),
  name: { ja: '福岡 太郎', ko: '후쿠오카 다로' },
  reading: 'フクオカ タロウ',
  romanised: 'Fukuoka Taro',
  title: { ja: '企画課長', ko: '기획과장' },
};

describe('finding a host person by letters of any form of the name', () => {
  it('finds them by the kana reading (hiragana or katakana), by Hangul, its keys, kanji and romaji', () => {
    for (const typed of ['ふく', 'フク', 'たろ', '후쿠', 'ㅎㅋ', '다로', '福岡', '太郎', 'fuku', 'TARO'])
      expect([typed, personMatches(chief, typed)]).toEqual([typed, true]);
    for (const typed of ['', ' ', 'おか', '쿠오', 'Tanaka'])
      expect([typed, personMatches(chief, typed)]).toEqual([typed, false]);
  });

  it('gives the Hangul of the reading as a form when no Korean name is written', () => {
    const person = { ...chief, name: { ja: '福岡 太郎' } };
    expect(nameForms(person)).toContain('후쿠오카 다로');
    expect(personMatches(person, '후쿠')).toBe(true);
  });

  it('finds a person known only by their title by it', () => {
    const governor = { ...emptyPerson(), name: FUKUOKA_GOVERNOR.name, title: FUKUOKA_GOVERNOR.title };
    expect(personMatches(governor, '知事')).toBe(false);
    expect(personMatches(governor, '福岡県')).toBe(true);
    expect(personMatches(governor, '후쿠오카현')).toBe(true);
  });
});

describe('a record’s copy of an entry', () => {
  it('names the entry and carries its name, title and a way to reach them for older apps', () => {
    const entry = { ...chief, id: 'person', phone: '092-651-1111', email: 'taro@example.jp' } as HostPersonEntry;
    expect(copyOfPerson(entry)).toEqual({
      name: { ja: '福岡 太郎', ko: '후쿠오카 다로' },
      title: { ja: '企画課長', ko: '기획과장' },
      contact: '092-651-1111 taro@example.jp',
      personId: 'person',
    });
    expect(copyOfPerson({ ...entry, contact: '秘書課' }).contact).toBe('秘書課');
  });
});
