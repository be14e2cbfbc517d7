import { describe, expect, it } from 'vitest';
import type { CardLine } from './cardLines';
import { domainCertainty, findEmail } from './email';

const line = (text: string, confidence = 0.9, index = 0): CardLine => ({
  index,
  sources: [index],
  text,
  confidence,
  size: 20,
  box: { x0: 0, y0: index * 30, x1: 300, y1: index * 30 + 20 },
});

describe('an e-mail address on a card', () => {
  it('is found after its label, the spaces the OCR put around @ and dots taken out', () => {
    expect(findEmail([line('山田太郎'), line('E-mail: yamada-t @ pref . fukuoka.lg.jp', 0.9, 1)])).toEqual({
      value: 'yamada-t@pref.fukuoka.lg.jp',
      confidence: 0.86,
      lines: [1],
    });
    expect(findEmail([line('이메일 sato.hanako@mech.kyushu-u.ac.jp.')])?.value).toBe('sato.hanako@mech.kyushu-u.ac.jp');
    expect(findEmail([line('TEL 092-643-3000'), line('www.pref.fukuoka.lg.jp')])).toBeNull();
  });

  it('is doubted, not mended, where a dot seems lost: the surest reading of the line wins', () => {
    expect(findEmail([line('yamada-t@preffukuoka.lg.jp')])?.confidence).toBeLessThan(0.3);
    expect(findEmail([line('yamada-t@pref fukuoka.lg.jp')])).toMatchObject({ value: 'yamada-t@preffukuoka.lg.jp' });
    const twice = [line('E-mailyamada-t@pretfukuoka.gjp', 0.55), line('E-mail yamada-t@pref.fukuoka.lg.jp', 0.91, 1)];
    expect(findEmail(twice)).toMatchObject({ value: 'yamada-t@pref.fukuoka.lg.jp', lines: [1] });
  });
});

describe('how plausible a domain is', () => {
  it('trusts domains as organisations have them', () => {
    for (const domain of ['pref.fukuoka.lg.jp', 'city.kitakyushu.lg.jp', 'mech.kyushu-u.ac.jp', 'aist.go.jp']) {
      expect(domainCertainty(domain), domain).toBe(1);
    }
    expect(domainCertainty('technosoft.co.jp')).toBe(1);
    expect(domainCertainty('korea.kr')).toBe(1);
    expect(domainCertainty('example.com')).toBe(1);
  });

  it('doubts one whose dots seem lost', () => {
    expect(domainCertainty('preffukuoka.lg.jp')).toBe(0.3);
    expect(domainCertainty('pref.fukuokalg.jp')).toBe(0.3);
    expect(domainCertainty('mech.kyushu-u.acjp')).toBe(0.3);
    expect(domainCertainty('pref fukuoka.lg.jp')).toBe(0.3);
    expect(domainCertainty('technosoftco.jp')).toBe(0.6);
  });
});
