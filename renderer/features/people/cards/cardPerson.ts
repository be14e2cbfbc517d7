import type { HostPersonInput, LocalizedName } from '@shared/model';
import type { Proposal } from '@shared/people/card/proposal';
import type { CardFields } from '@shared/people/card/readCard';
import type { FieldPath } from 'react-hook-form';
import type { CardSide } from '../../../services/cardReader/cardReader';
import { personFormValues } from '../PersonForm';

/** How sure a reading must be to go unchecked: below it the field asks to be checked against the photo. */
export const SURE = 0.6;

/**
 * The labels a card gives the numbers the directory has no field for, in
 * the card's language: they go into `contact`, which is the person's data
 * and reads the same whatever the interface's language.
 */
const CONTACT_LABELS: Record<CardSide, Record<'fax' | 'mobile', string>> = {
  ja: { fax: 'FAX', mobile: '携帯' },
  ko: { fax: '팩스', mobile: '휴대전화' },
  en: { fax: 'Fax', mobile: 'Mobile' },
};

export interface CardPerson {
  /** What the person form opens with. */
  values: HostPersonInput;
  /** How sure the reading of each field it filled is, 0–1. */
  confidence: Partial<Record<FieldPath<HostPersonInput>, number>>;
}

const text = (proposal: Proposal | null) => proposal?.value ?? '';

/** A name written in the card's language only. */
const inSide = (side: CardSide, proposal: Proposal | null): LocalizedName => ({
  ko: side === 'ko' ? text(proposal) : '',
  ja: side === 'ja' ? text(proposal) : '',
  en: side === 'en' ? text(proposal) : '',
});

/** A person as a card's side proposes them: what is written in a language goes in that language's slot. */
export function personFromCard(fields: CardFields, side: CardSide): CardPerson {
  const others = (['fax', 'mobile'] as const).flatMap((kind) => {
    const proposal = fields[kind];
    return proposal ? [{ ...proposal, value: `${CONTACT_LABELS[side][kind]} ${proposal.value}` }] : [];
  });
  const contact: Proposal | null = others.length
    ? {
        value: others.map((other) => other.value).join(', '),
        confidence: Math.min(...others.map((other) => other.confidence)),
        lines: others.flatMap((other) => other.lines),
      }
    : null;
  const filled: [FieldPath<HostPersonInput>, Proposal | null][] = [
    [`name.${side}`, fields.name],
    ['reading', fields.reading],
    ['romanised', fields.romanised],
    [`title.${side}`, fields.title],
    [`department.${side}`, fields.department],
    [`organisation.${side}`, fields.organisation],
    ['phone', fields.phone],
    ['email', fields.email],
    [`address.${side}`, fields.address],
    ['contact', contact],
  ];
  return {
    values: {
      ...personFormValues(),
      name: inSide(side, fields.name),
      reading: text(fields.reading),
      romanised: text(fields.romanised),
      title: inSide(side, fields.title),
      department: inSide(side, fields.department),
      organisation: inSide(side, fields.organisation),
      phone: text(fields.phone),
      email: text(fields.email),
      address: inSide(side, fields.address),
      contact: text(contact),
    },
    confidence: Object.fromEntries(
      filled.flatMap(([field, proposal]) => (proposal ? [[field, proposal.confidence]] : [])),
    ),
  };
}

/** Whether a card's reading proposed anything at all. */
export const proposesAnything = (fields: CardFields) => Object.values(fields).some(Boolean);
