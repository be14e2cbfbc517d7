import type { Transaction } from 'dexie';

/**
 * Schema step 2: the itinerary, the checklists, the notes (answers, minutes,
 * Q&A), attachments and their bytes, the glossary. Trips made before
 * checklists existed got the six questions of the 1996 checklist, as they
 * read when the step was released. Frozen:
 * the questions, the rule their ids follow and the format of their stamps
 * are copies of that version's, so that a later change of the template, of
 * the ids or of the clock cannot change what this step writes. Every device
 * that upgrades must derive the very ids the others do, or two devices would
 * hold two checklists of one trip: steps.test.ts pins them.
 */
export const step2 = {
  version: 2,
  stores: {
    itineraryItems: 'id, tripId, [tripId+date]',
    checklistQuestions: 'id, tripId',
    checklistAnswers: 'id, tripId, visitId, [visitId+questionId]',
    minutes: 'id, tripId, visitId',
    qaNotes: 'id, tripId, visitId',
    attachments: 'id, tripId, visitId, owner.id',
    attachmentBlobs: 'id',
    glossaryTerms: 'id, tripId',
  },
  upgrade: giveTripsTheirChecklist,
};

const QUESTIONS = [
  {
    key: 'central-government',
    text: {
      ko: '중앙정부와의 협력을 어떻게 수행하고 있는가?',
      ja: '中央政府との協力をどのように行っているか。',
      en: 'How does the local government cooperate with the central government?',
    },
  },
  {
    key: 'administration',
    text: {
      ko: '지자체의 과학기술행정체제는 어떠한가?',
      ja: '自治体の科学技術行政体制はどうなっているか。',
      en: "How is the local government's S&T administration organised?",
    },
  },
  {
    key: 'policy',
    text: {
      ko: '지자체의 과학기술정책이 어떻게 추진되고 있는가?',
      ja: '自治体の科学技術政策はどのように推進されているか。',
      en: 'How is local S&T policy carried out?',
    },
  },
  {
    key: 'budget',
    text: {
      ko: '지자체의 과학기술예산은 어떻게 조달되고 있는가?',
      ja: '自治体の科学技術予算はどのように調達されているか。',
      en: 'How is the local S&T budget funded?',
    },
  },
  {
    key: 'infrastructure',
    text: {
      ko: '지역의 과학기술하부구조는 어떻게 구축되고 있는가?',
      ja: '地域の科学技術基盤はどのように構築されているか。',
      en: 'How is the regional S&T infrastructure built?',
    },
  },
  {
    key: 'universities',
    text: {
      ko: '지방대학의 역할은 어떠한가?',
      ja: '地方大学はどのような役割を果たしているか。',
      en: 'What role do local universities play?',
    },
  },
];

/** The namespace of the ids every device derives alike (STABLE_NAMESPACE in shared/model/ids.ts). */
const ID_NAMESPACE = '5b0c53c46f1e4a1d9d0a6c0f1e7b2a10';

const rotateLeft = (word: number, bits: number) => ((word << bits) | (word >>> (32 - bits))) >>> 0;

/** SHA-1 (FIPS 180-4), synchronous: an upgrade's transaction ends at the first wait for anything but the database. */
function sha1(message: Uint8Array): Uint8Array {
  const padded = new Uint8Array(Math.ceil((message.length + 9) / 64) * 64);
  padded.set(message);
  padded[message.length] = 0x80;
  const input = new DataView(padded.buffer);
  input.setUint32(padded.length - 8, Math.floor(message.length / 0x20000000));
  input.setUint32(padded.length - 4, message.length * 8);
  const state: [number, number, number, number, number] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const words = new DataView(new ArrayBuffer(80 * 4));
  const word = (t: number) => words.getUint32(t * 4);
  for (let block = 0; block < padded.length; block += 64) {
    for (let t = 0; t < 80; t++) {
      const value =
        t < 16
          ? input.getUint32(block + t * 4)
          : rotateLeft(word(t - 3) ^ word(t - 8) ^ word(t - 14) ^ word(t - 16), 1);
      words.setUint32(t * 4, value);
    }
    let [a, b, c, d, e] = state;
    for (let t = 0; t < 80; t++) {
      const [f, k] =
        t < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : t < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : t < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const next = (rotateLeft(a, 5) + f + e + k + word(t)) >>> 0;
      e = d;
      d = c;
      c = rotateLeft(b, 30);
      b = a;
      a = next;
    }
    for (const [i, value] of [a, b, c, d, e].entries()) state[i] = ((state[i] ?? 0) + value) >>> 0;
  }
  const digest = new DataView(new ArrayBuffer(20));
  for (const [i, value] of state.entries()) digest.setUint32(i * 4, value);
  return new Uint8Array(digest.buffer);
}

