import { type Mora, readKana } from './kana';

/** A mora in Latin letters, given the onset of the syllable after it (for ん and っ). */
function spell(mora: Mora, following: string): string {
  switch (mora.kind) {
    case 'syllable':
      return mora.onset + mora.vowel;
    case 'n':
      return /^[bmp]/.test(following) ? 'm' : 'n';
    case 'sokuon':
      return following.startsWith('ch') ? 't' : following.charAt(0);
    case 'long':
      return '';
    case 'break':
      return ' ';
    case 'other':
      return mora.text;
  }
}

/**
 * A Japanese reading in Latin letters, as a Japanese passport spells a name
 * (modified Hepburn without macrons): long vowels not written (おおの Ono,
 * とうきょう Tokyo, さとう Sato), ん as m before b, m and p (なんば Namba),
 * っ doubling the next consonant and っち as tch (はっとり Hattori), no
 * apostrophe (けんいち Kenichi). Each word begins with a capital.
 */
export function romanisedReading(reading: string): string {
  const morae = readKana(reading);
  const following = (index: number) => {
    const found = morae.slice(index + 1).find((mora) => mora.kind !== 'long');
    return found?.kind === 'syllable' ? found.onset : '';
  };
  return morae
    .map((mora, index) => spell(mora, following(index)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
