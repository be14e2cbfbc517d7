import { PROTOCOL } from '@shared/sync/client';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors';

/**
 * The oldest protocol this server still speaks (docs/sync-protocol.md, section 10). Not 1: an app
 * of protocol 1 writes the organiser and places as single strings, which protocol 2 stores per
 * language (migration 0002 rewrote those it held). Not 2: an app of protocol 2 writes a member's
 * affiliation as a single string, which protocol 3 stores per language (migration 0003). Either
 * is told to update rather than let in. Not 3 or 4: protocol 5 sends a merged text's changes as
 * Yjs updates, which an app of 3 or 4 would take for malformed texts, never showing the note again
 * (protocol 4 still spoke 3: an app of 3 wrote nothing 4 refused). Not 5: an app of 5 signs
 * nothing, and protocol 6 stores only signed changes. Not 6: an app of 6 refuses a checkpoint
 * (protocol 7) as malformed, and would miss the text of the updates the server let go of for it.
 * An app of 7 is let in: protocol 8 only adds endpoints (waiting for changes, the invitations'
 * list, naming a device) and a field to the devices list, which an app of 7 does not ask for, and
 * protocol 9 a field of the push (relayed keys), which an app of 7 or 8 does not send; protocol 10
 * snapshots, which an app of 7 to 9 never asks for; protocol 11 a table (the host people), whose
 * changes an app of 7 to 10 never writes and skips when it pulls them, as a table it does not know;
 * protocol 12 two values (an attachment owned by a host person, a report note of kind `letter`),
 * which an app of 7 to 11 never writes and skips when it pulls them, as a value its schema refuses.
 */
export const MIN_PROTOCOL = 7;

/**
 * Every request says the protocol it speaks in `Fieldbook-Protocol`; one
 * the server does not speak is refused before anything is read or written.
 * `GET /v1/info` answers anyone, so a client of any version can learn what
 * this server speaks. A custom header also keeps web pages of other origins
 * from sending requests here without the CORS preflight this server never answers.
 */
export const checkProtocol: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'GET' && c.req.path === '/v1/info') return next();
  const header = c.req.header('Fieldbook-Protocol');
  const speaks = { protocol: PROTOCOL, minProtocol: MIN_PROTOCOL };
  if (header === undefined) {
    throw new ApiError('protocol_too_old', `Send Fieldbook-Protocol: ${PROTOCOL}.`, speaks);
  }
  // The number as section 5 writes it, and only so: `05` or `5.0` is a client that does not follow the document.
  if (!/^(?:0|[1-9][0-9]{0,5})$/.test(header)) {
    throw new ApiError('invalid_body', 'Fieldbook-Protocol is a number in decimal digits, without a leading zero.');
  }
  const version = Number(header);
  if (version < MIN_PROTOCOL) {
    throw new ApiError('protocol_too_old', `This server speaks protocols ${MIN_PROTOCOL} to ${PROTOCOL}.`, speaks);
  }
  if (version > PROTOCOL) {
    throw new ApiError('protocol_too_new', `This server speaks protocols ${MIN_PROTOCOL} to ${PROTOCOL}.`, speaks);
  }
  return next();
};
