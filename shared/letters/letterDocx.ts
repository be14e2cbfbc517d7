import { packageDocx } from '../report/render/docxPackage';
import { GREY, run, runsXml } from '../report/render/docxText';
import { paragraph } from '../report/render/docxXml';
import type { ThankYouLetter } from './thankYou';

/** A blank line's worth of space after a paragraph, in twentieths of a point. */
const GAP = 240;

/** One letter as WordprocessingML paragraphs, starting a page of its own when it is not the first. */
function letterXml(letter: ThankYouLetter, first: boolean): string {
  const { lang } = letter;
  const line = (text: string, style: Parameters<typeof paragraph>[1] = {}, runStyle = {}) =>
    paragraph(runsXml(run(text, lang, runStyle)), style);
  return [
    letter.copyNote ? line(letter.copyNote, { pageBreakBefore: !first }, { color: GREY, size: 18 }) : '',
    line(letter.date, { align: 'right', spacingAfter: GAP, pageBreakBefore: !first && !letter.copyNote }),
    ...letter.addressees.map((addressee, index) =>
      line(addressee, index === letter.addressees.length - 1 ? { spacingAfter: GAP } : {}),
    ),
    line(letter.title, { align: 'center', spacingAfter: GAP }, { bold: true, size: 32 }),
    ...letter.paragraphs.map((text) => line(text, { spacingAfter: GAP / 2 })),
    ...letter.learned.map(({ text, untranslated }) =>
      line(text, { spacingAfter: GAP / 2 }, untranslated ? { color: GREY } : {}),
    ),
    line(letter.wish, { spacingAfter: GAP / 2 }),
    letter.closing ? line(letter.closing, { align: 'right', spacingAfter: GAP }) : '',
    ...letter.signature.map((text) => line(text, { align: 'right' })),
  ].join('');
}

/**
 * Letters as one Word file, each on pages of its own (one letter, or all of
 * them at once: the organiser prints and signs them together).
 */
export function lettersDocx(letters: readonly ThankYouLetter[], title: string): Promise<Uint8Array<ArrayBuffer>> {
  const [first] = letters;
  if (!first) throw new Error('No letter to write');
  const body = letters.map((letter, index) => letterXml(letter, index === 0)).join('');
  return packageDocx(body, title, first.lang);
}
