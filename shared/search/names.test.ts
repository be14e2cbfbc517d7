import { describe, expect, it } from 'vitest';
import { SearchIndex } from './index';
import { fold } from './normalize';
import type { SearchDoc } from './types';

const name = (text: string) => fold(text, { names: true }).text;
const same = (...spellings: string[]) => {
  for (const spelling of spellings)
    expect(name(spelling), `${spellings[0]} / ${spelling}`).toBe(name(spellings[0] ?? ''));
};

describe('the Hangul spellings of a Japanese name fold to one', () => {
  it('folds tense consonants to aspirated ones, as older texts wrote them', () => {
    same('후쿠오카', '후꾸오까', '후꾸오카', '후쿠오까');
    same('이시카와', '이시까와');
    same('이와테', '이와떼');
    same('마쓰야마', '마츠야마', '마쯔야마');
    same('삿포로', '삿뽀로');
  });

  it('folds the aspirated start of a word to the plain one', () => {
    same('도쿄', '토쿄', '토꾜');
    same('규슈', '큐슈', '큐우슈우', '규우슈우');
    same('지바', '치바');
    same('쓰쿠바', '츠쿠바', '쯔꾸바');
  });

  it('drops long vowels written or not', () => {
    same('도쿄', '도오쿄오', '도우쿄우');
    same('오사카', '오오사카', '오오사까');
    same('교토', '교오토');
    same('니가타', '니이가타');
    same('메이지', '메에지', '메지');
  });

  it('drops the doubled consonant written as a final ㅅ, and writes ん as ㄴ', () => {
    same('홋카이도', '호카이도', '홋까이도');
    same('돗토리', '돗또리', '도토리');
    same('신바시', '심바시');
    same('군마', '굼마');
  });

  it('keeps different names apart', () => {
    expect(name('후쿠오카')).not.toBe(name('후쿠시마'));
    expect(name('도쿄')).not.toBe(name('교토'));
    expect(name('오사카')).not.toBe(name('오카'));
    expect(name('나가사키')).not.toBe(name('나가노'));
  });

  it('leaves what is not Hangul as the plain fold has it', () => {
    expect(name('福岡縣 Fukuoka')).toBe('福岡県 fukuoka');
  });
});

describe('names are folded in names and place names only', () => {
  const at = Date.UTC(2024, 0, 1);
  const doc = (id: string, text: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
    id,
    recordId: id,
    kind: 'minutes',
    text,
    updatedAt: at,
    ...extra,
  });
  // The seed (STEPI 1997) writes the prefecture 후꾸오까 and 후꾸오카, the rest of the app 후쿠오카.
  const seed = [
    doc(
      'seed-1',
      "이하 연수단과 후꾸오카현지사와의 토론자료를 통해 해결방안을 摸索코자 한다.(후꾸오까 현청사, '96. 10. 22",
    ),
    doc('seed-2', '- 후꾸오까현은 총예산 규모가 1조6천억엔으로 재정자립도가 50%'),
    doc('seed-3', '교육연수를 목적으로 구마모토縣, 후쿠오카縣, 기후縣, 가나가와縣, 통상성, 과학기술청 방문'),
    doc('seed-4', '대표적인 사례로 이와떼현과 아일랜드간의 공동연구. 이시까와현은 이시까와하이테크 위성센터를'),
  ];
  const app = [
    doc('host', '후쿠오카현청', { kind: 'host', names: true }),
    doc('note', '후쿠오카현 지사와 토론'),
    doc('until', '지금까지 이어진 협력'),
    doc('casino', '카지노 산업'),
    doc('name-kaji', '카지마 건설', { kind: 'host', names: true }),
  ];
  const index = new SearchIndex();
  index.putMany([...seed, ...app]);
  const ids = (query: string) => index.search(query).map((hit) => hit.doc.id);

  it('finds the seed’s old spelling by today’s, and today’s by the seed’s', () => {
    expect(ids('후쿠오카').sort()).toEqual(['host', 'note', 'seed-1', 'seed-2', 'seed-3']);
    expect(ids('후꾸오까').sort()).toEqual(['host', 'note', 'seed-1', 'seed-2', 'seed-3']);
    expect(ids('후쿠오카현').sort()).toEqual(['host', 'note', 'seed-1', 'seed-2']);
    expect(ids('이와테')).toEqual(['seed-4']);
    expect(ids('이시카와현')).toEqual(['seed-4']);
    expect(ids('후쿠오카県')).toEqual(['seed-3']);
  });

  it('highlights the name as the text spells it', () => {
    const [hit] = index.search('후쿠오카현은');
    expect(hit?.doc.id).toBe('seed-2');
    const text = hit?.doc.text ?? '';
    expect(hit?.ranges.map(([start, end]) => text.slice(start, end))).toEqual(['후꾸오까현은']);
  });

  it('finds a name typed from its middle', () => {
    expect(ids('쿠오카').sort()).toEqual(['host', 'note', 'seed-1', 'seed-2', 'seed-3']);
    expect(ids('꾸오까현은')).toEqual(['seed-2']);
  });

  it('never folds plain Korean: 까지 does not find 카지, nor 카지 까지', () => {
    // In a name 까지 and 카지 are one spelling: 카지마 is found both ways, 카지노 and 지금까지 only as written.
    expect(ids('까지').sort()).toEqual(['name-kaji', 'until']);
    expect(ids('카지').sort()).toEqual(['casino', 'name-kaji']);
    expect(ids('까지마')).toEqual(['name-kaji']);
  });

  it('finds Japan’s places in a note in their old spellings, by today’s', () => {
    const old: Record<string, string> = {
      도쿄: '도오꾜오에서 열린',
      오사카: '오오사까의 상공회의소',
      규슈: '큐우슈우지역에는',
      홋카이도: '홋까이도는',
      니가타: '니이가타현',
      시즈오카: '시즈오까현청',
      나가사키: '나가사끼 방문',
      쓰쿠바: '쯔꾸바 연구학원도시',
    };
    const notes = new SearchIndex();
    notes.putMany(Object.entries(old).map(([place, text]) => doc(place, text)));
    for (const place of Object.keys(old)) expect(notes.search(place).map((hit) => hit.doc.id)).toEqual([place]);
  });

  it('folds a place name in a note only where a word starts, and a names match must touch it', () => {
    const other = new SearchIndex();
    other.putMany([doc('inside', '나후꾸오까에'), doc('start', '후꾸오까까지 갔다')]);
    expect(other.search('후쿠오카').map((hit) => hit.doc.id)).toEqual(['start']);
    expect(other.search('후쿠오카까지').map((hit) => hit.doc.id)).toEqual(['start']);
    expect(other.search('카지').map((hit) => hit.doc.id)).toEqual([]);
  });
});
