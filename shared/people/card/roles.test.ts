import { describe, expect, it } from 'vitest';
import type { CardLine } from './cardLines';
import { partsOf } from './roles';

const parts = (text: string) =>
  partsOf({
    index: 0,
    sources: [0],
    text,
    confidence: 0.9,
    size: 20,
    box: { x0: 0, y0: 0, x1: 300, y1: 20 },
  } satisfies CardLine).map((part) => `${part.role}:${part.text}`);

describe('a line’s parts by what they say', () => {
  it('parts Japanese at the words that end an organisation, a unit and a rank', () => {
    expect(parts('福岡県')).toEqual(['organisation:福岡県']);
    expect(parts('商工部新産業振興課')).toEqual(['department:商工部新産業振興課']);
    expect(parts('商工部新産業振興課課長')).toEqual(['department:商工部新産業振興課', 'title:課長']);
    expect(parts('福岡県商工部')).toEqual(['organisation:福岡県', 'department:商工部']);
    expect(parts('九州大学大学院工学研究院')).toEqual(['organisation:九州大学', 'department:大学院工学研究院']);
    expect(parts('福岡県知事')).toEqual(['organisation:福岡県', 'title:知事']);
    expect(parts('株式会社テクノソフト')).toEqual(['organisation:株式会社テクノソフト']);
    expect(parts('エネルギー・環境領域')).toEqual(['department:エネルギー・環境領域']);
  });

  it('reads a rank named after its unit, a rank with what stands around it, and a degree after it', () => {
    expect(parts('新産業振興課長')).toEqual(['department:新産業振興課', 'title:課長']);
    expect(parts('課長補佐')).toEqual(['title:課長補佐']);
    expect(parts('特任准教授')).toEqual(['title:特任准教授']);
    expect(parts('准教授博士(工学)')).toEqual(['title:准教授博士(工学)']);
    expect(parts('主任研究員')).toEqual(['title:主任研究員']);
  });

  it('leaves a name beside a rank to be read as a name', () => {
    expect(parts('課長 山田 太郎')).toEqual(['title:課長', 'other:山田 太郎']);
    expect(parts('佐藤 花子 Hanako SATO')).toEqual(['other:佐藤 花子', 'other:Hanako SATO']);
  });

  it('parts Korean at its spaces', () => {
    expect(parts('후쿠오카현')).toEqual(['organisation:후쿠오카현']);
    expect(parts('상공부 신산업진흥과 과장')).toEqual(['department:상공부 신산업진흥과', 'title:과장']);
    expect(parts('한국과학기술연구원 선임연구원')).toEqual(['organisation:한국과학기술연구원', 'title:선임연구원']);
    expect(parts('야마다 다로')).toEqual(['other:야마다 다로']);
  });

  it('parts English at its commas, a name of a unit with a comma in it kept whole', () => {
    expect(parts('Section Chief, New Industry Promotion Division')).toEqual([
      'title:Section Chief',
      'department:New Industry Promotion Division',
    ]);
    expect(parts('Commerce, Industry and Labor Department')).toEqual([
      'department:Commerce, Industry and Labor Department',
    ]);
    expect(parts('Fukuoka Prefectural Government')).toEqual(['organisation:Fukuoka Prefectural Government']);
    expect(parts('Taro YAMADA')).toEqual(['other:Taro YAMADA']);
  });
});
