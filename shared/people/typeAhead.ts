/**
 * Finding a name in a closed list by typing its first letters, in Hangul
 * too. On a list (a closed select), no input method composes: the keyboard
 * sends the key it was pressed on ('KeyR', with the Latin 'r' or, with the
 * input method on, 'Process'), so the Hangul letter is read from the key by
 * the standard Korean layout (두벌식). A name is then found by the letters
 * typed in the order they are typed (ㄱㅏㅇ for 강…) or by the first
 * consonants of its syllables (ㄱㅇ for 강원…), as Korean search boxes do.
 */

/** One key typed: the character it gives as pressed, and the Hangul letter it types on the Korean keyboard. */
export interface TypedKey {
  char: string | null;
  jamo: string | null;
}

/** The standard Korean layout by physical key: the letter without Shift, and with it where it differs. */
const DUBEOLSIK: Record<string, readonly [string, string?]> = {
  KeyQ: ['ㅂ', 'ㅃ'],
  KeyW: ['ㅈ', 'ㅉ'],
  KeyE: ['ㄷ', 'ㄸ'],
  KeyR: ['ㄱ', 'ㄲ'],
  KeyT: ['ㅅ', 'ㅆ'],
  KeyY: ['ㅛ'],
  KeyU: ['ㅕ'],
  KeyI: ['ㅑ'],
  KeyO: ['ㅐ', 'ㅒ'],
  KeyP: ['ㅔ', 'ㅖ'],
  KeyA: ['ㅁ'],
  KeyS: ['ㄴ'],
  KeyD: ['ㅇ'],
  KeyF: ['ㄹ'],
  KeyG: ['ㅎ'],
  KeyH: ['ㅗ'],
  KeyJ: ['ㅓ'],
  KeyK: ['ㅏ'],
  KeyL: ['ㅣ'],
  KeyZ: ['ㅋ'],
  KeyX: ['ㅌ'],
  KeyC: ['ㅊ'],
  KeyV: ['ㅍ'],
  KeyB: ['ㅠ'],
  KeyN: ['ㅜ'],
  KeyM: ['ㅡ'],
};

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** Each vowel as the keys that type it (ㅘ is ㅗ then ㅏ). */
const VOWELS = [
  'ㅏ',
  'ㅐ',
  'ㅑ',
  'ㅒ',
  'ㅓ',
  'ㅔ',
  'ㅕ',
  'ㅖ',
  'ㅗ',
  'ㅗㅏ',
  'ㅗㅐ',
  'ㅗㅣ',
  'ㅛ',
  'ㅜ',
  'ㅜㅓ',
  'ㅜㅔ',
  'ㅜㅣ',
  'ㅠ',
  'ㅡ',
  'ㅡㅣ',
  'ㅣ',
];
/** Each final consonant as the keys that type it (ㄳ is ㄱ then ㅅ); the first is none. */
const FINALS = [
  '',
  'ㄱ',
  'ㄲ',
  'ㄱㅅ',
  'ㄴ',
  'ㄴㅈ',
  'ㄴㅎ',
  'ㄷ',
  'ㄹ',
  'ㄹㄱ',
  'ㄹㅁ',
  'ㄹㅂ',
  'ㄹㅅ',
  'ㄹㅌ',
  'ㄹㅍ',
  'ㄹㅎ',
  'ㅁ',
  'ㅂ',
  'ㅂㅅ',
  'ㅅ',
  'ㅆ',
  'ㅇ',
  'ㅈ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
];
/** Compound letters typed as one character (some keyboards send ㅘ or ㄳ whole), as their keys. */
const COMPOUNDS: Record<string, string> = {
  ㄳ: 'ㄱㅅ',
  ㄵ: 'ㄴㅈ',
  ㄶ: 'ㄴㅎ',
  ㄺ: 'ㄹㄱ',
  ㄻ: 'ㄹㅁ',
  ㄼ: 'ㄹㅂ',
  ㄽ: 'ㄹㅅ',
  ㄾ: 'ㄹㅌ',
  ㄿ: 'ㄹㅍ',
  ㅀ: 'ㄹㅎ',
  ㅄ: 'ㅂㅅ',
  ㅘ: 'ㅗㅏ',
  ㅙ: 'ㅗㅐ',
  ㅚ: 'ㅗㅣ',
  ㅝ: 'ㅜㅓ',
  ㅞ: 'ㅜㅔ',
  ㅟ: 'ㅜㅣ',
  ㅢ: 'ㅡㅣ',
};

