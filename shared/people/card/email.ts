import type { CardLine } from './cardLines';
import { type Proposal, propose, surest } from './proposal';

/**
 * The e-mail address on a card. The OCR loses dots more than anything else
 * (pref.fukuoka.lg.jp read as preffukuoka.lg.jp, or pref fukuoka.lg.jp), and a
 * lost dot cannot be put back by guessing: such an address is proposed as
 * read, with a low confidence, for the user to correct.
 */

const ADDRESS = /[\w.%+-]+@[\w-]+(?:[. ][\w-]+)*\.[a-z]{2,}/i;
const GENERIC_TLDS = new Set(['com', 'net', 'org', 'edu', 'gov', 'int', 'info', 'biz', 'asia']);
/** The end of a label that is a second-level domain of Japan or Korea run into the name before it. */
const SECOND_LEVEL_END = /(?:ac|co|go|or|ne|lg|re)$/;
/** The first label of a local government's domain (pref.fukuoka.lg.jp) run into the next (preffukuoka). */
const RUN_IN_LOCAL_GOVERNMENT = /^(?:pref|city|town|vill)./;

/**
 * How plausible a domain is as read: 1, or less where a dot seems lost. A
 * space between labels, a TLD run into the label before it (kyushu-u.acjp),
 * a local government's domain that is not pref.<name>.lg.jp or
 * city.<name>.lg.jp (preffukuoka.lg.jp), a second-level domain run into the
 * name (kyushu-uac.jp, pref.fukuokalg.jp).
 */
export function domainCertainty(domain: string): number {
  if (/\s/.test(domain)) return 0.3;
  const labels = domain.toLowerCase().split('.');
  const tld = labels.at(-1) ?? '';
  const first = labels[0] ?? '';
  if (tld.length > 2 && !GENERIC_TLDS.has(tld)) return 0.3;
  if (tld === 'jp' && RUN_IN_LOCAL_GOVERNMENT.test(first)) return 0.3;
  if (tld === 'jp' && labels.at(-2) === 'lg' && labels.length !== 4) return 0.3;
  // kyushu-uac.jp, fukuokalg.jp: the label before a country's code ends in a second-level domain's name.
  const beforeTld = labels.at(-2) ?? '';
  if (tld.length === 2 && beforeTld.length > 2 && SECOND_LEVEL_END.test(beforeTld)) {
    return beforeTld.endsWith('lg') ? 0.3 : 0.6;
  }
  return 1;
}

function emailIn(line: CardLine): Proposal | null {
  // Spaces the OCR puts around @ and dots are not part of an address; one between two labels may be a lost dot.
  const text = line.text.replace(/\s*@\s*/g, '@').replace(/\s*\.\s*/g, '.');
  const found = ADDRESS.exec(text)?.[0].replace(/[.-]+$/, '');
  if (!found) return null;
  const domain = found.slice(found.indexOf('@') + 1);
  return propose(found.replace(/\s/g, ''), 0.95 * domainCertainty(domain), [line]);
}

/** The surest e-mail address among the lines (a line read again in Latin letters may be there twice). */
export function findEmail(lines: readonly CardLine[]): Proposal | null {
  return surest(lines.map(emailIn));
}
