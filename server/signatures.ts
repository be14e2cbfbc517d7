import type { Change } from '@shared/sync/merge';
import {
  type Bundle,
  digestsOf,
  importPublicKey,
  isSignedBy,
  type ListedKey,
  type RelayedKey,
  trustedKeys,
  verifyBundle,
} from '@shared/sync/signing';
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
 * revoked device's change is taken only if the log holds it already (`stored`,
 * a repeat): the log would put a new one after the revocation, where every
 * device leaves it out, however long before it was signed. Answers the
 * bundles to store.
 */
export async function checkSignatures(
  keys: readonly DeviceKey[],
  changes: readonly Change[],
  sent: readonly Bundle[],
  held: readonly Bundle[],
  stored: ReadonlySet<string>,
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
    if (signed.signer.revokedAfter !== null && !stored.has(change.id))
      return { ok: false, problem: 'revoked_signer', index, bundle: signed.bundle.id };
  }
  return { ok: true, bundles: sent.filter((bundle) => bundles.has(bundle.id)) };
}

/**
 * The keys a push relays that the trip has none of for their device yet and
 * that chain down to its root, through the keys it knows and the others
 * relayed, as every device checks them: those the server takes, to verify
 * the changes they signed (a trip published again after its server was
 * lost). A key for a device the trip knows changes nothing, whatever it
 * says: the device's own registration stands. A key a revoked device
 * vouched for is not taken.
 */
export async function relayedToKeep(
  tripId: string,
  root: string | null,
  known: readonly ListedKey[],
  sent: readonly RelayedKey[],
): Promise<RelayedKey[]> {
  const knownIds = new Set(known.map((key) => key.deviceId));
  const unknown = sent.filter((key) => !knownIds.has(key.deviceId));
  if (root === null || unknown.length === 0) return [];
  const trusted = await trustedKeys(tripId, root, [
    ...known,
    ...unknown.map((key) => ({ ...key, revokedAfter: null })),
  ]);
  // A revoked device lets no one in any more (a lost laptop's key in a thief's hands): a key new to this
  // server that it vouched for, or that one of those did, is not taken.
  const barred = new Set(known.filter((key) => key.revokedAfter !== null).map((key) => key.deviceId));
  for (let grew = true; grew; ) {
    grew = false;
    for (const key of unknown)
      if (!barred.has(key.deviceId) && key.grant && barred.has(key.grant.grantedBy)) {
        barred.add(key.deviceId);
        grew = true;
      }
  }
  return unknown.filter((key) => trusted.has(key.deviceId) && !barred.has(key.deviceId));
}
