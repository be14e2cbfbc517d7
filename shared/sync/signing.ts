import { digest } from 'lib0/hash/sha256';
import { z } from 'zod';
import { recordId } from '../model/ids';
import type { Change } from './merge';
import { fromBase64, toBase64 } from './texts';

/**
 * Authors nobody can forge (docs/sync-protocol.md, section 9). Each device
 * signs what it writes with its own Ed25519 key; the changes a push carries
 * are signed together, as a bundle: the SHA-256 digest of each change's
 * canonical bytes, in order, and one signature over the bundle's statement.
 * One signature per push keeps signing and verifying near the cost of
 * applying the changes; each change still verifies on its own with its
 * bundle, whoever relays it (another device, a re-send after a server was
 * lost, a file).
 */

const ED25519 = { name: 'Ed25519' } as const;
const DIGEST_BYTES = 32;

/** A key held by Web Crypto (a CryptoKey): only Web Crypto reads it. */
export type SigningKey = object;

/**
 * What shared/ uses of Web Crypto and the encoding API: the same in every
 * browser and in Node.js, typed here as shared/ has neither's library.
 */
interface Platform {
  crypto: {
    subtle: {
      sign(algorithm: typeof ED25519, key: SigningKey, data: Uint8Array): Promise<ArrayBuffer>;
      verify(algorithm: typeof ED25519, key: SigningKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
      generateKey(
        algorithm: typeof ED25519,
        extractable: boolean,
        usages: string[],
      ): Promise<{ privateKey: SigningKey; publicKey: SigningKey }>;
      exportKey(format: 'raw', key: SigningKey): Promise<ArrayBuffer>;
      importKey(
        format: 'raw' | 'pkcs8',
        data: Uint8Array,
        algorithm: typeof ED25519,
        extractable: boolean,
        usages: string[],
      ): Promise<SigningKey>;
      exportKey(format: 'jwk', key: SigningKey): Promise<{ x?: string }>;
    };
    getRandomValues<T extends Uint8Array>(array: T): T;
  };
  TextEncoder: new () => { encode(text: string): Uint8Array };
}
const platform = globalThis as unknown as Platform;
const { subtle } = platform.crypto;
const encoder = new platform.TextEncoder();

/** A push's signature over its changes' digests, by the device that wrote them. */
export const bundle = z.object({
  id: recordId,
  tripId: recordId,
  /** The signing device, as its changes' `deviceId` (the id its stamps end in). */
  deviceId: z.string().min(1).max(100),
  /** The changes' digests, 32 bytes each, in order, base64. */
  digests: z.string().max(44 * 1000 + 4),
  /** Ed25519 over the bundle's statement, base64. */
  signature: z.string().length(88),
});
export type Bundle = z.infer<typeof bundle>;

/** A value as JSON with every object's keys in order: the same bytes whatever order a value's keys came in. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, inner]) => inner !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
}

/** What of a change is signed: all of it but its bundle, which names the signature. */
export function changeBytes(change: Change): Uint8Array {
  const { id, table, recordId, tripId, path, value, hlc, base, deviceId, memberId } = change;
  const fields = { base, deviceId, hlc, id, memberId, path, recordId, table, tripId };
  // canonicalJson's bytes, written out field by field in their sorted order: every pulled change is
  // digested, and sorting the same ten keys each time was a third of verifying a page.
  if (Object.values(fields).some((field) => field === undefined) || value === undefined)
    return encoder.encode(canonicalJson({ ...fields, value }));
  const head = Object.entries(fields).map(([key, field]) => `"${key}":${JSON.stringify(field)}`);
  return encoder.encode(`{${head.join(',')},"value":${canonicalJson(value)}}`);
}

export function changeDigest(change: Change): Uint8Array {
  return digest(changeBytes(change));
}

/** What a bundle's signature signs: what it is, of which trip, by which device, and the digests. */
function statement(of: Omit<Bundle, 'signature'>): Uint8Array {
  const head = encoder.encode(`fieldbook-bundle-1\n${of.tripId}\n${of.deviceId}\n${of.id}\n`);
  const digests = fromBase64(of.digests);
  const bytes = new Uint8Array(head.length + digests.length);
  bytes.set(head);
  bytes.set(digests, head.length);
  return bytes;
}

/** Signs `changes`, all of `deviceId`'s, as the bundle `id`; each change then names it. */
export async function signBundle(
  privateKey: SigningKey,
  of: { id: string; tripId: string; deviceId: string },
  changes: readonly Change[],
): Promise<Bundle> {
  const digests = new Uint8Array(changes.length * DIGEST_BYTES);
  for (const [index, change] of changes.entries()) digests.set(changeDigest(change), index * DIGEST_BYTES);
  const unsigned = { ...of, digests: toBase64(digests) };
  const signature = new Uint8Array(await subtle.sign(ED25519, privateKey, statement(unsigned)));
  return { ...unsigned, signature: toBase64(signature) };
}

export async function verifyBundle(publicKey: SigningKey, signed: Bundle): Promise<boolean> {
  try {
    return await subtle.verify(ED25519, publicKey, fromBase64(signed.signature), statement(signed));
  } catch {
    return false;
  }
}

/** The digests a bundle signs, to find a change among them. */
export function digestsOf(signed: Bundle): Set<string> {
  const bytes = fromBase64(signed.digests);
  const digests = new Set<string>();
  for (let at = 0; at + DIGEST_BYTES <= bytes.length; at += DIGEST_BYTES)
    digests.add(toBase64(bytes.subarray(at, at + DIGEST_BYTES)));
  return digests;
}

/** Whether a change is one its bundle signs, as it is now: same leaf, value, stamp and author. */
export function isSignedBy(change: Change, digests: ReadonlySet<string>, signed: Bundle): boolean {
  return change.deviceId === signed.deviceId && digests.has(toBase64(changeDigest(change)));
}

/** A device's key pair; the private key cannot be read out of the device's store. */
export async function newSigningKey(): Promise<{ privateKey: SigningKey; publicKey: string }> {
  const pair = await subtle.generateKey(ED25519, false, ['sign', 'verify']);
  const raw = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  return { privateKey: pair.privateKey, publicKey: toBase64(raw) };
}

/** A public key as a device or the server sends it: 32 bytes, base64. */
export const publicKey = z
  .string()
  .length(44)
  .refine((text) => {
    try {
      return fromBase64(text).length === 32;
    } catch {
      return false;
    }
  }, 'not an Ed25519 public key');

export function importPublicKey(raw: string): Promise<SigningKey> {
  return subtle.importKey('raw', fromBase64(raw), ED25519, true, ['verify']);
}

/** Who a key is: the device it signs for, on which trip, for which member. */
export interface KeyOwner {
  tripId: string;
  deviceId: string;
  memberId: string;
  publicKey: string;
}

const keyStatement = (owner: KeyOwner) =>
  encoder.encode(`fieldbook-key-1\n${owner.tripId}\n${owner.deviceId}\n${owner.memberId}\n${owner.publicKey}\n`);

/** An organiser's device vouches for another device's key: it is that member's device on the trip. */
export async function certifyKey(privateKey: SigningKey, owner: KeyOwner): Promise<string> {
  return toBase64(new Uint8Array(await subtle.sign(ED25519, privateKey, keyStatement(owner))));
}

export async function verifyCertificate(certifier: SigningKey, owner: KeyOwner, certificate: string): Promise<boolean> {
  try {
    return await subtle.verify(ED25519, certifier, fromBase64(certificate), keyStatement(owner));
  } catch {
    return false;
  }
}

/**
 * An invitation's key: made from a secret the organiser's device adds to the
 * join code it shows, which the server never sees (the code's first part is
 * the server's), so that the device that joins with it can prove to every
 * other device that the organiser let it in, and the server cannot. The
 * secret's 50 random bits are all it is made of: a server that wanted to
 * find it from the key would try 2^50 keys.
 */
export async function invitationKey(secret: string): Promise<{ privateKey: SigningKey; publicKey: string }> {
  const seed = digest(encoder.encode(`fieldbook-invitation-1\n${secret}\n`));
  // An Ed25519 private key in PKCS #8 is this fixed prefix and its 32-byte seed (RFC 8410).
  const pkcs8 = new Uint8Array([...PKCS8_ED25519, ...seed]);
  const privateKey = await subtle.importKey('pkcs8', pkcs8, ED25519, true, ['sign']);
  const { x } = await subtle.exportKey('jwk', privateKey);
  if (!x) throw new Error('Web Crypto gave no public key');
  return { privateKey, publicKey: toBase64(fromBase64Url(x)) };
}

const PKCS8_ED25519 = [0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20];

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return fromBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
}

