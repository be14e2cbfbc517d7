import { findAddress } from './address';
import { type CardLine, cardLines } from './cardLines';
import { findEmail } from './email';
import { type Candidate, findName, type NameFields } from './name';
import type { OcrLine } from './ocrLines';
import { findPhones, type Phones } from './phones';
import { type Proposal, propose } from './proposal';
import { type Part, partsOf, type Role } from './roles';

/**
 * The fields proposed from a card's OCR lines, each with how sure the reading
 * is, for the user to confirm or correct beside the photo: contacts and the
 * address by their patterns first, then organisation, department and title by
 * their words among the other lines, and the name among what is left.
 */
export interface CardFields extends NameFields, Phones {
  organisation: Proposal | null;
  department: Proposal | null;
  title: Proposal | null;
  email: Proposal | null;
  address: Proposal | null;
}

/** Lines that hold a contact or only its label: none of them names a person or a unit. */
const CONTACT = /@|www\.|https?:|^(?:tel|fax|e-?mail|mail|url|web|携帯|電話|メール|전화|팩스|이메일)\b/i;

interface PartOnLine extends Part {
  line: CardLine;
}

/** One role's parts as one proposal: the departments of 商工部 / 新産業振興課 on two lines are one department. */
function roleProposal(parts: readonly PartOnLine[], role: Role): Proposal | null {
  const found = parts.filter((part) => part.role === role);
  if (!found.length) return null;
  const lines = [...new Set(found.map((part) => part.line))];
  const certainty = Math.min(...found.map((part) => part.certainty));
  // English parts run on with commas (Commerce, Industry and Labor Department, New Industry Promotion Division).
  const separator = found.every((part) => /^[\x20-\x7e]*$/.test(part.text)) ? ', ' : ' ';
  return propose(found.map((part) => part.text).join(separator), certainty, lines);
}

/** The organisation: the first line's that names one, and the lines right after it that only go on naming it. */
function organisationOf(parts: readonly PartOnLine[]): Proposal | null {
  const first = parts.findIndex((part) => part.role === 'organisation');
  if (first < 0) return null;
  const following = parts.slice(first).findIndex((part) => part.role !== 'organisation');
  return roleProposal(parts.slice(first, following < 0 ? undefined : first + following), 'organisation');
}

/** What may be the name: text of no other role, and a Korean department short enough to be a name (이정국). */
function candidatesOf(parts: readonly PartOnLine[]): Candidate[] {
  return parts.flatMap((part) => {
    if (part.role === 'other') return [{ text: part.text, line: part.line, certainty: 1 }];
    const koreanName = part.role === 'department' && /^\p{Script=Hangul}{2,4}$/u.test(part.text);
    return koreanName ? [{ text: part.text, line: part.line, certainty: 0.6 }] : [];
  });
}

/** Whether any of `proposals` was read from `line`. */
const readFrom = (proposals: readonly (Proposal | null)[], line: CardLine) =>
  proposals.some((proposal) => proposal?.lines.some((source) => line.sources.includes(source)));

/** Every field a card's lines propose; null where none was found. */
export function readCard(ocr: readonly OcrLine[]): CardFields {
  const lines = cardLines(ocr);
  const email = findEmail(lines);
  const phones = findPhones(lines);
  const others = lines.filter((line) => !readFrom(Object.values(phones), line) && !CONTACT.test(line.text));
  const address = findAddress(others);
  const rest = others.filter((line) => !readFrom([address], line));
  const parts = rest.flatMap((line) => partsOf(line).map((part) => ({ ...part, line })));
  const names = findName(candidatesOf(parts));
  // A department taken as the name is no longer a department.
  const roles = parts.filter((part) => part.role !== 'department' || part.text !== names.name?.value);
  return {
    ...names,
    organisation: organisationOf(roles),
    department: roleProposal(roles, 'department'),
    title: roleProposal(roles, 'title'),
    email,
    ...phones,
    address,
  };
}
