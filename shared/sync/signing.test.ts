import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from './merge';
import {
  canonicalJson,
  certifyKey,
  changeBytes,
  digestsOf,
  importPublicKey,
  invitationKey,
  isSignedBy,
  newInvitationSecret,
  newSigningKey,
  signBundle,
  signGrant,
  trustedKeys,
  verifyBundle,
  verifyCertificate,
} from './signing';

const TRIP = '0192a000-0000-7000-8000-00000000aaaa';
const DEVICE = '0192a000-0000-7000-8000-00000000d001';
const OTHER_DEVICE = '0192a000-0000-7000-8000-00000000d002';
const MEMBER = '0192a000-0000-7000-8000-000000000001';

const change = (overrides: Partial<Change> = {}): Change => ({
  id: '0192a000-0000-7000-8000-00000000c001',
  table: 'qaNotes',
  recordId: '0192a000-0000-7000-8000-00000000e001',
  tripId: TRIP,
  path: 'answer/text',
  value: '현 예산의 1/4~1/5',
  hlc: `00000m5ld3g-00000-${DEVICE}`,
  base: null,
  deviceId: DEVICE,
  memberId: MEMBER,
  ...overrides,
});

async function signed(changes: Change[]) {
  const key = await newSigningKey();
  const bundle = await signBundle(
    key.privateKey,
    { id: '0192a000-0000-7000-8000-00000000b001', tripId: TRIP, deviceId: DEVICE },
    changes,
  );
  return { key, bundle, publicKey: await importPublicKey(key.publicKey) };
}

describe('signed changes', () => {
  it('signs a change’s canonical JSON: every field but its bundle, keys sorted, whatever values it holds', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.option(fc.string()), fc.option(fc.string()), (value, base, memberId) => {
        const sample = { ...change({ value }), base, memberId } as Change;
        const { bundle: _, ...fields } = { ...sample, bundle: 'b' };
        expect(new TextDecoder().decode(changeBytes(sample))).toBe(canonicalJson(fields));
      }),
    );
  });

  it('verifies a bundle and each change it signs, whatever order an object value’s keys come in', async () => {
    const host = change({
      id: '0192a000-0000-7000-8000-00000000c002',
      table: 'minutes',
      path: 'hostAttendees',
      value: [{ name: { ja: '麻生渡' }, title: { ja: '知事' } }],
    });
    const { bundle, publicKey } = await signed([change(), host]);
    expect(await verifyBundle(publicKey, bundle)).toBe(true);
    const digests = digestsOf(bundle);
    expect(isSignedBy(change(), digests, bundle)).toBe(true);
    expect(isSignedBy({ ...host, value: [{ title: { ja: '知事' }, name: { ja: '麻生渡' } }] }, digests, bundle)).toBe(
      true,
    );
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  it('refuses an altered value, an altered path, a swapped author and a change replayed under another record', async () => {
    const { bundle } = await signed([change()]);
    const digests = digestsOf(bundle);
    expect(isSignedBy(change({ value: '현 예산의 1/2' }), digests, bundle)).toBe(false);
    expect(isSignedBy(change({ path: 'question/text' }), digests, bundle)).toBe(false);
    expect(isSignedBy(change({ memberId: '0192a000-0000-7000-8000-000000000002' }), digests, bundle)).toBe(false);
    expect(isSignedBy(change({ deviceId: OTHER_DEVICE }), digests, bundle)).toBe(false);
    expect(isSignedBy(change({ recordId: '0192a000-0000-7000-8000-00000000e002' }), digests, bundle)).toBe(false);
  });

  it('refuses a bundle whose digests, trip or device were changed, or that another key signed', async () => {
    const { bundle, publicKey } = await signed([change()]);
    const other = await importPublicKey((await newSigningKey()).publicKey);
    expect(await verifyBundle(other, bundle)).toBe(false);
    expect(await verifyBundle(publicKey, { ...bundle, deviceId: OTHER_DEVICE })).toBe(false);
    expect(await verifyBundle(publicKey, { ...bundle, tripId: '0192a000-0000-7000-8000-00000000aaab' })).toBe(false);
    const forged = (await signed([change({ value: '가짜' })])).bundle;
    expect(await verifyBundle(publicKey, { ...bundle, digests: forged.digests })).toBe(false);
  });

  it('certifies a device’s key for one member of one trip, and nothing else', async () => {
    const organiser = await newSigningKey();
    const member = await newSigningKey();
    const owner = { tripId: TRIP, deviceId: OTHER_DEVICE, memberId: MEMBER, publicKey: member.publicKey };
    const certificate = await certifyKey(organiser.privateKey, owner);
    const verifier = await importPublicKey(organiser.publicKey);
    expect(await verifyCertificate(verifier, owner, certificate)).toBe(true);
    expect(
      await verifyCertificate(verifier, { ...owner, memberId: '0192a000-0000-7000-8000-000000000009' }, certificate),
    ).toBe(false);
    expect(await verifyCertificate(await importPublicKey(member.publicKey), owner, certificate)).toBe(false);
  });
});

