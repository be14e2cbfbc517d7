import { FileRefused } from '@shared/exchange/tripFile';
import type { ItineraryItemInput } from '@shared/itinerary/input';
import type {
  HostPerson,
  ItineraryItem,
  Member,
  MemberInput,
  Minutes,
  MinutesFields,
  MinutesInput,
  QaNote,
  QaNoteInput,
} from '@shared/model';
import { copyOfPerson } from '@shared/people/directory';
import { ForbiddenWriteError } from '@shared/sync/permissions';
import { expect } from 'vitest';
import { asMember } from '../../renderer/data/database/store';
import { lastExportTo, markExportedTo } from '../../renderer/data/device/exportMarks';
import { exportTrip } from '../../renderer/data/exchange/exportTrip';
import { importTripFile } from '../../renderer/data/exchange/importTrip';
import { addAttachment } from '../../renderer/data/records/attachments';
import { saveAnswer } from '../../renderer/data/records/checklistAnswers';
import { deleteItineraryItem, saveItineraryItem } from '../../renderer/data/records/itineraryItems';
import { removeMember, restoreMember, updateMember } from '../../renderer/data/records/members';
import { getMinutes, saveMinutes } from '../../renderer/data/records/minutes';
import { addQaNote, deleteQaNote, restoreQaNote, updateQaNote } from '../../renderer/data/records/qaNotes';
import { saveNote } from '../../renderer/data/recovery/noteDrafts';
import { syncTrip } from '../../renderer/data/sync/syncTrip';
import { RecordNotFoundError } from '../../renderer/data/writes/records';
import { compactTrip } from '../../server/store/compaction';
import type { Fault } from '../fixtures/faultyProxy';
import type { Command, Write } from './arbitraries';
import { count, directoryStats, pickablePerson, toggled, writeDirectory } from './directory';
import {
  type Client,
  INTERPRETER,
  interpreterDevice,
  isNetworkFailure,
  openClient,
  serverOf,
  startServerIn,
  stopServerIn,
  TYPED_CONTACTS,
  type World,
} from './world';

const itemInput = (item: ItineraryItem): ItineraryItemInput => ({
  kind: item.kind,
  title: item.title,
  date: item.date,
  startTime: item.startTime,
  endDate: item.endDate,
  endTime: item.endTime,
  timeZone: item.timeZone,
  endTimeZone: item.endTimeZone,
  location: item.location,
  host: item.host,
  attendeeIds: item.attendeeIds,
  expectedAttendees: item.expectedAttendees,
  preparationNotes: item.preparationNotes,
});

const memberInput = ({ name, nameForHosts, affiliation, role, email, phone }: Member): MemberInput => ({
  name,
  nameForHosts,
  affiliation,
  role,
  email,
  phone,
});

const empty = { lang: 'ko' as const, text: '', translations: {} };

const minutesInput = (minutes: Minutes | null): MinutesInput => ({
  hostAttendees: minutes?.hostAttendees ?? [],
  delegationAttendeeIds: minutes?.delegationAttendeeIds ?? [],
  agenda: minutes?.agenda ?? [],
  discussion: minutes?.discussion ?? empty,
  decisions: minutes?.decisions ?? empty,
  followUps: minutes?.followUps ?? [],
});

const qaInput = ({ question, askedBy, answeredBy, answer, time, checklistQuestionIds }: QaNote): QaNoteInput => ({
  question,
  askedBy,
  answeredBy,
  answer,
  time,
  checklistQuestionIds,
});

const at = <T>(list: readonly T[], index: number): T => {
  const found = list[index];
  if (found === undefined) throw new Error(`Nothing at ${index}`);
  return found;
};

const DIRECTORY_WRITES: ReadonlySet<Write['kind']> = new Set<Write['kind']>([
  'addPerson',
  'correctPerson',
  'deletePerson',
  'restorePerson',
  'pickContact',
  'pickHost',
  'pickAnswerer',
  'typeContact',
]);

/**
 * Does one write as a member does in the app: the form's values are the
 * record as this device holds it. A directory write is checked as it is
 * written when nothing else writes on the device meanwhile (`alone`).
 */
