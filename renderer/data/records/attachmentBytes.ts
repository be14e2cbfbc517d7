/**
 * What the app makes of an attachment's bytes wherever they come from
 * (attached here or downloaded from the trip's server): their SHA-256, the
 * name the protocol gives them, and a photo's thumbnail.
 */

/** The SHA-256 of a file's bytes, in lower-case hex. Read whole: an attachment is at most 25 MB. */
export async function sha256Of(file: Blob): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const THUMBNAIL_WIDTH = 320;

/** A small JPEG of a photo for lists; null when the browser cannot decode it (a HEIC photo, say). */
export async function thumbnailOf(image: Blob): Promise<Blob | null> {
  try {
    const bitmap = await createImageBitmap(image, { resizeWidth: THUMBNAIL_WIDTH, resizeQuality: 'medium' });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  } catch {
    return null;
  }
}

/** Whether a write failed because the device's storage is full. */
export function isQuotaError(error: unknown): boolean {
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  return (error instanceof Error && error.name === 'QuotaExceededError') || inner === 'QuotaExceededError';
}
