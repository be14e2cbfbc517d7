import type { CardLine } from './cardLines';

/**
 * A field's value as read from a card, for the user to confirm or correct
 * beside the photo. Its confidence (0–1) is the OCR's for the lines it comes
 * from times how sure the rule that found it is: an e-mail address read
 * clearly is near 1, one whose domain lost a dot is low, however clear.
 */
export interface Proposal {
  value: string;
  confidence: number;
  /** The OCR's lines it was read from (their places in what the OCR returned), to show them on the photo. */
  lines: number[];
}

/** A proposal from `lines`, as sure as its least clear line and the rule's `certainty`. */
export function propose(value: string, certainty: number, lines: readonly CardLine[]): Proposal {
  const clearest = Math.min(...lines.map((line) => line.confidence));
  return {
    value,
    confidence: Math.round(clearest * certainty * 100) / 100,
    lines: [...new Set(lines.flatMap((line) => line.sources))],
  };
}

/** The surest of some proposals, the first on a tie. */
export function surest(proposals: readonly (Proposal | null)[]): Proposal | null {
  return proposals.reduce<Proposal | null>(
    (best, proposal) => (proposal && (!best || proposal.confidence > best.confidence) ? proposal : best),
    null,
  );
}
