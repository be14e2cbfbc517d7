import type { Change } from '@shared/sync/merge';
import { type Bundle, digestsOf, importPublicKey, isSignedBy, verifyBundle } from '@shared/sync/signing';
import type { DeviceKey } from './store/keys';

/** Why a push's signatures are refused (docs/sync-protocol.md, section 9). */
export type SignatureProblem =
  | 'unsigned'
  | 'unknown_signer'
  | 'bad_signature'
  | 'not_signed'
  | 'wrong_member'
  | 'revoked_signer';

export type SignatureCheck =
  | { ok: true; bundles: Bundle[] }
  | { ok: false; problem: SignatureProblem; index: number; bundle?: string };

/**
 * Checks that every change of a push is signed by the device it names:
 * each carries a bundle (sent with it, or one the server holds: a relayed
 * change), the bundle's signature verifies against its device's key, the
 * change is one of the bundle's digests, and names its device's member. A
 * revoked device's bundle counts only if the server stored it before the
 * revocation (relayed since). Answers the bundles to store.
 */
export async function checkSignatures(
  keys: readonly DeviceKey[],
  changes: readonly Change[],
  sent: readonly Bundle[],
  held: readonly Bundle[],
): Promise<SignatureCheck> {
  const bySigner = new Map(keys.map((key) => [key.deviceId, key]));
  const heldIds = new Set(held.map((bundle) => bundle.id));
  const bundles = new Map<string, { bundle: Bundle; digests: Set<string>; signer: DeviceKey }>();
  for (const bundle of [...held, ...sent]) {
    if (bundles.has(bundle.id)) continue;
    const signer = bySigner.get(bundle.deviceId);
    const index = changes.findIndex((change) => change.bundle === bundle.id);
    const refuse = (problem: SignatureProblem): SignatureCheck => ({ ok: false, problem, index, bundle: bundle.id });
    if (!signer) return refuse('unknown_signer');
    if (signer.revokedAfter !== null && !heldIds.has(bundle.id)) return refuse('revoked_signer');
    if (!(await verifyBundle(await importPublicKey(signer.publicKey), bundle))) return refuse('bad_signature');
    bundles.set(bundle.id, { bundle, digests: digestsOf(bundle), signer });
  }
  for (const [index, change] of changes.entries()) {
    if (!change.bundle) return { ok: false, problem: 'unsigned', index };
    const signed = bundles.get(change.bundle);
    if (!signed) return { ok: false, problem: 'unsigned', index };
    if (!isSignedBy(change, signed.digests, signed.bundle)) return { ok: false, problem: 'not_signed', index };
    if (change.memberId !== signed.signer.memberId) return { ok: false, problem: 'wrong_member', index };
  }
  return { ok: true, bundles: sent.filter((bundle) => bundles.has(bundle.id)) };
}
