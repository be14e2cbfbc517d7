import type { Transaction } from 'dexie';

/**
 * Schema step 11: the trip's signed log as this device holds it, so that it
 * can pass on other devices' changes with their authors' signatures (a
 * re-send after a server was lost, a file): the signed changes it pulled,
 * its own among them as the server holds them (`changeLog`, by trip and by
 * leaf; `passOn` on those a file brought, until they are passed on to the
 * server), the bundles whose signatures cover them
 * (`bundles`), and the trip's keys it verified (`tripKeys`), so that a
 * change verifies with or without a server. And, device-local, the files of
 * a .fieldbook file being taken in (`stagedFiles`), checked and kept on
 * disk until the one transaction that applies the file; and the changes a
 * file brought from a device the trip does not know (`heldChanges`, their
 * bundles with the others), with the key that device claims
 * (`unknownKeys`), until an organiser accepts or refuses that device.
 *
 * The log fills as changes are pulled, so each trip's pull starts over from
 * the beginning once: what was pulled before this step is taken in again,
 * changing nothing but the log. Frozen: the settings' names are copies of
 * this version's (renderer/data/sync/cursor.ts).
 */
export const step11 = {
  version: 11,
  stores: {
    changeLog: 'id, [tripId+id], [recordId+path], [tripId+passOn]',
    bundles: 'id, tripId',
    tripKeys: '[tripId+deviceId]',
    stagedFiles: 'sha256',
    heldChanges: 'id, [tripId+deviceId]',
    unknownKeys: '[tripId+deviceId]',
  },
  upgrade: pullAgain,
};

const PULLED = /^sync:[^:]+:(pulled|pulledId)$/;

async function pullAgain(tx: Transaction): Promise<void> {
  await tx
    .table('settings')
    .filter((setting: { key: string }) => PULLED.test(setting.key))
    .modify({ value: null });
}
