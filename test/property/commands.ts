import type { ItineraryItemInput } from '@shared/itinerary/input';
import type { ItineraryItem, Member, MemberInput, Minutes, MinutesInput, QaNote, QaNoteInput } from '@shared/model';
import fc from 'fast-check';
import { saveAnswer } from '../../renderer/data/checklistAnswers';
import { deleteItineraryItem, saveItineraryItem } from '../../renderer/data/itineraryItems';
import { removeMember, restoreMember, updateMember } from '../../renderer/data/members';
import { getMinutes, saveMinutes } from '../../renderer/data/minutes';
import { addQaNote, deleteQaNote, restoreQaNote, updateQaNote } from '../../renderer/data/qaNotes';
import { RecordNotFoundError } from '../../renderer/data/records';
import { asMember } from '../../renderer/data/store';
import { syncTrip } from '../../renderer/data/syncTrip';
import type { Fault } from '../fixtures/faultyProxy';
import { type Client, isNetworkFailure, openClient, serverOf, startServerIn, stopServerIn, type World } from './world';

/** What a member does on a device through the app's repositories. */
export type Write =
  | { kind: 'answer'; as: number; visit: number; question: number; text: string }
  | { kind: 'minutes'; visit: number; field: 'discussion' | 'decisions'; text: string }
  | { kind: 'attendees'; visit: number; members: number[] }
  | { kind: 'addQa'; visit: number; question: string }
  | { kind: 'editQa'; note: number; answer: string }
  | { kind: 'deleteQa'; note: number }
  | { kind: 'restoreQa'; note: number }
  | { kind: 'item'; visit: number; field: 'location' | 'host' | 'startTime'; value: string }
  | { kind: 'deleteItem'; visit: number }
  | { kind: 'member'; member: number; field: 'affiliation' | 'phone'; value: string }
  | { kind: 'removeMember'; member: number }
  | { kind: 'restoreMember'; member: number }
  | { kind: 'undo' };

export type Command =
  | { type: 'write'; client: number; write: Write }
  | { type: 'sync'; client: number; faults: Fault[] }
  /** The three devices sync at once, their requests interleaving through the proxy. */
  | { type: 'syncTogether'; faults: Fault[][] }
  /** A device syncs while its member goes on writing (the app syncs shortly after every change). */
  | { type: 'syncWhileWriting'; client: number; faults: Fault[]; write: Write }
  | { type: 'offline'; client: number }
  | { type: 'online'; client: number }
  /** The app is closed and opened again, its device's clock now `skew` off (it may have gone back). */
  | { type: 'restart'; client: number; skew: number }
  | { type: 'serverDown' }
  | { type: 'serverUp' }
  | { type: 'serverRestart' }
  | { type: 'deliverLate' }
  | { type: 'tick'; ms: number };

const client = fc.integer({ min: 0, max: 2 });
const visit = fc.integer({ min: 0, max: 1 });
// Few values, so that devices often write the same value, or back the value they replaced.
const words = fc.constantFrom('현 예산의 1/4~1/5', '県の予算', 'budget', '공업기술센터', '');
const note = fc.integer({ min: 0, max: 5 });

const fault: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'pass' } as const) },
  fc.constant({ kind: 'drop' } as const),
  fc.constant({ kind: 'cut' } as const),
  fc.constant({ kind: 'duplicate' } as const),
  fc.constant({ kind: 'late' } as const),
  fc.integer({ min: 1, max: 30 }).map((ms) => ({ kind: 'delay', ms }) as const),
);
const faults = fc.array(fault, { maxLength: 4 });

