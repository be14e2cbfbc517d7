import { describe, expect, it } from 'vitest';
import { sampleReportRecords } from '../../../test/fixtures/sampleReport';
import type { Language } from '../../i18n/languages';
import type { Member } from '../../model';
import { sampleMembers } from '../../sample/stepi1996';
import type { Cell, ReportDocument } from '../document';
import { compileItinerary, type ItineraryOptions } from '../itinerary';
import { hostPersonCell, inDelegationOrder } from './people';

const textIn = (cell: Cell | undefined, lang: Language) => cell?.texts.find((text) => text.lang === lang)?.text ?? '';

/** The roster's rows (name, affiliation, role) as they read in `lang`. */
function rosterOf(document: ReportDocument, lang: Language): string[][] {
  const table = document.sections.find((section) => section.kind === 'roster')?.blocks[0];
  return table?.type === 'table' ? table.rows.map((row) => row.map((cell) => textIn(cell, lang))) : [];
}

const rosterIn = (records: ReturnType<typeof sampleReportRecords>, layout: ItineraryOptions['layout']) =>
  compileItinerary(records, { layout });

describe('the delegation’s roster in a document', () => {
  it('lists the delegation in its own order: its leader first, the organisers, the members, then the interpreter', () => {
    const names = rosterOf(rosterIn(sampleReportRecords(), 'sideBySide'), 'ko').map(([name]) => name);
    // Before, in 가나다 order: STEPI 연구원 came before STEPI 연수단장, the delegation's leader.
    expect(names.slice(0, 3)).toEqual(['STEPI 연수단장', 'STEPI 연구원', '서울특별시 과학기술전문위원']);
    expect(names).toEqual(sampleMembers.map((member) => member.name));
    expect(names.at(-1)).toBe('통역');
  });

  it('names each role as a delegation’s document does: 인솔, 引率, Organiser; never 주관 or 主催', () => {
    const records = sampleReportRecords();
    const rolesIn = (lang: Language) => rosterOf(rosterIn(records, lang), lang).map(([, , role]) => role);
    const [first, second, third] = [0, 2, 16];
    expect([first, second, third].map((row) => rolesIn('ko')[row])).toEqual(['인솔', '단원', '통역']);
    expect([first, second, third].map((row) => rolesIn('ja')[row])).toEqual(['引率', '団員', '通訳']);
    expect([first, second, third].map((row) => rolesIn('en')[row])).toEqual(['Organiser', 'Member', 'Interpreter']);
  });

  it('keeps each group in the order its people joined the roster, whatever their names', () => {
    const records = sampleReportRecords();
    // The sample's members were all written at one moment; here each joins a minute after the one before, in reverse.
    const joined = records.members.map(
      (member, index): Member => ({
        ...member,
        createdAt: new Date(Date.UTC(1996, 8, 1, 9, records.members.length - index)).toISOString(),
      }),
    );
    const names = rosterOf(rosterIn({ ...records, members: joined }, 'ko'), 'ko').map(([name]) => name);
    expect(names.slice(0, 2)).toEqual(['STEPI 연구원', 'STEPI 연수단장']);
    expect(names.slice(2, 4)).toEqual(['제주도 과학기술전문위원', '경상북도 과학기술전문위원']);
    expect(names.at(-1)).toBe('통역');
  });

  it('puts a member who joined later after those before them, and an organiser added last still first', () => {
    const at = (minute: number) => new Date(Date.UTC(1996, 8, 1, 9, minute)).toISOString();
    const people = [
      { name: '나중 단원', role: 'member', createdAt: at(3) },
      { name: '통역', role: 'interpreter', createdAt: at(0) },
      { name: '먼저 단원', role: 'member', createdAt: at(1) },
      { name: '늦게 온 인솔자', role: 'organiser', createdAt: at(4) },
    ] as const;
    expect(inDelegationOrder(people).map((person) => person.name)).toEqual([
      '늦게 온 인솔자',
      '먼저 단원',
      '나중 단원',
      '통역',
    ]);
  });
});

describe('a host person in a document', () => {
  const langs = ['ko', 'ja', 'en'] as const;
  const partsIn = (cell: Cell, lang: Language) => cell.texts.find((text) => text.lang === lang)?.parts;

  it('has a reading only over a Japanese name written in kanji, and only where one is known', () => {
    const title = { ko: '과장', ja: '課長', en: 'Section chief' };
    const kanji = hostPersonCell(
      { name: { ko: '야마다 하나코', ja: '山田 花子' }, title, reading: 'やまだ はなこ' },
      langs,
    );
    expect(partsIn(kanji, 'ja')).toEqual([{ text: '課長 ' }, { text: '山田 花子', reading: 'やまだ はなこ' }]);
    expect([partsIn(kanji, 'ko'), partsIn(kanji, 'en')]).toEqual([undefined, undefined]);
    // A name in kana reads as written; a name whose reading nobody wrote has none.
    expect(
      partsIn(hostPersonCell({ name: { ja: 'やまだ はなこ' }, title, reading: 'やまだ はなこ' }, langs), 'ja'),
    ).toBe(undefined);
    expect(partsIn(hostPersonCell({ name: { ja: '山田 花子' }, title, reading: ' ' }, langs), 'ja')).toBe(undefined);
  });
});