async function perform(world: World, device: Client, write: Write, alone: boolean): Promise<void> {
  const { store } = device;
  const { db } = store;
  const author = asMember(store, device.memberId);
  const { tripId } = world;
  switch (write.kind) {
    case 'answer': {
      // The organiser's device may write as any member; a member's device writes as its member.
      const memberId = world.clients[0] === device ? at(world.members, write.as) : device.memberId;
      const key = {
        tripId,
        visitId: at(world.visits, write.visit),
        questionId: at(world.questions, write.question),
        memberId,
      };
      await saveAnswer(asMember(store, memberId), key, write.text, 'ko');
      return;
    }
    case 'minutes': {
      const visitId = at(world.visits, write.visit);
      const input = minutesInput(await getMinutes(db, visitId));
      input[write.field] = { lang: 'ko', text: write.text, translations: {} };
      await saveMinutes(author, tripId, visitId, input, 'ko');
      return;
    }
    case 'type': {
      const visitId = at(world.visits, write.visit);
      // The second window opens on the same database, as a second window of the app does.
      if (write.tab === 1 && !device.tab)
        device.tab = await openClient(world, world.clients.indexOf(device), device.database);
      const window = write.tab === 1 && device.tab ? device.tab : store;
      const now = await getMinutes(window.db, visitId);
      const view = `${write.tab}:${visitId}`;
      const over = write.stale ? (device.shown.get(view) ?? now?.discussion.text ?? '') : (now?.discussion.text ?? '');
      const run = `⟨${world.clients.indexOf(device)}.${world.typed.length}⟩`;
      // Between runs, never inside one: a run is what one member typed on, whole, whoever typed elsewhere.
      const places = [...Array(over.length + 1).keys()].filter(
        (index) => over.slice(0, index).split('⟨').length === over.slice(0, index).split('⟩').length,
      );
      const place = places[write.at % places.length] ?? over.length;
      const typed = over.slice(0, place) + run + over.slice(place);
      const input = minutesInput(now ?? null);
      const target = { kind: 'minutes' as const, tripId, visitId, lang: 'ko' as const };
      const value = { ...input, discussion: { ...input.discussion, text: typed } };
      const shownBefore = { ...input, discussion: { ...input.discussion, text: over } };
      await saveNote(asMember(window, device.memberId), target, value as MinutesFields, shownBefore as MinutesFields);
      world.typed.push({ client: world.clients.indexOf(device), visitId, run });
      device.shown.set(view, (await getMinutes(window.db, visitId))?.discussion.text ?? '');
      return;
    }
    case 'attendees': {
      const visitId = at(world.visits, write.visit);
      const input = minutesInput(await getMinutes(db, visitId));
      input.delegationAttendeeIds = write.members.map((index) => at(world.members, index));
      await saveMinutes(author, tripId, visitId, input, 'ko');
      return;
    }
    case 'addQa': {
      const question = { lang: 'ko' as const, text: write.question, translations: {} };
      const input = {
        question,
        askedBy: device.memberId,
        answeredBy: null,
        answer: empty,
        time: null,
        checklistQuestionIds: [],
      };
      const added = await addQaNote(author, tripId, at(world.visits, write.visit), input, { lang: 'ko' });
      world.qaNotes.push(added.id);
      return;
    }
    case 'editQa': {
      const id = world.qaNotes[write.note];
      const existing = id === undefined ? undefined : await db.qaNotes.get(id);
      if (!id || !existing) return;
      await updateQaNote(author, id, { ...qaInput(existing), answer: { ...empty, text: write.answer } }, 'ko');
      return;
    }
    case 'deleteQa': {
      const id = world.qaNotes[write.note];
      if (!id) return;
      await deleteQaNote(author, id);
      device.undo.push(() => restoreQaNote(author, id));
      return;
    }
    case 'restoreQa': {
      const id = world.qaNotes[write.note];
      if (id) await restoreQaNote(author, id);
      return;
    }
    case 'item': {
      const id = at(world.visits, write.visit);
      const item = await db.itineraryItems.get(id);
      if (!item) return;
      const input = itemInput(item);
      if (write.field === 'location') input.location = { ...item.location, ja: write.value };
      if (write.field === 'startTime') input.startTime = write.value;
      // The form keeps the host's address and contacts as they are.
      if (write.field === 'host')
        input.host = {
          name: { ...item.host?.name, ja: write.value },
          address: item.host?.address ?? {},
          contacts: item.host?.contacts ?? [],
        };
      const change = await saveItineraryItem(store, tripId, input, { id, lang: 'ko' });
      device.undo.push(change.undo);
      return;
    }
    case 'deleteItem': {
      const change = await deleteItineraryItem(store, at(world.visits, write.visit));
      device.undo.push(change.undo);
      return;
    }
    case 'member': {
      const id = at(world.members, write.member);
      const member = await db.members.get(id);
      if (!member) return;
      const input = memberInput(member);
      if (write.field === 'affiliation') input.affiliation = { ...member.affiliation, ja: write.value };
      if (write.field === 'phone') input.phone = write.value;
      await updateMember(store, id, input);
      return;
    }
    case 'removeMember': {
      const id = at(world.members, write.member);
      await removeMember(store, id);
      device.undo.push(() => restoreMember(store, id));
      return;
    }
    case 'restoreMember':
      await restoreMember(store, at(world.members, write.member));
      return;
    case 'attach': {
      const visitId = at(world.visits, write.visit);
      await addAttachment(author, {
        tripId,
        visitId,
        owner: { kind: 'visit', id: visitId },
        fileName: `사진 ${write.seed}.jpg`,
        mimeType: 'image/jpeg',
        file: new Blob([fileBytes(write.size, write.seed)], { type: 'image/jpeg' }),
        thumbnail: null,
      });
      return;
    }
    case 'undo':
      await device.undo.pop()?.();
      return;
    case 'pickContact':
    case 'typeContact': {
      // The item's form: a person picked from the directory, or a contact typed as an app before protocol 11 did.
      const id = at(world.visits, write.visit);
      const item = await db.itineraryItems.get(id);
      if (!item) return;
      const input = itemInput(item);
      const host = item.host ?? { name: {}, address: {}, contacts: [] };
      let contacts: HostPerson[];
      if (write.kind === 'pickContact')
        contacts = toggled(host.contacts, await pickablePerson(world, db, write.person));
      else {
        const typed = at(TYPED_CONTACTS, write.copy % TYPED_CONTACTS.length);
        const same = (copy: HostPerson) => JSON.stringify(copy) === JSON.stringify(typed);
        contacts = host.contacts.some(same) ? host.contacts.filter((copy) => !same(copy)) : [...host.contacts, typed];
      }
      input.host = { ...host, contacts };
      const change = await saveItineraryItem(store, tripId, input, { id, lang: 'ko' });
      device.undo.push(change.undo);
      return;
    }
    case 'pickHost': {
      // The minutes' editor: minutes not written yet start from the visit's contacts; saved as the editor saves.
      const visitId = at(world.visits, write.visit);
      const now = await getMinutes(db, visitId);
      const visit = now ? undefined : await db.itineraryItems.get(visitId);
      const shown = { ...minutesInput(now), ...(now ? {} : { hostAttendees: visit?.host?.contacts ?? [] }) };
      const person = await pickablePerson(world, db, write.person);
      const value = { ...shown, hostAttendees: toggled(shown.hostAttendees, person) };
      const target = { kind: 'minutes' as const, tripId, visitId, lang: 'ko' as const };
      await saveNote(author, target, value as MinutesFields, shown as MinutesFields);
      return;
    }
    case 'pickAnswerer': {
      const id = world.qaNotes[write.note];
      const existing = id === undefined ? undefined : await db.qaNotes.get(id);
      if (!id || !existing) return;
      const person = await pickablePerson(world, db, write.person);
      const answeredBy = existing.answeredBy?.personId === person.id ? null : copyOfPerson(person);
      await updateQaNote(author, id, { ...qaInput(existing), answeredBy }, 'ko');
      return;
    }
    default:
      return writeDirectory(world, world.clients.indexOf(device), write, alone);
  }
}