export const writeArbitrary: fc.Arbitrary<Write> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      as: fc.integer({ min: 0, max: 2 }),
      visit,
      question: fc.integer({ min: 0, max: 1 }),
      text: words,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('minutes' as const),
      visit,
      field: fc.constantFrom('discussion' as const, 'decisions' as const),
      text: words,
    }),
  },
  fc.record({
    kind: fc.constant('attendees' as const),
    visit,
    members: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
  }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addQa' as const), visit, question: words }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('editQa' as const), note, answer: words }) },
  fc.record({ kind: fc.constant('deleteQa' as const), note }),
  fc.record({ kind: fc.constant('restoreQa' as const), note }),
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.record({
        kind: fc.constant('item' as const),
        visit,
        field: fc.constant('location' as const),
        value: fc.constantFrom('', '福岡市博多区', '岐阜市'),
      }),
      fc.record({
        kind: fc.constant('item' as const),
        visit,
        field: fc.constant('host' as const),
        value: fc.constantFrom('福岡県庁', '岐阜県庁', '県庁'),
      }),
      fc.record({
        kind: fc.constant('item' as const),
        visit,
        field: fc.constant('startTime' as const),
        value: fc.constantFrom('09:00', '10:00', '11:00'),
      }),
    ),
  },
  fc.record({ kind: fc.constant('deleteItem' as const), visit }),
  fc.record({
    kind: fc.constant('member' as const),
    member: fc.integer({ min: 0, max: 3 }),
    field: fc.constant('affiliation' as const),
    value: fc.constantFrom('', '福岡県', '岐阜県'),
  }),
  fc.record({
    kind: fc.constant('member' as const),
    member: fc.integer({ min: 0, max: 3 }),
    field: fc.constant('phone' as const),
    value: fc.constantFrom('', '052-123-4567', '092-651-1111'),
  }),
  fc.record({ kind: fc.constant('removeMember' as const), member: fc.constant(3) }),
  fc.record({ kind: fc.constant('restoreMember' as const), member: fc.constant(3) }),
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' } as const) },
);

export const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ type: fc.constant('write' as const), client, write: writeArbitrary }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('sync' as const), client, faults }) },
  fc.record({ type: fc.constant('syncTogether' as const), faults: fc.tuple(faults, faults, faults) }),
  fc.record({
    type: fc.constant('syncWhileWriting' as const),
    client,
    faults,
    write: writeArbitrary,
  }),
  fc.record({ type: fc.constant('offline' as const), client }),
  fc.record({ type: fc.constant('online' as const), client }),
  fc.record({ type: fc.constant('restart' as const), client, skew: fc.integer({ min: -90_000, max: 90_000 }) }),
  fc.constant({ type: 'serverDown' } as const),
  fc.constant({ type: 'serverUp' } as const),
  fc.constant({ type: 'serverRestart' } as const),
  fc.constant({ type: 'deliverLate' } as const),
  { weight: 2, arbitrary: fc.record({ type: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 3000 }) }) },
);

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

/** Does one write as a member does in the app: the form's values are the record as this device holds it. */
async function perform(world: World, device: Client, write: Write): Promise<void> {
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
      if (write.field === 'location') input.location = write.value;
      if (write.field === 'startTime') input.startTime = write.value;
      if (write.field === 'host')
        input.host = { name: { ...item.host?.name, ja: write.value }, address: '', contacts: [] };
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
      await updateMember(store, id, { ...memberInput(member), [write.field]: write.value });
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
    case 'undo':
      await device.undo.pop()?.();
      return;
  }
}

/**
 * A write as the app makes it. A write the device refuses because the
 * record is not there (not synced yet, or deleted) is what the app would
 * say to the user: nothing is written. (What a write puts in the outbox is
 * kept by openClient.)
 */
async function write(world: World, index: number, what: Write): Promise<string> {
  try {
    await perform(world, at(world.clients, index), what);
    return 'written';
  } catch (error) {
    if (error instanceof RecordNotFoundError) return 'not there';
    throw error;
  }
}

/** One sync of a device through the proxy; a network failure is an outcome, anything else a failure of the test. */
export async function sync(world: World, index: number, faults: readonly Fault[] = []): Promise<string> {
  const device = at(world.clients, index);
  world.proxy.plan(device.token, faults);
  try {
    const result = await syncTrip(device.store, serverOf(world, device), world.tripId);
    return `sent ${result.sent}, received ${result.received}`;
  } catch (error) {
    if (isNetworkFailure(error)) return `failed: ${(error as Error).message}`;
    throw error;
  } finally {
    world.proxy.plan(device.token, []);
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
        write(world, command.client, command.write),
      ]);
      return `${synced}; ${wrote}`;
    }
    case 'offline':
    case 'online':
      at(world.clients, command.client).online = command.type === 'online';
      return command.type;
    case 'restart': {
      const device = at(world.clients, command.client);
      device.store.db.close();
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
    case 'deliverLate':
      return `${await world.proxy.deliverLate()} delivered`;
    case 'tick':
      world.time += command.ms;
      return `${command.ms} ms later`;
  }
}