const SYLLABLES = { first: 0xac00, last: 0xd7a3 };
/** Hangul compatibility letters, what a Korean keyboard types outside a syllable (ㄱ, ㅏ). */
const LETTER = /^[\u3131-\u318e]$/u;

function syllableParts(char: string): { initial: number; vowel: number; final: number } | null {
  const code = char.codePointAt(0) ?? 0;
  if (code < SYLLABLES.first || code > SYLLABLES.last) return null;
  const index = code - SYLLABLES.first;
  return { initial: Math.floor(index / 588), vowel: Math.floor((index % 588) / 28), final: index % 28 };
}

/** Text as it is compared: letters in one case and width (Ｓ, s and S alike). */
function folded(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The keys that type a text on the Korean keyboard (강원 → ㄱㅏㅇㅇㅜㅓㄴ); other characters as they are. */
export function hangulKeys(text: string): string {
  return [...folded(text)]
    .map((char) => {
      const parts = syllableParts(char);
      if (!parts) return COMPOUNDS[char] ?? char;
      return `${INITIALS[parts.initial]}${VOWELS[parts.vowel]}${FINALS[parts.final]}`;
    })
    .join('');
}

/** The first consonant of each syllable (강원도 → ㄱㅇㄷ); other characters as they are. */
export function hangulInitials(text: string): string {
  return [...folded(text)]
    .map((char) => {
      const parts = syllableParts(char);
      return parts ? INITIALS[parts.initial] : char;
    })
    .join('');
}

/**
 * What a key pressed on a closed list types, or null for a key that types
 * nothing (arrows, Enter, a shortcut). `key` and `code` are a keyboard
 * event's; a Hangul letter sent as such (a Korean layout outside an input
 * method) is taken as it is.
 */
export function keyTyped(key: string, code: string, shift: boolean): TypedKey | null {
  const korean = DUBEOLSIK[code];
  const jamo = korean ? ((shift ? korean[1] : undefined) ?? korean[0]) : null;
  if (LETTER.test(key)) return { char: key, jamo: COMPOUNDS[key] ?? key };
  // An input method that is on sends 'Process' for the key it is about to take.
  if (key === 'Process') return jamo ? { char: null, jamo } : null;
  if ([...key].length !== 1 || /\p{C}/u.test(key)) return null;
  return { char: folded(key), jamo };
}

/**
 * Whether a name begins with what was typed: the characters as they are
 * (Latin, kana, or Hangul letters), or on the Korean keyboard the keys of
 * its first syllables or their first consonants.
 */
export function beginsWithTyped(name: string, typed: readonly TypedKey[]): boolean {
  if (typed.length === 0) return false;
  const chars = typed.map((key) => key.char);
  if (chars.every((char) => char !== null) && folded(name).startsWith(chars.join(''))) return true;
  const jamo = typed.map((key) => key.jamo);
  if (!jamo.every((letter) => letter !== null)) return false;
  const keys = jamo.join('');
  return hangulKeys(name).startsWith(keys) || hangulInitials(name).startsWith(keys);
}

/**
 * Where typing `typed` takes a list that stands at `from` (-1 for no entry):
 * the first entry from there that goes by a name beginning with it, round
 * the list, each entry with its names (as shown, and in its other
 * languages); null when none does. A first key starts from the next entry,
 * and the same key pressed again goes on to the next entry it begins, as a
 * list's own search does.
 */
export function nextTyped(
  entries: readonly (readonly string[])[],
  from: number,
  typed: readonly TypedKey[],
): number | null {
  const search = (keys: readonly TypedKey[], start: number): number | null => {
    for (let step = 0; step < entries.length; step++) {
      const index = (start + step) % entries.length;
      if (entries[index]?.some((name) => beginsWithTyped(name, keys))) return index;
    }
    return null;
  };
  const [first] = typed;
  if (!first) return null;
  const found = search(typed, typed.length === 1 ? from + 1 : Math.max(from, 0));
  if (found !== null || typed.length === 1) return found;
  const again = typed.every((key) => key.char === first.char && key.jamo === first.jamo);
  return again ? search([first], from + 1) : null;
}