/** The UUID v5 (RFC 9562) of `name` in ID_NAMESPACE, as bytes. */
function uuidV5(name: string): DataView {
  const text = new TextEncoder().encode(name);
  const message = new Uint8Array(16 + text.length);
  for (let i = 0; i < 16; i++) message[i] = Number.parseInt(ID_NAMESPACE.slice(i * 2, i * 2 + 2), 16);
  message.set(text, 16);
  const bytes = new DataView(sha1(message).buffer, 0, 16);
  bytes.setUint8(6, (bytes.getUint8(6) & 0x0f) | 0x50);
  bytes.setUint8(8, (bytes.getUint8(8) & 0x3f) | 0x80);
  return bytes;
}

/**
 * A UUID v7 of `msecs` laid out as the uuid package (v14) lays out one given
 * its random bytes: bytes 6 to 9 of `random`, but the top bit, are a 31-bit
 * counter after the time, then bits of byte 10 and bytes 11 to 15.
 */
function uuidV7(msecs: number, random: DataView): string {
  const seq =
    ((random.getUint8(6) & 0x7f) << 24) | (random.getUint8(7) << 16) | (random.getUint8(8) << 8) | random.getUint8(9);
  const bytes = [
    (msecs / 0x10000000000) & 0xff,
    (msecs / 0x100000000) & 0xff,
    (msecs / 0x1000000) & 0xff,
    (msecs / 0x10000) & 0xff,
    (msecs / 0x100) & 0xff,
    msecs & 0xff,
    0x70 | ((seq >>> 28) & 0x0f),
    (seq >>> 20) & 0xff,
    0x80 | ((seq >>> 14) & 0x3f),
    (seq >>> 6) & 0xff,
    ((seq << 2) & 0xff) | (random.getUint8(10) & 0x03),
    ...[11, 12, 13, 14, 15].map((i) => random.getUint8(i)),
  ];
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id a template question gets in a trip (templateQuestionId when the
 * step was released): a UUID v7 of the trip id's time whose other bits are
 * the UUID v5 of the trip and the question.
 */
function questionId(tripId: string, key: string): string {
  const tripMillis = Number.parseInt(tripId.replaceAll('-', '').slice(0, 12), 16);
  return uuidV7(tripMillis, uuidV5(`${tripId}:checklist:${key}`));
}

/**
 * Stamps as the hybrid logical clock wrote them (shared/sync/hlc.ts): 11
 * base-36 digits of milliseconds, 5 of a counter, the device id; a counter
 * within one millisecond, so that each stamp is later than the one before.
 */
function stamper(deviceId: string): () => string {
  let millis = 0;
  let counter = 0;
  return () => {
    const wall = Date.now();
    if (wall > millis) {
      millis = wall;
      counter = 0;
    } else counter += 1;
    return `${millis.toString(36).padStart(11, '0')}-${counter.toString(36).padStart(5, '0')}-${deviceId}`;
  };
}

async function giveTripsTheirChecklist(tx: Transaction): Promise<void> {
  const device = (await tx.table('settings').get('deviceId')) as { value: string } | undefined;
  const deviceId = device?.value ?? 'upgrade';
  const stamp = stamper(deviceId);
  const now = new Date().toISOString();
  const trips = (await tx.table('trips').toArray()) as { id: string }[];
  const questions = trips.flatMap((trip) =>
    QUESTIONS.map((question, index) => ({
      id: questionId(trip.id, question.key),
      tripId: trip.id,
      text: { ...question.text },
      order: index + 1,
      templateKey: question.key,
      retiredAt: null,
      createdAt: now,
      updatedAt: now,
      hlc: stamp(),
      updatedBy: { deviceId, memberId: null },
      deletedAt: null,
    })),
  );
  await tx.table('checklistQuestions').bulkPut(questions);
}
