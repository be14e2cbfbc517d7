import { describe, expect, it } from 'vitest';
import { leafPaths, SYNCED_TABLES } from './leaves';
import { isTranslationLeaf, type RecordFacts, refusalOf, type Writer } from './permissions';

const ME = '0192a000-0000-7000-8000-000000000001';
const OTHER = '0192a000-0000-7000-8000-000000000002';
const mine: RecordFacts = { owner: ME };
const theirs: RecordFacts = { owner: OTHER };
const as = (role: Writer['role']): Writer => ({ memberId: ME, role });
const change = (table: (typeof SYNCED_TABLES)[number], path: string, recordId = 'record', value: unknown = 'x') => ({
  table,
  path,
  recordId,
  value,
});

describe('who may change what', () => {
  it('lets an organiser, co-organisers included, change every leaf of every table', () => {
    for (const table of SYNCED_TABLES)
      for (const path of leafPaths(table)) expect(refusalOf(as('organiser'), change(table, path), theirs)).toBeNull();
  });

  it('lets an interpreter write translations and their review marks on any text, and nothing else', () => {
    for (const table of SYNCED_TABLES) {
      for (const path of leafPaths(table)) {
        const refusal = refusalOf(as('interpreter'), change(table, path), theirs);
        expect(refusal, `${table} ${path}`).toBe(isTranslationLeaf(path) ? null : 'translations_only');
      }
    }
    expect(leafPaths('minutes').filter(isTranslationLeaf)).toContain('discussion/translations/ja');
    expect(leafPaths('minutes').filter(isTranslationLeaf)).toContain('decisions/reviewed/ko');
  });

  it('lets a member write their own answers and Q&A notes, any minutes and files, and not another’s notes', () => {
    const member = as('member');
    expect(refusalOf(member, change('checklistAnswers', 'body/text'), mine)).toBeNull();
    expect(refusalOf(member, change('checklistAnswers', 'body/text'), theirs)).toBe('not_yours');
    expect(refusalOf(member, change('qaNotes', 'answer/text'), mine)).toBeNull();
    expect(refusalOf(member, change('qaNotes', DELETED), theirs)).toBe('not_yours');
    expect(refusalOf(member, change('minutes', 'discussion/text'), theirs)).toBeNull();
    expect(refusalOf(member, change('attachments', DELETED), theirs)).toBeNull();
    expect(
      refusalOf(member, change('noteVersions', 'content'), {
        owner: ME,
        versionOf: { table: 'checklistAnswers', facts: theirs },
      }),
    ).toBe('not_yours');
    expect(
      refusalOf(member, change('noteVersions', 'content'), {
        owner: ME,
        versionOf: { table: 'minutes', facts: theirs },
      }),
    ).toBeNull();
  });

  it('keeps a member from making another’s note theirs by naming themselves its writer, or from naming another', () => {
    const member = as('member');
    expect(refusalOf(member, change('qaNotes', 'writtenBy', 'note', ME), theirs)).toBe('not_yours');
    expect(refusalOf(member, change('qaNotes', 'writtenBy', 'note', OTHER), { owner: ME })).toBe('not_yours');
    expect(refusalOf(member, change('qaNotes', 'writtenBy', 'note', ME), mine)).toBeNull();
    expect(refusalOf(member, change('checklistAnswers', 'memberId', 'answer', OTHER), mine)).toBe('not_yours');
  });

  it('lets a member add, correct and delete the trip’s host people, whoever wrote them, and an interpreter none of it', () => {
    for (const path of leafPaths('hostPeople')) {
      expect(refusalOf(as('member'), change('hostPeople', path), theirs), path).toBeNull();
      expect(refusalOf(as('interpreter'), change('hostPeople', path), theirs), path).toBe('translations_only');
    }
  });

  it('lets whoever may write the host people keep the photos of their cards, and no one else', () => {
    const photo = change('attachments', 'owner', 'photo', { kind: 'hostPerson', id: OTHER });
    for (const role of ['organiser', 'member', 'interpreter', null] as const) {
      for (const path of leafPaths('attachments')) {
        const asPerson = refusalOf(as(role), change('hostPeople', DELETED), theirs);
        expect(refusalOf(as(role), { ...photo, path }, theirs), `${role} ${path}`).toBe(asPerson);
      }
    }
    expect(refusalOf(as('member'), photo, theirs)).toBeNull();
    expect(refusalOf(as('interpreter'), photo, theirs)).toBe('translations_only');
  });

  it('lets a member correct their own contact details on the roster, and nothing else of it', () => {
    const member = as('member');
    expect(refusalOf(member, change('members', 'phone', ME), mine)).toBeNull();
    expect(refusalOf(member, change('members', 'email', ME), mine)).toBeNull();
    expect(refusalOf(member, change('members', 'role', ME), mine)).toBe('organisers_only');
    expect(refusalOf(member, change('members', DELETED, OTHER), theirs)).toBe('organisers_only');
  });

  it('keeps the trip, its itinerary, checklist, glossary and report to organisers', () => {
    for (const table of [
      'trips',
      'itineraryItems',
      'checklistQuestions',
      'glossaryTerms',
      'reportNotes',
      'reportLayouts',
    ] as const)
      for (const path of leafPaths(table))
        expect(refusalOf(as('member'), change(table, path), mine)).toBe('organisers_only');
  });

  it('refuses everything to someone not on the roster', () => {
    expect(refusalOf(as(null), change('minutes', 'discussion/text'), mine)).toBe('not_on_roster');
  });
});

const DELETED = 'deletedAt';
