import { checkAttachment, checkAttachmentSize } from '@shared/notes/attachmentRules';
import { fileTypeFromBuffer } from 'file-type';
import { thumbnailOf } from '../../../data/records/attachmentBytes';
import { type HashedCardPhoto, hashedCardPhoto } from '../../../data/records/hostPeople';

/** How much of a photo's start its type is read from, as for any attachment (notes/attachFiles.ts). */
const DETECTION_BYTES = 64 * 1024;

/** The name a photo taken with the camera is kept under; safeAttachmentName gives it its type's extension. */
const CAMERA_PHOTO = 'card';

/** Why a card's photo is not kept with its person: empty, over the attachments' limit, or not a photo of a type they take. */
export type NotKept = 'empty' | 'tooLarge' | 'unsupported';

/**
 * A card's photo as its person keeps it: checked as every attachment is
 * (checkAttachment: its size, then its type read from its first bytes), and
 * a photo, since the People page shows it as one; with its thumbnail and
 * hashed, all before the save's transaction, which cannot wait on them.
 */
export async function keptPhoto(photo: Blob): Promise<{ kept: HashedCardPhoto } | { notKept: NotKept }> {
  const name = photo instanceof File ? photo.name : CAMERA_PHOTO;
  // The size first: an oversized photo is never read.
  const sizeProblem = checkAttachmentSize(photo.size);
  if (sizeProblem) return { notKept: sizeProblem };
  const head = new Uint8Array(await photo.slice(0, DETECTION_BYTES).arrayBuffer());
  const check = checkAttachment({ name, size: photo.size, detected: (await fileTypeFromBuffer(head))?.mime });
  if (!check.ok) return { notKept: check.reason };
  if (check.kind !== 'image') return { notKept: 'unsupported' };
  const file = new Blob([await photo.arrayBuffer()], { type: check.mimeType });
  const thumbnail = await thumbnailOf(file);
  return { kept: await hashedCardPhoto({ fileName: name, mimeType: check.mimeType, file, thumbnail }) };
}
