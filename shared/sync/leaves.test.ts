import { describe, expect, it } from 'vitest';
import { recordSchemas } from '../model';
import {
  changedLeaves,
  isLeafPath,
  LEAF_SPECS,
  leafPaths,
  leafSchema,
  leavesOf,
  SYNCED_TABLES,
  withLeaf,
} from './leaves';

const answer = {
  id: '0192a000-0000-7000-8000-000000000001',
  tripId: '0192a000-0000-7000-8000-000000000002',
  createdAt: '1996-10-22T06:30:00.000Z',
  updatedAt: '1996-10-22T06:30:00.000Z',
  hlc: '00000000001-00000-laptop',
  updatedBy: { deviceId: 'laptop', memberId: null },
  deletedAt: null,
  visitId: '0192a000-0000-7000-8000-000000000003',
  questionId: '0192a000-0000-7000-8000-000000000004',
  memberId: '0192a000-0000-7000-8000-000000000005',
  body: { lang: 'ko', text: '현 예산의 1/4~1/5', translations: { ja: '県予算の4分の1から5分の1' } },
};

describe('leaves', () => {
  it('cover every field of every synced table, and only those', () => {
    for (const table of SYNCED_TABLES) {
      const schema = recordSchemas[table] as unknown as { shape: Record<string, unknown> };
      const envelope = ['id', 'tripId', 'createdAt', 'updatedAt', 'hlc', 'updatedBy', 'deletedAt'];
      const fields = Object.keys(schema.shape).filter((field) => !envelope.includes(field));
      expect(Object.keys(LEAF_SPECS[table]).sort(), table).toEqual(fields.sort());
    }
  });

  it('split a text into its language, its text and each translation, and a name by language', () => {
    expect(leafPaths('checklistAnswers')).toEqual([
      'visitId',
      'questionId',
      'memberId',
      'body/lang',
      'body/text',
      'body/translations/ko',
      'body/translations/ja',
      'body/translations/en',
      'body/reviewed/ko',
      'body/reviewed/ja',
      'body/reviewed/en',
      'deletedAt',
    ]);
    expect(leafPaths('trips')).toContain('title/ja');
    expect(isLeafPath('trips', 'title')).toBe(false);
    expect(isLeafPath('minutes', 'agenda')).toBe(true);
  });

  it('take a record apart and put it back together, leaving out what it does not have', () => {
    const leaves = leavesOf('checklistAnswers', answer);
    expect(leaves.map(([path]) => path)).not.toContain('body/translations/en');
    const rebuilt = leaves.reduce(
      (record, [path, value]) => withLeaf(record, path, value),
      {} as Record<string, unknown>,
    );
    const { id, tripId, createdAt, updatedAt, hlc, updatedBy, ...fields } = answer;
    expect(rebuilt).toEqual(fields);
  });

  it('find what a write changed, a removed translation as null', () => {
    const edited = { ...answer, body: { ...answer.body, text: '현 예산의 1/4', translations: {} } };
    expect(changedLeaves('checklistAnswers', answer, edited)).toEqual([
      ['body/text', '현 예산의 1/4'],
      ['body/translations/ja', null],
    ]);
    expect(withLeaf(answer, 'body/translations/ja', null).body).toEqual({ ...answer.body, translations: {} });
  });

  it('each accept only the values their table’s schema accepts', () => {
    expect(leafSchema('checklistAnswers', 'body/text')?.safeParse('예산').success).toBe(true);
    expect(leafSchema('checklistAnswers', 'body/text')?.safeParse(42).success).toBe(false);
    expect(leafSchema('checklistAnswers', 'body/lang')?.safeParse('fr').success).toBe(false);
    expect(leafSchema('checklistAnswers', 'body/translations/ja')?.safeParse(null).success).toBe(true);
    expect(leafSchema('trips', 'title/ko')?.safeParse('가'.repeat(201)).success).toBe(false);
    expect(leafSchema('members', 'role')?.safeParse('organiser').success).toBe(true);
    expect(leafSchema('members', 'role')?.safeParse('admin').success).toBe(false);
    expect(leafSchema('members', 'deletedAt')?.safeParse(null).success).toBe(true);
    expect(leafSchema('members', 'password')).toBeNull();
  });

  it('give a member’s affiliation one leaf per language, up to 200 characters each', () => {
    expect(leafPaths('members')).toEqual(
      expect.arrayContaining(['affiliation/ko', 'affiliation/ja', 'affiliation/en']),
    );
    expect(isLeafPath('members', 'affiliation')).toBe(false);
    expect(leafSchema('members', 'affiliation/ja')?.safeParse('京畿道').success).toBe(true);
    expect(leafSchema('members', 'affiliation/ko')?.safeParse(null).success).toBe(true);
    expect(leafSchema('members', 'affiliation/ko')?.safeParse('가'.repeat(201)).success).toBe(false);
  });

  it('give the organiser and a place one leaf per language, so a Korean and a Japanese correction both stay', () => {
    expect(leafPaths('trips')).toEqual(expect.arrayContaining(['organiser/ko', 'organiser/ja', 'organiser/en']));
    expect(leafPaths('itineraryItems')).toEqual(expect.arrayContaining(['location/ko', 'location/ja']));
    expect(isLeafPath('trips', 'organiser')).toBe(false);
    expect(isLeafPath('itineraryItems', 'location')).toBe(false);
    expect(leafSchema('itineraryItems', 'location/ja')?.safeParse('福岡県庁 本館').success).toBe(true);
    expect(leafSchema('itineraryItems', 'location/ja')?.safeParse(null).success).toBe(true);
    // The host is still replaced as a whole: its address is a name inside it, no longer a string.
    const host = leafSchema('itineraryItems', 'host');
    const fukuoka = { name: { ja: '福岡県庁' }, address: { ja: '福岡県福岡市博多区東公園7-7' }, contacts: [] };
    expect(host?.safeParse(fukuoka).success).toBe(true);
    expect(host?.safeParse({ ...fukuoka, address: '福岡県福岡市博多区東公園7-7' }).success).toBe(false);
  });

  it('keep whether each translation was reviewed, a leaf per language', () => {
    const reviewed = { ...answer, body: { ...answer.body, reviewed: { ja: true } } };
    expect(changedLeaves('checklistAnswers', answer, reviewed)).toEqual([['body/reviewed/ja', true]]);
    expect(leavesOf('checklistAnswers', reviewed)).toContainEqual(['body/reviewed/ja', true]);
    expect(withLeaf(answer, 'body/reviewed/ja', true).body).toEqual(reviewed.body);
    expect(leafSchema('checklistAnswers', 'body/reviewed/ja')?.safeParse(true).success).toBe(true);
    expect(leafSchema('checklistAnswers', 'body/reviewed/ja')?.safeParse('yes').success).toBe(false);
    expect(leafSchema('checklistAnswers', 'body/reviewed/ja')?.safeParse(null).success).toBe(true);
    // A text stored before reviews existed has none, and gains no leaf by it.
    expect(changedLeaves('checklistAnswers', answer, { ...answer, body: { ...answer.body, reviewed: {} } })).toEqual(
      [],
    );
  });

  it('sync the report’s notes like other notes and its layout as its order and what it leaves out', () => {
    expect(leafPaths('reportNotes')).toEqual([
      'kind',
      'questionId',
      'itemId',
      'body/lang',
      'body/text',
      'body/translations/ko',
      'body/translations/ja',
      'body/translations/en',
      'body/reviewed/ko',
      'body/reviewed/ja',
      'body/reviewed/en',
      'deletedAt',
    ]);
    expect(leafPaths('reportLayouts')).toEqual(['order', 'omitted', 'deletedAt']);
    expect(leafSchema('reportLayouts', 'order')?.safeParse(['roster', 'findings']).success).toBe(true);
    expect(leafSchema('reportLayouts', 'omitted')?.safeParse(['appendix']).success).toBe(false);
    expect(leafSchema('reportNotes', 'kind')?.safeParse('evaluation').success).toBe(true);
  });

  it('take, since protocol 12, a host person’s card photo and a letter’s words, and refuse a kind not listed', () => {
    const owner = leafSchema('attachments', 'owner');
    const person = answer.memberId;
    expect(owner?.safeParse({ kind: 'hostPerson', id: person }).success).toBe(true);
    expect(owner?.safeParse({ kind: 'visit', id: answer.visitId }).success).toBe(true);
    // As an app of 11 refuses `hostPerson`, this app refuses a kind a later version may add: the change is skipped.
    expect(owner?.safeParse({ kind: 'slides', id: person }).success).toBe(false);
    expect(leafSchema('reportNotes', 'kind')?.safeParse('letter').success).toBe(true);
    expect(leafSchema('reportNotes', 'kind')?.safeParse('memo').success).toBe(false);
  });
});
