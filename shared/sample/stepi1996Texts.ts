import type { TranslatableText } from '../model/text';

/**
 * A text of the sample trip as its writer wrote it, in Korean, with its
 * Japanese translation marked reviewed: what an organiser hands the hosts.
 * Lines given as a list are one text of several lines. The Japanese is in
 * the plain style (である) of an official report, in the glossary's terms.
 */
export function koJa(ko: string | readonly string[], ja: string | readonly string[]): TranslatableText {
  const lines = (text: string | readonly string[]) => (typeof text === 'string' ? text : text.join('\n'));
  return { lang: 'ko', text: lines(ko), translations: { ja: lines(ja) }, reviewed: { ja: true } };
}
