import { z } from 'zod';
import { type Connection, request, serverId, serverTime } from './client';
import type { Grant } from './signing';

/**
 * Who has access to a trip on its server (docs/sync-protocol.md, section 8):
 * the organiser's invitations, one open per member, and the trip's devices,
 * each a member's, which an organiser revokes and anyone names.
 */

/** The longest name a device goes by (in characters), on the join page, when renamed, and on the server. */
export const DEVICE_NAME_MAX = 100;

const invitation = z.object({ code: z.string().max(20), memberId: serverId, expiresAt: serverTime });
export type Invitation = z.infer<typeof invitation>;

/**
 * The organiser invites a roster member: a new code, single use, which
 * withdraws the member's previous one. `grant`: the inviting device's
 * signature of the invitation's key (section 9).
 */
export function inviteMember(
  connection: Connection,
  tripId: string,
  memberId: string,
  grant: Grant,
): Promise<Invitation> {
  return request(connection, 'POST', `/trips/${tripId}/invitations`, invitation, { memberId, grant });
}

/** A member's latest invitation, as the server keeps it: when, until when, whether used; never its code. */
const invitationState = z.object({
  memberId: serverId,
  createdAt: serverTime,
  expiresAt: serverTime,
  usedAt: serverTime.nullable(),
  state: z.enum(['open', 'used', 'expired']),
});
export type InvitationState = z.infer<typeof invitationState>;

export async function listInvitations(connection: Connection, tripId: string): Promise<InvitationState[]> {
  // One per member of the roster at most.
  const invitations = z.object({ invitations: z.array(invitationState).max(1000) });
  return (await request(connection, 'GET', `/trips/${tripId}/invitations`, invitations)).invitations;
}

/** Withdraws the member's open invitation: its code no longer joins. */
export async function withdrawInvitation(connection: Connection, tripId: string, memberId: string): Promise<void> {
  await request(
    connection,
    'DELETE',
    `/trips/${tripId}/invitations/${memberId}`,
    z.object({ withdrawn: z.literal(true) }),
  );
}

const device = z.object({
  deviceId: serverId,
  memberId: serverId,
  name: z.string().max(DEVICE_NAME_MAX),
  organiser: z.boolean(),
  createdAt: serverTime,
  lastSync: serverTime.nullable(),
  revokedAt: serverTime.nullable(),
  /** The device asking: "this device" in the list. */
  current: z.boolean(),
});
export type TripDevice = z.infer<typeof device>;

/** The trip's devices: every one to an organiser, a member's own to a member. */
export async function listDevices(connection: Connection, tripId: string): Promise<TripDevice[]> {
  // Every device that ever joined, revoked ones too: a delegation's many times over.
  const devices = z.object({ devices: z.array(device).max(1000) });
  return (await request(connection, 'GET', `/trips/${tripId}/devices`, devices)).devices;
}

export async function revokeDevice(connection: Connection, tripId: string, deviceId: string): Promise<TripDevice> {
  return (await request(connection, 'DELETE', `/trips/${tripId}/devices/${deviceId}`, z.object({ device }))).device;
}

/** Names a device: the device itself, or an organiser any of the trip's. */
export async function renameDevice(
  connection: Connection,
  tripId: string,
  deviceId: string,
  name: string,
): Promise<TripDevice> {
  const path = `/trips/${tripId}/devices/${deviceId}/name`;
  return (await request(connection, 'PUT', path, z.object({ device }), { name })).device;
}