const files = new Map<string, Uint8Array<ArrayBuffer>>();

/** The bytes of a file the property attaches: the same for the same size and seed, on any device. */
export function fileBytes(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const key = `${size}:${seed}`;
  const made = files.get(key);
  if (made) return made;
  const bytes = new Uint8Array(size);
  let state = seed;
  for (let i = 0; i < size; i += 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  files.set(key, bytes);
  return bytes;
}

/**
 * A write as the app makes it. A write the device refuses because the
 * record is not there (not synced yet, or deleted) is what the app would
 * say to the user: nothing is written. (What a write puts in the outbox is
 * kept by openClient.) `alone`: no sync of the device runs meanwhile.
 */
async function write(world: World, index: number, what: Write, alone = true): Promise<string> {
  const outcome = await (async () => {
    try {
      await perform(world, at(world.clients, index), what, alone);
      return 'written';
    } catch (error) {
      if (error instanceof RecordNotFoundError) return 'not there';
      // The roles keep a plain member from it: the app does not offer it, and nothing is written.
      if (error instanceof ForbiddenWriteError) return 'not theirs';
      throw error;
    }
  })();
  if (DIRECTORY_WRITES.has(what.kind))
    count(directoryStats.writes, `${index === INTERPRETER ? 'interpreter ' : ''}${what.kind} ${outcome}`);
  return outcome;
}

/**
 * The interpreter tries a change of the directory. Their device refuses it
 * (nothing is written) unless it has not heard of their role yet: then its
 * roster says member for the write, as a device does whose member was made an
 * interpreter while it was offline, and the server refuses it at the sync
 * that follows. The roster's record itself is not written: only this
 * device's copy of it says member, for the write.
 */
async function interpret(world: World, command: Extract<Command, { type: 'interpreter' }>): Promise<string> {
  const joined = world.clients[INTERPRETER] !== undefined;
  const device = await interpreterDevice(world);
  if (!device) return 'the interpreter could not join';
  // A device that joins syncs at once, as the app's join does.
  const first = joined ? '' : `joined: ${await sync(world, INTERPRETER)}; `;
  const { db } = device.store;
  const member = await db.members.get(world.interpreter);
  const from = world.written.length;
  if (command.unaware && member) await db.members.put({ ...member, role: 'member' });
  let wrote: string;
  try {
    wrote = await write(world, INTERPRETER, command.write);
    if (command.unaware && member) count(directoryStats.writes, `interpreter unaware ${wrote}`);
  } finally {
    if (command.unaware && member) await db.members.put(member);
  }
  const changes = world.written.slice(from).filter(({ client }) => client === INTERPRETER);
  if (!command.unaware || !member)
    expect(changes, 'an interpreter aware of their role writes nothing of the directory').toEqual([]);
  return `${first}${command.unaware && member ? 'unaware: ' : ''}${wrote}; ${await sync(world, INTERPRETER, command.faults)}`;
}

/**
 * One sync of a device through the proxy, with faults for its requests and, apart, for its uploads'
 * chunks; a network failure is an outcome, anything else a failure of the test.
 */
export async function sync(
  world: World,
  index: number,
  faults: readonly Fault[] = [],
  chunkFaults: readonly Fault[] = [],
): Promise<string> {
  const device = at(world.clients, index);
  world.proxy.plan(device.token, faults);
  world.proxy.planChunks(device.token, chunkFaults);
  try {
    const result = await syncTrip(device.store, serverOf(world, device), world.tripId);
    const { files } = result;
    return `sent ${result.sent}, received ${result.received}, files ${files.sent}/${files.toSend} up, ${files.received}/${files.toReceive} down`;
  } catch (error) {
    if (isNetworkFailure(error)) return `failed: ${(error as Error).message}`;
    throw error;
  } finally {
    world.proxy.plan(device.token, []);
    world.proxy.planChunks(device.token, []);
  }
}

/**
 * A file from one device taken in by another, as the app does (exportTrip,
 * importTripFile). A file the roles refuse whole (a writer's role changed
 * since they wrote) changes nothing, and says so; any other refusal is a bug.
 */
async function exchange(world: World, from: number, to: number): Promise<string> {
  const { store } = at(world.clients, from);
  const recipient = at(world.clients, to).memberId;
  const pieces: Uint8Array[] = [];
  // As the app exports for a member: what changed since this device's last export to them.
  const since = await lastExportTo(store.db, world.tripId, recipient);
  const written = await exportTrip(store, world.tripId, async (chunk) => void pieces.push(chunk.slice()), {
    kind: 'changes',
    since,
  });
  await markExportedTo(store.db, world.tripId, recipient, { ...written.reached, at: new Date().toISOString() });
  async function* file() {
    yield* pieces;
  }
  try {
    const taken = await importTripFile(at(world.clients, to).store, file(), { into: world.tripId });
    return `${written.ofChanges} changes written since ${since ? `${since.upTo}, ${since.clock}` : 'the start'}, ${taken.changes} new, ${taken.unknown} from devices not known yet`;
  } catch (error) {
    if (error instanceof FileRefused && error.problem === 'forbidden') return `refused: ${error.detail}`;
    throw error;
  }
}

export async function run(world: World, command: Command): Promise<string> {
  switch (command.type) {
    case 'write':
      return write(world, command.client, command.write);
    case 'sync':
      return sync(world, command.client, command.faults);
    case 'syncTogether':
      return (await Promise.all(world.clients.map((_, i) => sync(world, i, command.faults[i] ?? [])))).join('; ');
    case 'syncWhileWriting': {
      const [synced, wrote] = await Promise.all([
        sync(world, command.client, command.faults),
        write(world, command.client, command.write, false),
      ]);
      return `${synced}; ${wrote}`;
    }
    case 'cutUpload': {
      const wrote = await write(world, command.client, command.write);
      const chunkFaults = [...Array.from({ length: command.after }, () => ({ kind: 'pass' }) as const), command.fault];
      return `${wrote}; ${await sync(world, command.client, [], chunkFaults)}`;
    }
    case 'exchange':
      return exchange(world, command.from, command.to);
    case 'offline':
    case 'online':
      at(world.clients, command.client).online = command.type === 'online';
      return command.type;
    case 'restart': {
      const device = at(world.clients, command.client);
      device.store.db.close();
      device.tab?.db.close();
      device.tab = null;
      device.skew = command.skew;
      device.undo = [];
      device.store = await openClient(world, command.client, device.database);
      return `reopened, clock ${command.skew} ms off`;
    }
    case 'serverDown':
      await stopServerIn(world.slot, world.proxy);
      return 'down';
    case 'serverUp':
      await startServerIn(world.slot, world.proxy);
      return 'up';
    case 'serverRestart':
      await stopServerIn(world.slot, world.proxy);
      await startServerIn(world.slot, world.proxy);
      return 'restarted';
    case 'compact':
      return `${await world.slot.storage.transaction((tx) => compactTrip(tx, world.tripId, new Date(world.time)))} let go`;
    case 'deliverLate':
      return `${await world.proxy.deliverLate()} delivered`;
    case 'tick':
      world.time += command.ms;
      return `${command.ms} ms later`;
    case 'interpreter':
      return interpret(world, command);
    case 'correctAtOnce': {
      const [first, second] = command.clients;
      const [one, other] = command.corrections;
      const storedOn = (index: number, id: string) =>
        at(world.clients, index)
          .store.db.hostPeople.get(id)
          .then((entry) => entry !== undefined);
      // Among the people both devices hold stored, when asked and there are any; else as drawn.
      const both = [];
      if (command.stored)
        for (const id of world.people) if ((await storedOn(first, id)) && (await storedOn(second, id))) both.push(id);
      const person = both.length > 0 ? world.people.indexOf(both[command.person % both.length] ?? '') : command.person;
      const id = world.people[person % world.people.length] ?? '';
      const stored = [await storedOn(first, id), await storedOn(second, id)];
      const outcomes = [];
      for (const [client, correction] of [
        [first, one],
        [second, other],
      ] as const) {
        outcomes.push(await write(world, client, { kind: 'correctPerson', person, ...correction }));
      }
      if (outcomes.every((outcome) => outcome === 'written')) {
        const held = stored.every(Boolean) ? 'stored' : stored.some(Boolean) ? 'stored on one' : 'derived';
        count(directoryStats.atOnce, `${one.field === other.field ? 'same field' : 'different fields'}, ${held}`);
      }
      return outcomes.join('; ');
    }
  }
}