describe('the keys a device trusts', () => {
  const MEMBER_2 = '0192a000-0000-7000-8000-000000000002';
  const MEMBER_3 = '0192a000-0000-7000-8000-000000000003';
  async function joined(
    granter: { privateKey: object },
    grantedBy: string,
    deviceId: string,
    memberId: string,
    secret = 'ABCDE-FGHJK',
  ) {
    const invitation = await invitationKey(secret);
    const device = await newSigningKey();
    const owner = { tripId: TRIP, deviceId, memberId, publicKey: device.publicKey };
    return {
      device,
      listed: {
        ...owner,
        certificate: await certifyKey(invitation.privateKey, owner),
        grant: await signGrant(granter.privateKey, TRIP, { memberId, invitationKey: invitation.publicKey, grantedBy }),
        revokedAfter: null,
      },
    };
  }

  it('derives the same invitation key from the same secret, and another from another', async () => {
    const one = await invitationKey('ABCDE-FGHJK');
    expect((await invitationKey('ABCDE-FGHJK')).publicKey).toBe(one.publicKey);
    expect((await invitationKey('ABCDE-FGHJM')).publicKey).not.toBe(one.publicKey);
    expect(newInvitationSecret('0123456789ABCDEFGHJKMNPQRSTVWXYZ')).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  });

  it('trusts the first device, the devices its member let in; not a key whose grant or certificate is forged, nor one another member let in', async () => {
    const root = await newSigningKey();
    const rootEntry = {
      deviceId: DEVICE,
      memberId: MEMBER,
      publicKey: root.publicKey,
      certificate: null,
      grant: null,
      revokedAfter: null,
    };
    const member = await joined(root, DEVICE, OTHER_DEVICE, MEMBER_2);
    // The organiser's second device, let in by the first: it lets others in as the first does.
    const laptop = await joined(root, DEVICE, '0192a000-0000-7000-8000-00000000d006', MEMBER);
    const invitedByLaptop = await joined(
      laptop.device,
      laptop.listed.deviceId,
      '0192a000-0000-7000-8000-00000000d007',
      MEMBER_2,
    );
    // A member's device that lets in a key in the organiser's name, or in another member's.
    const third = '0192a000-0000-7000-8000-00000000d003';
    const invitedByMember = await joined(member.device, OTHER_DEVICE, third, MEMBER);
    const otherByMember = await joined(member.device, OTHER_DEVICE, '0192a000-0000-7000-8000-00000000d008', MEMBER_3);
    const forgedGrant = await joined(await newSigningKey(), DEVICE, '0192a000-0000-7000-8000-00000000d004', MEMBER_2);
    const wrongMember = await joined(root, DEVICE, '0192a000-0000-7000-8000-00000000d005', MEMBER_2);
    const entries = [
      rootEntry,
      ...[member, laptop, invitedByLaptop, invitedByMember, otherByMember, forgedGrant].map(
        ({ listed: { tripId: _, ...entry } }) => entry,
      ),
      // A key certified for one member, listed as another's.
      { ...wrongMember.listed, tripId: undefined, memberId: MEMBER },
    ];
    const trusted = await trustedKeys(TRIP, DEVICE, entries);
    expect([...trusted.keys()].sort()).toEqual(
      [DEVICE, OTHER_DEVICE, laptop.listed.deviceId, invitedByLaptop.listed.deviceId].sort(),
    );
    expect(trusted.get(OTHER_DEVICE)?.memberId).toBe(MEMBER_2);
    expect((await trustedKeys(TRIP, OTHER_DEVICE, entries)).size).toBe(0);
  });
});
