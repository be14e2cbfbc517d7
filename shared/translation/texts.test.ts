import { describe, expect, it } from 'vitest';
import { sampleReportRecords } from '../../test/fixtures/sampleReport';
import { lettersHosts } from '../letters/hosts';
import type { ReportNote } from '../model';
import { sampleId } from '../sample/stepi1996';
import { countByLanguage, filterTexts } from './counts';
import { valueAt, withValueAt } from './fields';
import { originalOf, statusIn, type TripText, targetsOf, tripTexts } from './texts';

const trip = ['ko', 'ja'] as const;

describe('the texts of a trip that go into an export', () => {
  const records = sampleReportRecords();

  it('lists the sample trip’s notes and names, each with its record and field', () => {
    const texts = tripTexts({ ...records, reportNotes: [] });
    const kinds = new Set(texts.map((text) => text.kind));
    expect([...kinds]).toEqual(
      expect.arrayContaining(['tripTitle', 'answer', 'discussion', 'followUp', 'question', 'qaAnswer', 'itemName']),
    );
    const qa = texts.find((text) => text.kind === 'question');
    expect(qa).toMatchObject({ id: expect.any(String), field: 'question', itemId: sampleId('item:fukuoka') });
    expect(new Set(texts.map((text) => text.key)).size).toBe(texts.length);
  });

  it('lists each member’s affiliation as a name to write in each language, after the itinerary', () => {
    const texts = tripTexts({ ...records, reportNotes: [] });
    const affiliations = texts.filter((text) => text.kind === 'affiliation');
    expect(affiliations).toHaveLength(records.members.length);
    expect(affiliations[0]).toMatchObject({ field: 'affiliation', content: { type: 'name', table: 'members' } });
    expect(texts.slice(-affiliations.length)).toEqual(affiliations);
    const gyeonggi = affiliations.find((text) => text.content.type === 'name' && text.content.name.ko === '경기도');
    expect(gyeonggi && statusIn(gyeonggi, 'ja')).toBe('original');
    // A member whose affiliation is written in Korean only is missing in Japanese, and can be given there.
    const [first] = affiliations;
    if (first?.content.type !== 'name') throw new Error('no affiliation');
    const koreanOnly = { ...first, content: { ...first.content, name: { ko: '경기도 과학기술과' } } };
    expect(statusIn(koreanOnly, 'ja')).toBe('missing');
  });

  it('lists where each item happens as the report prints it: its place, or else its host’s address', () => {
    const texts = tripTexts({ ...records, reportNotes: [] });
    const fukuoka = texts.filter((text) => text.itemId === sampleId('item:fukuoka') && text.kind === 'place');
    const item = records.items.find((found) => found.id === sampleId('item:fukuoka'));
    const field = item && Object.values(item.location).some(Boolean) ? 'location' : 'host.address';
    expect(fukuoka.map((text) => text.field)).toEqual([field]);
  });

  it('says where each stands in the trip’s other language, and counts them', () => {
    // The members' answers as written, before the sample's reviewed translations.
    const answers = records.answers.map((answer) => ({
      ...answer,
      body: { lang: answer.body.lang, text: answer.body.text, translations: {} },
    }));
    const texts = tripTexts({ ...records, answers, reportNotes: [] });
    const answer = texts.find((text) => text.kind === 'answer');
    if (!answer) throw new Error('no answer');
    expect(originalOf(answer, trip).lang).toBe('ko');
    expect(targetsOf(answer, trip)).toEqual(['ja']);
    expect(statusIn(answer, 'ja')).toBe('missing');
    const [ko, ja] = countByLanguage(texts, trip);
    expect(ja?.counts.missing).toBeGreaterThan(0);
    expect(ja?.counts.total).toBe(texts.filter((text) => originalOf(text, trip).lang === 'ko').length);
    expect(ko?.counts.total).toBe(texts.length - (ja?.counts.total ?? 0));
    expect(
      filterTexts(texts, trip, 'missing').every((text) =>
        targetsOf(text, trip).some((lang) => statusIn(text, lang) === 'missing'),
      ),
    ).toBe(true);
  });

  it('includes the report’s own notes, and leaves out empty and deleted ones', () => {
    const note = (kind: ReportNote['kind'], text: string, deletedAt: string | null = null): ReportNote => ({
      ...records.trip,
      id: sampleId(`report:${kind}:${text}`),
      tripId: records.trip.id,
      kind,
      questionId: null,
      itemId: null,
      body: { lang: 'ko', text, translations: {} },
      deletedAt,
    });
    const texts = tripTexts({
      ...records,
      reportNotes: [
        note('evaluation', '성과가 컸다'),
        note('evaluation', ''),
        note('evaluation', '지움', '1996-11-01T00:00:00.000Z'),
      ],
    });
    expect(texts.filter((text) => text.kind === 'evaluation').map((text) => originalOf(text, trip).text)).toEqual([
      '성과가 컸다',
    ]);
  });

  it('lists what the organiser wrote for a host’s thank-you letter, whose copy is its translation, after the report', () => {
    const letter = (itemId: string, text: string): ReportNote => ({
      ...records.trip,
      id: sampleId(`report:letter:${itemId}`),
      tripId: records.trip.id,
      kind: 'letter',
      questionId: null,
      itemId,
      body: { lang: 'ja', text, translations: {} },
      deletedAt: null,
    });
    const fukuoka = lettersHosts(records.items).find((host) => host.name.ja === '福岡県庁');
    if (!fukuoka) throw new Error('No Fukuoka visit');
    const texts = tripTexts({
      ...records,
      reportNotes: [
        ...records.reportNotes,
        letter(fukuoka.key, 'リサーチパークの運営を学びました。'),
        // Kept under a visit that no longer opens its host's visits: no letter shows it.
        letter(sampleId('item:nowhere'), '宛先のない御礼状'),
      ],
    });
    const letters = texts.filter((text) => text.kind === 'letter');
    expect(letters.map((text) => [text.itemId, originalOf(text, trip).text])).toEqual([
      [fukuoka.key, 'リサーチパークの運営を学びました。'],
    ]);
    expect(letters[0] && statusIn(letters[0], 'ko')).toBe('missing');
    const evaluation = texts.findIndex((text) => text.kind === 'evaluation');
    expect(evaluation).toBeGreaterThan(0);
    expect(texts.indexOf(letters[0] as TripText)).toBeGreaterThan(evaluation);
  });
});

describe('a text’s place in its record', () => {
  it('reads and writes a follow-up by its id, leaving the others as they are', () => {
    const record = {
      followUps: [
        { id: 'a', text: 'one' },
        { id: 'b', text: 'two' },
      ],
    };
    expect(valueAt(record, 'followUps.b.text')).toBe('two');
    const changed = withValueAt(record, 'followUps.b.text', 'deux');
    expect(changed.followUps).toEqual([
      { id: 'a', text: 'one' },
      { id: 'b', text: 'deux' },
    ]);
    expect(changed.followUps[0]).toBe(record.followUps[0]);
    expect(record.followUps[1]?.text).toBe('two');
  });
});
