import { z } from 'zod';
import { recordId } from './ids';
import { tripScoped } from './meta';

export const ATTACHMENT_OWNER_KINDS = ['visit', 'qaNote', 'minutes', 'checklistAnswer'] as const;

/**
 * A photo or file (business card, handout, slides) attached to a visit or a
 * note. The bytes are stored apart from this description so that lists of
 * attachments never load them.
 */
export const attachment = tripScoped.extend({
  visitId: recordId.nullable(),
  owner: z.object({ kind: z.enum(ATTACHMENT_OWNER_KINDS), id: recordId }),
  fileName: z.string().trim().min(1).max(255),
  mimeType: z.string().min(1).max(255),
  size: z.number().int().min(0),
});
export type Attachment = z.infer<typeof attachment>;
