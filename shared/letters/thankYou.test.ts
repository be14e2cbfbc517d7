import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleReportRecords } from '../../test/fixtures/sampleReport';
import { type HostPersonEntry, type RecordId, type ReportNote, reportNoteId, type TranslatableText } from '../model';
import { derivedPersonId, emptyPerson } from '../people/directory';
import { FUKUOKA_GOVERNOR, SAMPLE_TRIP_ID, sampleId } from '../sample/stepi1996';
import { type LetterHost, letterNoteKey, lettersHosts } from './hosts';
import { lettersDocx } from './letterDocx';
import { type LetterRecords, summariesText, thankYouLetter } from './thankYou';

function letterRecords(directory: ReadonlyMap<RecordId, HostPersonEntry> = new Map()): LetterRecords {
  const records = sampleReportRecords();
  return { ...records, directory };
}

const LEADER = sampleId('member:leader');
const CHOICES = { signerId: LEADER, writtenOn: '1996-11-05' };
const WRITTEN_LATER = '1996-11-06T00:00:00.000Z';

/** The organiser's text for the letter to `host`, as the letters' screen saves it. */
function withLetterNote(
  records: LetterRecords,
  host: LetterHost,
  body: TranslatableText,
  deletedAt: string | null = null,
) {
  const note: ReportNote = {
    ...records.trip,
    id: reportNoteId(SAMPLE_TRIP_ID, letterNoteKey(host)),
    tripId: SAMPLE_TRIP_ID,
    ...letterNoteKey(host),
    body,
    deletedAt,
  };
  return { ...records, reportNotes: [...records.reportNotes, note] };
}

const EDITED_JA = 'リサーチパークの運営と、県が中小企業の研究計画を集める仕組みを学びました。';
const EDITED_KO = '리서치파크의 운영과, 현이 중소기업의 연구계획을 모으는 방식을 배웠습니다.';

const fukuoka = (records: LetterRecords) => {
  const host = lettersHosts(records.items).find((one) => one.name.ja === '福岡県庁');
  if (!host) throw new Error('No Fukuoka visit');
  return host;
};

