import { z } from 'zod';
import { acceptedType, attachmentFileName, safeAttachmentName } from './attachmentFile';
import { recordId } from './ids';
import { tripScoped } from './meta';

export const ATTACHMENT_OWNER_KINDS = ['visit', 'qaNote', 'minutes', 'checklistAnswer', 'hostPerson'] as const;

/** A SHA-256 as the protocol writes it: 64 lower-case hex digits. */
export const contentHash = z
  .string()
  .max(64)
  .regex(/^[0-9a-f]{64}$/, 'not a SHA-256 in lower-case hex');

/**
 * A photo or file (business card, handout, slides) attached to a visit or a
 * note, or a host person's business card as it was read (`hostPerson`, its
 * `visitId` null: it is among no visit's files). The bytes are stored apart
 * from this description so that lists of attachments never load them. Its
 * name is safe to write to any file system (see safeAttachmentName) and ends
 * with an extension of its type, however it arrives: attached here, synced
 * from another device or imported. Its bytes are named by their SHA-256
 * (`sha256`), by which they travel between devices and are checked on
 * arrival (docs/sync-protocol.md, section 6).
 */
export const attachment = tripScoped
  .extend({
    visitId: recordId.nullable(),
    owner: z.object({ kind: z.enum(ATTACHMENT_OWNER_KINDS), id: recordId }),
    fileName: attachmentFileName,
    mimeType: acceptedType,
    size: z.number().int().min(0),
    /**
     * Null for a file attached before its bytes travelled (protocol 3), until the
     * device that holds it hashes it; such a record may lack the field altogether.
     */
    sha256: contentHash.nullable().default(null),
  })
  .refine((record) => safeAttachmentName(record.fileName, record.mimeType) === record.fileName, {
    message: 'the name does not end with an extension of its type',
    path: ['fileName'],
  });
export type Attachment = z.infer<typeof attachment>;