/** Ten random characters of `alphabet`, in two groups: the invitation's secret (50 bits). */
export function newInvitationSecret(alphabet: string): string {
  const bytes = platform.crypto.getRandomValues(new Uint8Array(10));
  const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** An organiser's device lets one member in: it signs the invitation's key for that member of that trip. */
export interface Grant {
  memberId: string;
  invitationKey: string;
  /** The device whose key signed it, as its changes name it. */
  grantedBy: string;
  signature: string;
}

export const grant = z.object({
  memberId: recordId,
  invitationKey: publicKey,
  grantedBy: z.string().min(1).max(100),
  signature: z.string().length(88),
});

const grantStatement = (tripId: string, of: Omit<Grant, 'signature'>) =>
  encoder.encode(`fieldbook-grant-1\n${tripId}\n${of.memberId}\n${of.invitationKey}\n${of.grantedBy}\n`);

export async function signGrant(privateKey: SigningKey, tripId: string, of: Omit<Grant, 'signature'>): Promise<Grant> {
  const signature = new Uint8Array(await subtle.sign(ED25519, privateKey, grantStatement(tripId, of)));
  return { ...of, signature: toBase64(signature) };
}

async function verifies(key: SigningKey, signature: string, statement: Uint8Array): Promise<boolean> {
  try {
    return await subtle.verify(ED25519, key, fromBase64(signature), statement);
  } catch {
    return false;
  }
}

/** A device's key as the server lists it: who it is, and how it is vouched for. */
export const listedKey = z.object({
  deviceId: z.string().min(1).max(100),
  memberId: recordId,
  publicKey,
  /** The invitation's key's signature over this key (`certifyKey`); null for the trip's first device. */
  certificate: z.string().length(88).nullable(),
  /** The organiser's device's grant of the invitation the device joined with; null for the trip's first device. */
  grant: grant.nullable(),
  /** The last place in the trip's log that holds its changes, when it was revoked; null while it is not. */
  revokedAfter: z.number().int().nonnegative().nullable(),
});
export type ListedKey = z.infer<typeof listedKey>;

/**
 * Another device's key as a device relays it with that device's changes
 * (a re-send after a server was lost, a file): as listed, without the
 * place of a revocation, which only the server that revoked it can say.
 * It counts only where its grant and certificate chain down to the trip's
 * first device (trustedKeys), whoever carries it.
 */
export const relayedKey = listedKey.omit({ revokedAfter: true });
export type RelayedKey = z.infer<typeof relayedKey>;

/** A key this device trusts: whose, and up to where in the log (revoked devices). */
export interface TrustedKey {
  key: SigningKey;
  memberId: string;
  revokedAfter: number | null;
}

/**
 * The keys that verify, from the trip's first device's (`root`, the device
 * that published the trip: trusted as first heard of) down: a device joined
 * with an invitation that a trusted device of the member who published the
 * trip granted for its member, whose key that invitation's key certified.
 * Anything else is left out, and so are the changes it signed. Only that
 * member's devices vouch for others (docs/sync-protocol.md, section 9): a
 * grant carries no time, so a co-organiser's, judged by the roster, would
 * count on a device that heard of a change of role later and not on one
 * that heard earlier, and a plain member's device could let in a key in
 * the organiser's name.
 */
export async function trustedKeys(
  tripId: string,
  root: string,
  listed: readonly ListedKey[],
): Promise<Map<string, TrustedKey>> {
  const trusted = new Map<string, TrustedKey>();
  const first = listed.find((entry) => entry.deviceId === root && entry.grant === null);
  if (!first) return trusted;
  trusted.set(root, {
    key: await importPublicKey(first.publicKey),
    memberId: first.memberId,
    revokedAfter: first.revokedAfter,
  });
  // Grants chain (the publishing member's second device invites too): go round until no more keys are found.
  for (let found = true; found; ) {
    found = false;
    for (const entry of listed) {
      if (trusted.has(entry.deviceId) || !entry.grant || !entry.certificate) continue;
      const granter = trusted.get(entry.grant.grantedBy);
      if (!granter || granter.memberId !== first.memberId || entry.grant.memberId !== entry.memberId) continue;
      const { signature, ...granted } = entry.grant;
      if (!(await verifies(granter.key, signature, grantStatement(tripId, granted)))) continue;
      const invitation = await importPublicKey(entry.grant.invitationKey);
      if (!(await verifyCertificate(invitation, { tripId, ...entry }, entry.certificate))) continue;
      trusted.set(entry.deviceId, {
        key: await importPublicKey(entry.publicKey),
        memberId: entry.memberId,
        revokedAfter: entry.revokedAfter,
      });
      found = true;
    }
  }
  return trusted;
}
