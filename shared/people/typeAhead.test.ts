import { describe, expect, it } from 'vitest';
import { beginsWithTyped, hangulInitials, hangulKeys, keyTyped, nextTyped, type TypedKey } from './typeAhead';

/** Keys as a closed list receives them on the Korean keyboard with no input method: the Latin letter and its key. */
const onKeys = (letters: string): TypedKey[] =>
  [...letters].map((letter) => {
    const typed = keyTyped(letter, `Key${letter.toUpperCase()}`, letter !== letter.toLowerCase());
    if (!typed) throw new Error(`${letter} types nothing`);
    return typed;
  });

const roster = [
  ['STEPI 연수단장', 'STEPI 研修団長'],
  ['서울특별시 과학기술전문위원', 'ソウル特別市 科学技術専門委員'],
  ['강원도 과학기술전문위원', '江原道 科学技術専門委員'],
  ['경기도 과학기술전문위원 1', '京畿道 科学技術専門委員 1'],
  ['김영수', '金永洙（キム・ヨンス）'],
];

describe('finding a name by its first letters', () => {
  it('reads Hangul from the key pressed, whether the list gets the Latin letter, the input method’s key or the letter', () => {
    expect(keyTyped('r', 'KeyR', false)).toEqual({ char: 'r', jamo: 'ㄱ' });
    expect(keyTyped('R', 'KeyR', true)).toEqual({ char: 'r', jamo: 'ㄲ' });
    expect(keyTyped('Process', 'KeyD', false)).toEqual({ char: null, jamo: 'ㅇ' });
    expect(keyTyped('ㄱ', 'KeyR', false)).toEqual({ char: 'ㄱ', jamo: 'ㄱ' });
    expect(keyTyped('ArrowDown', 'ArrowDown', false)).toBeNull();
    expect(keyTyped('Enter', 'Enter', false)).toBeNull();
  });

  it('spells a name as the Korean keyboard types it, and by its syllables’ first consonants', () => {
    expect(hangulKeys('강원도')).toBe('ㄱㅏㅇㅇㅜㅓㄴㄷㅗ');
    expect(hangulKeys('괜찮')).toBe('ㄱㅗㅐㄴㅊㅏㄴㅎ');
    expect(hangulInitials('김영수')).toBe('ㄱㅇㅅ');
    expect(hangulInitials('STEPI 연구원')).toBe('stepi ㅇㄱㅇ');
  });

  it('finds a Korean name by its first consonants or its first syllable typed key by key', () => {
    expect(beginsWithTyped('김영수', onKeys('rd'))).toBe(true);
    expect(beginsWithTyped('김영수', onKeys('rla'))).toBe(true);
    expect(beginsWithTyped('김영수', onKeys('rk'))).toBe(false);
    expect(beginsWithTyped('STEPI 연수단장', onKeys('st'))).toBe(true);
    expect(beginsWithTyped('김영수', [])).toBe(false);
  });

  it('goes to the next member whose name begins with what was typed, in either of their names', () => {
    // ㄱ from nobody: 강원도 first; ㄱ again: on to 경기도, then 김영수, then round to 강원도.
    expect(nextTyped(roster, -1, onKeys('r'))).toBe(2);
    expect(nextTyped(roster, 2, onKeys('r'))).toBe(3);
    expect(nextTyped(roster, 3, onKeys('r'))).toBe(4);
    expect(nextTyped(roster, 4, onKeys('r'))).toBe(2);
    // ㄱㄱ is 경기; typed quickly where no name is, it is ㄱ pressed again.
    expect(nextTyped(roster, 2, onKeys('rr'))).toBe(3);
    expect(nextTyped([['가나'], ['고려'], ['구미']], 0, onKeys('rr'))).toBe(1);
    // ㄱㅇ: the first consonants of 강원; ㄱㅕ: the keys of 경.
    expect(nextTyped(roster, -1, onKeys('rd'))).toBe(2);
    expect(nextTyped(roster, -1, onKeys('ru'))).toBe(3);
    // Latin letters as they are; and the other name (kana typed as letters).
    expect(nextTyped(roster, -1, onKeys('s'))).toBe(0);
    expect(nextTyped(roster, -1, [{ char: 'ソ', jamo: null }])).toBe(1);
    expect(nextTyped(roster, -1, onKeys('x'))).toBeNull();
    expect(nextTyped([], -1, onKeys('r'))).toBeNull();
  });
});
