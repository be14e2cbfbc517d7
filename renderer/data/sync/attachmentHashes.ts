import { asMember, type Store } from '../database/store';
import { getConnection } from '../device/syncConnections';
import { sha256Of } from '../records/attachmentBytes';
import { filesHere, getAttachmentFile, setAttachmentHash } from '../records/attachments';

/**
 * Names by their SHA-256 the files attached here before bytes travelled
 * (protocol 3), through the write funnel, so that the name syncs and the
 * bytes can follow: a pass in the background after start, since an upgrade
 * of the database cannot wait for WebCrypto. Each file is hashed before its
 * own transaction (which would end while it waited), as the member this
 * device syncs the trip as. Answers how many it named.
 */
export async function nameStoredFiles(store: Store): Promise<number> {
  const { db } = store;
  const unnamed = (await db.attachments.toArray()).filter((attachment) => !attachment.sha256);
  const here = await filesHere(
    db,
    unnamed.map((attachment) => attachment.id),
  );
  let named = 0;
  for (const attachment of unnamed) {
    const file = here.has(attachment.id) ? await getAttachmentFile(db, attachment.id) : null;
    if (!file) continue;
    const sha256 = await sha256Of(file);
    const connection = await getConnection(db, attachment.tripId);
    await setAttachmentHash(asMember(store, connection?.memberId ?? null), attachment.id, sha256);
    named += 1;
  }
  return named;
}
