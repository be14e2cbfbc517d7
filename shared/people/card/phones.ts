import type { CardLine } from './cardLines';
import { type Proposal, propose } from './proposal';

/**
 * Telephone, fax and mobile numbers on a card, Japanese (092-643-3000,
 * 090-1234-5678, +81 92 643 3000, +81(0)92-643-3000) or Korean
 * (02-2110-2000, 010-1234-5678, +82 2 2110 2000), each told by the label
 * before it (TEL, FAX, 電話, 携帯, 전화, 팩스, H.P …; a number with no label is
 * a telephone). A number is written with hyphens between its groups as
 * printed: +81-92-643-3000.
 */

export interface Phones {
  phone: Proposal | null;
  fax: Proposal | null;
  mobile: Proposal | null;
}

type Kind = keyof Phones;

/** A run of digits with the separators numbers are printed with; letters and labels end it. */
const NUMBER = /\+?\(?\d[\d\s().-]{6,}\d/g;
const FAX = /fax|ファクス|ファックス|팩스|전송|(?:^|[^a-z])f\b/i;
const MOBILE = /携帯|mobile|mob\b|cell|휴대|핸드폰|h\.?p\b|(?:^|[^a-z])m\b/i;
const PHONE = /tel|phone|電話|直通|代表|전화|(?:^|[^a-z])t\b/i;

/** A mobile number by its prefix: 070, 080, 090 in Japan, 010 in Korea, from inside the country or out. */
const MOBILE_NUMBER = /^(?:0[789]0|\+?810?[789]0|010|\+?820?10)/;

/** What a number is by its labels (Tel/Fax is both), or by its prefix where it has none. */
function kindsOf(labels: readonly string[], digits: string): { kinds: Kind[]; labelled: boolean } {
  const kinds = (['phone', 'fax', 'mobile'] as const).filter((kind) =>
    labels.some((label) => ({ phone: PHONE, fax: FAX, mobile: MOBILE })[kind].test(label)),
  );
  if (kinds.length) return { kinds, labelled: true };
  return { kinds: [MOBILE_NUMBER.test(digits) ? 'mobile' : 'phone'], labelled: false };
}

/** A country code, and the trunk 0 some print after it (+81(0)92), dialled from inside the country only. */
const COUNTRY = /^\+\s*(8[12]|\d{1,3})\s*(?:\(0\))?[\s-]*/;

/**
 * The number as its country code and groups, and how surely it is one: a
 * country code 81 or 82 and a national number of the right length, or a
 * national number from 0 of 9 to 11 digits. A postal code, a street number or
 * a year is none. Groups are parted by hyphens and brackets where the number
 * has them (the OCR may space digits apart, or read a hyphen as a dot), else
 * by spaces (+81 92 643 3000).
 */
function parse(printed: string): { country: string; groups: string[]; certainty: number } | null {
  const country = COUNTRY.exec(printed);
  const rest = country ? printed.slice(country[0].length) : printed;
  const groups = (/[-().]/.test(rest) ? rest.split(/[-().]+/) : rest.split(/\s+/))
    .map((group) => group.replace(/\s/g, ''))
    .filter(Boolean);
  const digits = groups.join('');
  if (!country) return /^0\d{8,10}$/.test(digits) ? { country: '', groups, certainty: 1 } : null;
  const code = country[1] ?? '';
  if ((code === '81' || code === '82') && /^[1-9]\d{7,9}$/.test(digits)) return { country: code, groups, certainty: 1 };
  return /^\d{6,12}$/.test(digits) ? { country: code, groups, certainty: 0.6 } : null;
}

/** A number as printed on a line, with the label before it; its value null where it is no number. */
interface Printed {
  value: string | null;
  certainty: number;
  label: string;
}

function numbersIn(line: CardLine): Printed[] {
  let labelFrom = 0;
  return [...line.text.matchAll(NUMBER)].map((match) => {
    // A number's label is what stands between it and the number before it: TEL 092-… FAX 092-….
    const label = line.text.slice(labelFrom, match.index);
    labelFrom = match.index + match[0].length;
    const parsed = parse(match[0].trim());
    if (!parsed) return { value: null, certainty: 0, label };
    const value = [...(parsed.country ? [`+${parsed.country}`] : []), ...parsed.groups].join('-');
    return { value, certainty: parsed.certainty, label };
  });
}

/** Two readings of one line (the Latin model's beside the first) share almost all their box. */
function sameLine(a: CardLine, b: CardLine): boolean {
  const across = Math.max(0, Math.min(a.box.x1, b.box.x1) - Math.max(a.box.x0, b.box.x0));
  const down = Math.max(0, Math.min(a.box.y1, b.box.y1) - Math.max(a.box.y0, b.box.y0));
  const area = ({ box }: CardLine) => (box.x1 - box.x0) * (box.y1 - box.y0);
  return across * down >= 0.8 * Math.min(area(a), area(b));
}

interface Found {
  kind: Kind;
  labelled: boolean;
  proposal: Proposal;
}

/**
 * The number of each kind on the card: a labelled one before one without,
 * then the clearest. Of two readings of a line, one may keep the label
 * (電話, read by the Japanese model) and the other the digits (read by the
 * Latin one): a number takes the labels of both.
 */
export function findPhones(lines: readonly CardLine[]): Phones {
  const readings = lines.map((line) => ({ line, numbers: numbersIn(line) }));
  const found = readings.flatMap(({ line, numbers }): Found[] => {
    const twins = readings.filter(
      (other) => other.line !== line && other.numbers.length === numbers.length && sameLine(other.line, line),
    );
    return numbers.flatMap(({ value, certainty, label }, at) => {
      if (!value) return [];
      const labels = [label, ...twins.map((twin) => twin.numbers[at]?.label ?? '')];
      const { kinds, labelled } = kindsOf(labels, value.replace(/-/g, ''));
      const proposal = propose(value, certainty * (labelled ? 0.98 : 0.85), [line]);
      return kinds.map((kind) => ({ kind, labelled, proposal }));
    });
  });
  const ranked = found.toSorted(
    (a, b) => Number(b.labelled) - Number(a.labelled) || b.proposal.confidence - a.proposal.confidence,
  );
  const best = (kind: Kind) => ranked.find((number) => number.kind === kind)?.proposal ?? null;
  return { phone: best('phone'), fax: best('fax'), mobile: best('mobile') };
}
