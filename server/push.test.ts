import {
  MAX_AGENDA_ITEMS,
  MAX_DEVICE_ID,
  MAX_LINE_TEXT,
  MAX_LINKED_QUESTIONS,
  MAX_MERGED_TEXT,
  MAX_NAME,
  MAX_NOTE_TEXT,
  MAX_PEOPLE,
  MAX_POSITION,
  MAX_VERSION_CONTENT,
} from '@shared/model';
import { formatHlc } from '@shared/sync/hlc';
import { MAX_TEXT_UPDATE } from '@shared/sync/leaves';
import { firstState, toBase64 } from '@shared/sync/texts';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { checkBatch } from './push';

const TRIP = v7();
const NOW = Date.parse('1996-10-22T06:30:00.000Z');
const DEVICE = v7();
const STAMP = formatHlc({ millis: NOW, counter: 0, node: DEVICE });

const changeOf = (table: string, path: string, value: unknown) => ({
  id: v7(),
  table,
  // A trip's own changes are of the URL's trip.
  recordId: table === 'trips' ? TRIP : v7(),
  tripId: TRIP,
  path,
  value,
  hlc: STAMP,
  base: null,
  deviceId: DEVICE,
  memberId: null,
});

const text = (length: number) => ({ lang: 'ko', text: '가'.repeat(length), translations: {} });
const ids = (count: number) => Array.from({ length: count }, () => v7());
const agendaItem = () => ({ id: v7(), title: text(10), notes: text(10) });
/** A version whose content is `length` long as JSON. */
const content = (length: number) => ({
  body: { text: 'x'.repeat(length - JSON.stringify({ body: { text: '' } }).length) },
});
/** A stamp of `length` characters: its time and counter, then a device id of the rest. */
const stampOf = (length: number) => `${STAMP.slice(0, 18)}${'d'.repeat(length - 18)}`;
const MAX_STAMP = 18 + MAX_DEVICE_ID;

// A real update each way, so that only its length can refuse it: a text inserted whole.
const update = (characters: number) => ({ yjs: toBase64(firstState(v7(), 'answer/text', '가'.repeat(characters))) });
const longest = update(MAX_NOTE_TEXT);
const tooLong = update(MAX_MERGED_TEXT + MAX_NOTE_TEXT);

/** Each kind of limit: a change just within it, and the same change just past it. */
const LIMITS: [kind: string, within: unknown, past: unknown, reason: string][] = [
  [
    'a translation sent as a plain text (from before texts merged): what one writer may save',
    changeOf('qaNotes', 'answer/translations/ja', 'あ'.repeat(MAX_NOTE_TEXT)),
    changeOf('qaNotes', 'answer/translations/ja', 'あ'.repeat(MAX_NOTE_TEXT + 1)),
    'invalid_value',
  ],
  [
    'a merged text’s update: MAX_TEXT_UPDATE base64 characters',
    changeOf('qaNotes', 'answer/text', longest),
    changeOf('qaNotes', 'answer/text', tooLong),
    'invalid_value',
  ],
  [
    'a name in one language',
    changeOf('itineraryItems', 'title/ja', 'あ'.repeat(MAX_NAME)),
    changeOf('itineraryItems', 'title/ja', 'あ'.repeat(MAX_NAME + 1)),
    'invalid_value',
  ],
  [
    'a Q&A note’s position',
    changeOf('qaNotes', 'position', 'a'.repeat(MAX_POSITION)),
    changeOf('qaNotes', 'position', 'a'.repeat(MAX_POSITION + 1)),
    'invalid_value',
  ],
  [
    'an item’s position',
    changeOf('itineraryItems', 'position', 'a'.repeat(MAX_POSITION)),
    changeOf('itineraryItems', 'position', 'a'.repeat(MAX_POSITION + 1)),
    'invalid_value',
  ],
  [
    'a change’s stamp',
    { ...changeOf('trips', 'languages', { home: 'ko', host: 'ja' }), hlc: stampOf(MAX_STAMP) },
    { ...changeOf('trips', 'languages', { home: 'ko', host: 'ja' }), hlc: stampOf(MAX_STAMP + 1) },
    'invalid_change',
  ],
  [
    'the stamp a change replaced',
    { ...changeOf('trips', 'languages', { home: 'ko', host: 'ja' }), base: stampOf(MAX_STAMP) },
    { ...changeOf('trips', 'languages', { home: 'ko', host: 'ja' }), base: stampOf(MAX_STAMP + 1) },
    'invalid_change',
  ],
  [
    'a device id',
    { ...changeOf('trips', 'languages', { home: 'ko', host: 'ja' }), deviceId: 'd'.repeat(MAX_DEVICE_ID) },
    { ...changeOf('trips', 'languages', { home: 'ko', host: 'ja' }), deviceId: 'd'.repeat(MAX_DEVICE_ID + 1) },
    'invalid_change',
  ],
  [
    'a time, to the nanosecond at most',
    changeOf('qaNotes', 'deletedAt', '1996-10-22T06:30:00.123456789Z'),
    changeOf('qaNotes', 'deletedAt', `1996-10-22T06:30:00.${'0'.repeat(100_000)}Z`),
    'invalid_value',
  ],
  [
    'a note version’s content, as JSON',
    changeOf('noteVersions', 'content', content(MAX_VERSION_CONTENT)),
    changeOf('noteVersions', 'content', content(MAX_VERSION_CONTENT + 1)),
    'invalid_value',
  ],
  [
    'a list of people',
    changeOf('minutes', 'delegationAttendeeIds', ids(MAX_PEOPLE)),
    changeOf('minutes', 'delegationAttendeeIds', ids(MAX_PEOPLE + 1)),
    'invalid_value',
  ],
  [
    'an agenda',
    changeOf('minutes', 'agenda', Array.from({ length: MAX_AGENDA_ITEMS }, agendaItem)),
    changeOf('minutes', 'agenda', Array.from({ length: MAX_AGENDA_ITEMS + 1 }, agendaItem)),
    'invalid_value',
  ],
  [
    'a follow-up, a line',
    changeOf('minutes', 'followUps', [{ id: v7(), text: text(MAX_LINE_TEXT), ownerId: null, done: false }]),
    changeOf('minutes', 'followUps', [{ id: v7(), text: text(MAX_LINE_TEXT + 1), ownerId: null, done: false }]),
    'invalid_value',
  ],
  [
    'the checklist questions a Q&A note answers',
    changeOf('qaNotes', 'checklistQuestionIds', ids(MAX_LINKED_QUESTIONS)),
    changeOf('qaNotes', 'checklistQuestionIds', ids(MAX_LINKED_QUESTIONS + 1)),
    'invalid_value',
  ],
];

describe('a push', () => {
  it('carries updates on either side of their limit, so that the limit is what tells them apart', () => {
    expect(longest.yjs.length).toBeLessThan(MAX_TEXT_UPDATE);
    expect(tooLong.yjs.length).toBeGreaterThan(MAX_TEXT_UPDATE);
  });

  it.each(LIMITS)('takes %s up to its limit, and refuses it past', (_, within, past, reason) => {
    expect(checkBatch([within], TRIP, NOW)).toMatchObject({ ok: true });
    expect(checkBatch([within, past], TRIP, NOW)).toEqual({
      ok: false,
      problem: { code: 'invalid_change', reason, index: 1 },
    });
  });
});