describe('thank-you letters', () => {
  it('go to each host organisation visited, once, in the order of the itinerary', () => {
    const hosts = lettersHosts(letterRecords().items).map((host) => host.name.ja);
    expect(hosts[0]).toBe('熊本県庁');
    expect(hosts).toContain('福岡県庁');
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('thank the Fukuoka governor in Japanese for the day of the visit, with what was learned there, signed by the leader', () => {
    const records = letterRecords();
    const letter = thankYouLetter(records, fukuoka(records), 'ja', CHOICES);
    expect(letter.title).toBe('御礼状');
    expect(letter.date).toBe('1996年11月5日(火)');
    expect(letter.addressees).toEqual(['福岡県庁　御中', '福岡県知事　様']);
    expect(letter.paragraphs[1]).toContain('1996年10月22日(火)');
    expect(letter.paragraphs[1]).toContain('福岡県庁を訪問いたしました');
    const summary = records.reportNotes.find(
      (note) => note.kind === 'visitSummary' && note.itemId === fukuoka(records).key,
    );
    expect(letter.learned.map(({ text }) => text)).toEqual([summary?.body.translations.ja ?? summary?.body.text]);
    expect(letter.closing).toBe('敬具');
    expect(letter.signature.at(-1)).toContain('STEPI 研修団長');
  });

  it('introduce what was learned only where a summary says something: Kumamoto, with none yet, is thanked for the visit alone', () => {
    const records = letterRecords();
    const kumamoto = lettersHosts(records.items)[0];
    if (!kumamoto) throw new Error('No Kumamoto visit');
    const letter = thankYouLetter(records, kumamoto, 'ja', CHOICES);
    expect(letter.learned).toEqual([]);
    expect(letter.paragraphs.join('')).not.toContain('ご説明いただいた');
  });

  it('name a person as the directory now holds them, a correction made once showing in the letter', () => {
    const id = derivedPersonId(SAMPLE_TRIP_ID, FUKUOKA_GOVERNOR);
    const corrected: HostPersonEntry = {
      ...letterRecords().trip,
      ...emptyPerson(),
      id,
      tripId: SAMPLE_TRIP_ID,
      name: { ja: '山田 太郎', ko: '야마다 다로' },
      title: FUKUOKA_GOVERNOR.title,
    };
    const records = letterRecords(new Map([[id, corrected]]));
    expect(thankYouLetter(records, fukuoka(records), 'ja', CHOICES).addressees).toContain('福岡県知事　山田 太郎　様');
    expect(thankYouLetter(records, fukuoka(records), 'ko', CHOICES, { copy: true }).addressees).toContain(
      '후쿠오카현 지사 야마다 다로 귀하',
    );
  });

  it('say what the organiser wrote for the letter instead of the summary, its copy for the file in its translation', () => {
    const records = letterRecords();
    const host = fukuoka(records);
    const edited = withLetterNote(records, host, { lang: 'ja', text: EDITED_JA, translations: { ko: EDITED_KO } });
    const letter = thankYouLetter(edited, host, 'ja', CHOICES);
    expect(letter.learned).toEqual([{ text: EDITED_JA, untranslated: false }]);
    expect(letter.paragraphs.join('')).toContain('ご説明いただいた');
    const copy = thankYouLetter(edited, host, 'ko', CHOICES, { copy: true });
    expect(copy.copyNote).toBe('(보관용 국문 사본)');
    expect(copy.learned).toEqual([{ text: EDITED_KO, untranslated: false }]);
    expect(copy.signature.at(-1)).toContain('STEPI 연수단장');
    // The edited text goes only into its own host's letter.
    const kumamoto = lettersHosts(edited.items)[0];
    if (!kumamoto) throw new Error('No Kumamoto visit');
    expect(thankYouLetter(edited, kumamoto, 'ja', CHOICES).learned).toEqual([]);
  });

  it('keep in the copy what the hosts were sent while the organiser’s text has no translation yet, marked so', () => {
    const records = letterRecords();
    const host = fukuoka(records);
    const edited = withLetterNote(records, host, { lang: 'ja', text: EDITED_JA, translations: {} });
    const [learned] = thankYouLetter(edited, host, 'ko', CHOICES, { copy: true }).learned;
    expect(learned?.untranslated).toBe(true);
    expect(learned?.text).toContain(EDITED_JA);
    expect(learned?.text).not.toContain('후쿠오카 현청사');
  });

  it('go back to the visits’ summaries once the organiser’s text is emptied or deleted', () => {
    const records = letterRecords();
    const host = fukuoka(records);
    const summaries = thankYouLetter(records, host, 'ja', CHOICES).learned;
    expect(summaries[0]?.text).toContain('福岡県庁舎、1996年10月22日');
    const emptied = withLetterNote(records, host, { lang: 'ja', text: ' \n', translations: { ko: EDITED_KO } });
    expect(thankYouLetter(emptied, host, 'ja', CHOICES).learned).toEqual(summaries);
    expect(thankYouLetter(emptied, host, 'ko', CHOICES, { copy: true }).learned[0]?.text).toContain('후쿠오카 현청사');
    const deleted = withLetterNote(records, host, { lang: 'ja', text: EDITED_JA, translations: {} }, WRITTEN_LATER);
    expect(thankYouLetter(deleted, host, 'ja', CHOICES).learned).toEqual(summaries);
  });

  it('offer the organiser the visits’ summaries in the letter’s language to start from', () => {
    const records = letterRecords();
    const host = fukuoka(records);
    const summary = records.reportNotes.find((note) => note.kind === 'visitSummary' && note.itemId === host.key);
    expect(summariesText(records, host, 'ja')).toBe(summary?.body.translations.ja);
    expect(summariesText(records, host, 'ko')).toBe(summary?.body.text);
  });

  it('are written to one Word file, each letter on pages of its own', async () => {
    const records = letterRecords();
    const letters = lettersHosts(records.items).map((host) => thankYouLetter(records, host, 'ja', CHOICES));
    const file = await lettersDocx(letters, '御礼状');
    const xml = strFromU8(unzipSync(file)['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('福岡県知事　様');
    expect(xml).toContain('熊本県庁　御中');
    expect(xml.match(/<w:pageBreakBefore\/>/g)?.length).toBe(letters.length - 1);
    expect(xml).toContain('<w:jc w:val="right"/>');
  });
});
