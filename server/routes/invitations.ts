import { recordId } from '@shared/model/ids';
import { grant } from '@shared/sync/signing';
import type { Hono } from 'hono';
import { z } from 'zod';
import { normalizeCode } from '../codes';
import { requireFirstOrganiser, requireOrganiser } from '../http/auth';
import { deviceName, readJson } from '../http/body';
import type { AppEnv, Deps } from '../http/context';
import { ApiError } from '../http/errors';
import { isOnRoster } from '../store/changes';
import { addDevice } from '../store/devices';
import {
  claimInvitation,
  createInvitation,
  type InvitationState,
  latestInvitations,
  markInvitationUsed,
  withdrawInvitation,
} from '../store/invitations';

const inviteBody = z.object({ memberId: recordId, grant });
const joinBody = z.object({ code: z.string().max(50), deviceName });

/** An invitation as the organiser's list shows it: whether it was used, or can still be, or has expired. */
const viewOf = (invitation: InvitationState, at: number) => ({
  memberId: invitation.memberId,
  createdAt: invitation.createdAt.toISOString(),
  expiresAt: invitation.expiresAt.toISOString(),
  usedAt: invitation.usedAt?.toISOString() ?? null,
  state: invitation.usedAt ? 'used' : invitation.expiresAt.getTime() <= at ? 'expired' : 'open',
});

/**
 * Invitations: the organiser makes one per member of the roster, sees each
 * member's latest and withdraws an open one; a device joins the trip with
 * it, once.
 */
export function invitationRoutes(app: Hono<AppEnv>, { storage, now }: Deps): void {
  app.get('/v1/trips/:tripId/invitations', async (c) => {
    await requireOrganiser(c, storage);
    const invitations = await latestInvitations(storage, c.get('device').tripId);
    const at = now();
    return c.json({ invitations: invitations.map((invitation) => viewOf(invitation, at)) });
  });

  app.delete('/v1/trips/:tripId/invitations/:memberId', async (c) => {
    await requireOrganiser(c, storage);
    const { tripId } = c.get('device');
    const withdrawn = await storage.transaction((tx) =>
      withdrawInvitation(tx, tripId, c.req.param('memberId'), new Date(now())),
    );
    if (!withdrawn) throw new ApiError('not_found', 'The member has no open invitation.');
    return c.json({ withdrawn: true });
  });

  app.post('/v1/trips/:tripId/invitations', async (c) => {
    await requireFirstOrganiser(c, storage, 'invite members');
    const body = await readJson(c, inviteBody);
    const { memberId } = body;
    const { tripId, signingId } = c.get('device');
    // The inviting device vouches for the invitation with its own key (section 9): it must have one.
    if (!signingId) throw new ApiError('key_missing', 'This device has not registered its signing key.');
    if (body.grant.memberId !== memberId || body.grant.grantedBy !== signingId)
      throw new ApiError('invalid_body', 'The grant is of another member or by another device.');
    if (!(await isOnRoster(storage, tripId, memberId))) {
      throw new ApiError('not_found', "The trip's roster has no such member: push the member first.");
    }
    const invitation = await storage.transaction((tx) =>
      createInvitation(tx, tripId, memberId, body.grant, new Date(now())),
    );
    return c.json({ code: invitation.code, memberId, expiresAt: invitation.expiresAt.toISOString() }, 201);
  });

  app.post('/v1/join', async (c) => {
    const body = await readJson(c, joinBody);
    const code = normalizeCode(body.code);
    if (!code) throw new ApiError('code_invalid', 'Not an invitation code.');
    const at = new Date(now());
    const joined = await storage.transaction(async (tx) => {
      const claim = await claimInvitation(tx, code, at);
      if (!claim.ok) throw new ApiError(claim.problem, claim.message);
      const { tripId, memberId } = claim;
      const device = await addDevice(tx, {
        tripId,
        memberId,
        name: body.deviceName,
        organiser: false,
        grant: claim.grant,
        at,
      });
      await markInvitationUsed(tx, claim.codeHash, device.id, at);
      return { token: device.token, deviceId: device.id, tripId, memberId };
    });
    return c.json(joined, 201);
  });
}
