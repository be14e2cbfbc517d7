import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WORD_JOINER } from '@shared/report/dates';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp } from './support/browser';
import { convertWithLibreOffice, squeeze } from './support/libreOffice';

const browser = browserPerFile();

/**
 * The pieces of a converted document's lines that cut a time or a range
 * (8: | 30, a line starting with ～ or a closing bracket): pdftotext -layout
 * puts a table row's cells on one line, apart by two spaces or more. (Not for
 * Chromium's PDFs, whose invisible characters pdftotext misplaces: see `cutInLayout`.)
 */
const cutTimes = (text: string) =>
  text
    .replaceAll(WORD_JOINER, '')
    .split('\n')
    .flatMap((line) => line.trim().split(/\s{2,}/))
    .filter((piece) => /\d:\d?$|[~～]$|^[~～:)）]/.test(piece));

/**
 * Run in the page: the times (8:30, 15:20) and range marks with the
 * characters beside them (0~1, ）～1, 0 – 1) that the page's layout puts on
 * two lines, each character's line told by its box's top.
 */
function cutInLayout(root: Element): string[] {
  const cut: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const match of text.matchAll(/\d{1,2}:\d{2}|.\u2060?(?:[~～]|\u00a0–)\u2060?\u00a0?./g)) {
      const tops = new Set<number>();
      for (let at = match.index; at < match.index + match[0].length; at += 1) {
        // A word joiner has no box of its own to tell its line by.
        if (text[at] === '\u2060') continue;
        const range = root.ownerDocument.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const [box] = range.getClientRects();
        if (box) tops.add(Math.round(box.top));
      }
      if (tops.size > 1) cut.push(match[0]);
    }
  }
  return cut;
}

const DAY_1 = '2026년 5월 11일';
const DAY_2 = '2026년 5월 12일';

describe('itinerary', () => {
  it('builds a two-day itinerary, reorders it by keyboard, warns of an overlap, and keeps it all across a reload', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await app.tripList.startNewTrip();
    await app.tripForm.fill({
      titleKo: '가나가와 연수',
      titleJa: '神奈川研修',
      startDate: '2026-05-11',
      endDate: '2026-05-12',
    });
    await app.tripForm.create();
    await app.trip.waitUntilLoaded();
    await app.itinerary.open();

    await app.itinerary.addItem(DAY_1, {
      kind: 'visit',
      nameKo: '가나가와현청',
      nameJa: '神奈川県庁',
      startTime: '10:00',
      endTime: '12:00',
    });
    await app.itinerary.addItem(DAY_1, {
      kind: 'lecture',
      nameKo: '사이언스파크 강연',
      startTime: '11:30',
      endTime: '13:00',
    });
    await app.itinerary.addItem(DAY_1, { kind: 'free', nameKo: '자유 시간' });
    await app.itinerary.addItem(DAY_2, {
      kind: 'travel',
      nameKo: '요코하마 → 김포',
      startTime: '09:00',
      endTime: '11:30',
    });
    await expect.poll(() => app.itinerary.names(DAY_1)).toEqual(['가나가와현청', '사이언스파크 강연', '자유 시간']);
    await expect
      .poll(() => app.itinerary.warnings())
      .toEqual(['“가나가와현청”과 “사이언스파크 강연”의 시간이 겹칩니다.']);

    await app.itinerary.moveWithKeyboard('자유 시간', 'ArrowUp', 2);
    await expect.poll(() => app.itinerary.names(DAY_1)).toEqual(['자유 시간', '가나가와현청', '사이언스파크 강연']);
    await app.itinerary.moveWithKeyboard('자유 시간', 'ArrowDown', 3);
    await expect.poll(() => app.itinerary.names(DAY_2)).toEqual(['자유 시간', '요코하마 → 김포']);

    await app.reload();
    await app.page.locator('.itinerary-row').first().waitFor();
    await expect.poll(() => app.itinerary.names(DAY_1)).toEqual(['가나가와현청', '사이언스파크 강연']);
    await expect.poll(() => app.itinerary.names(DAY_2)).toEqual(['자유 시간', '요코하마 → 김포']);
    await expect.poll(() => app.itinerary.warnings()).toHaveLength(1);
  });

  it('undoes the last change to the itinerary', async () => {
    const app = await openApp(browser(), 'ja-JP');
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.itinerary.open();
    const day = '1996年10月22日火曜日';
    await expect.poll(() => app.itinerary.names(day)).toEqual(['講演2：産学共同研究とリサーチパーク', '福岡県庁']);
    // A timed item's place in its day is its time: it moves by days.
    await app.page.getByRole('button', { name: '「福岡県庁」を翌日へ' }).click();
    await expect.poll(() => app.itinerary.names(day)).toEqual(['講演2：産学共同研究とリサーチパーク']);
    await app.itinerary.undo();
    await expect.poll(() => app.itinerary.names(day)).toEqual(['講演2：産学共同研究とリサーチパーク', '福岡県庁']);
  });

  it('drags an item to another day with the mouse, and deletes one with a chance to undo', async () => {
    const app = await openApp(browser(), 'ja-JP');
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.itinerary.open();
    const day3 = '1996年10月22日火曜日';
    const day4 = '1996年10月23日水曜日';
    const handle = app.page.getByRole('button', { name: app.t('itinerary', 'page.drag', { name: '福岡県庁' }) });
    const target = app.itinerary.day(day4).locator('.itinerary-row').first();
    await app.itinerary.day(day3).evaluate((section) => section.scrollIntoView({ block: 'start' }));
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('not on screen');
    await app.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(from.x + 10, from.y + 20, { steps: 5 });
    await app.page.mouse.move(to.x + 20, to.y + to.height / 2, { steps: 20 });
    await app.page.mouse.up();
    await expect.poll(() => app.itinerary.names(day4)).toContain('福岡県庁');
    await expect.poll(() => app.itinerary.names(day3)).toEqual(['講演2：産学共同研究とリサーチパーク']);

    await app.itinerary.day(day4).getByRole('link', { name: '福岡県庁', exact: true }).click();
    await app.page.getByRole('button', { name: app.t('itinerary', 'form.delete') }).click();
    await app.page
      .getByRole('dialog')
      .getByRole('button', { name: app.t('itinerary', 'form.delete') })
      .click();
    await app.itinerary.heading().waitFor();
    await expect.poll(() => app.itinerary.names(day4)).not.toContain('福岡県庁');
    await app.page
      .getByRole('status')
      .getByRole('button', { name: /元に戻す/ })
      .click();
    await expect.poll(() => app.itinerary.names(day4)).toContain('福岡県庁');
  });

  it('prints the itinerary for the hosts, Korean | Japanese: every cell in its column’s words, the roster at the end; and saves it as Word (Japanese interface)', async () => {
    const app = await openApp(browser(), 'ja-JP');
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.itinerary.open();
    await app.page.getByRole('link', { name: app.t('itinerary', 'page.print') }).click();
    const document = app.page.getByRole('article');
    await document.locator('.doc__section').first().waitFor();
    // Korean breaks between words, never inside one ("지자/체" before).
    const korean = document.locator('td [lang="ko"]').first();
    expect(await korean.evaluate((element) => getComputedStyle(element).wordBreak)).toBe('keep-all');
    // The time in each language and in the item's zone: never "오전 10:00 (대한민국 시간)" in Japanese.
    // On the 24-hour clock; word joiners hold the Japanese range on one line (shared/report/dates.ts).
    const times = [
      ['10:00（韓国標準時）', '～', '11:20（日本標準時）'].join(WORD_JOINER),
      '10:00 (한국 표준시)~11:20 (일본 표준시)',
    ];
    for (const time of times) await document.getByText(time, { exact: true }).waitFor();
    expect(await document.getByText(times[0] ?? '').getAttribute('lang')).toBe('ja');

    // As printed on A4 (its width inside the margins), no time and no range mark with its neighbours is cut by a line's end.
    await app.page.emulateMedia({ media: 'print' });
    await app.page.setViewportSize({ width: 673, height: 950 });
    expect(await document.evaluate(cutInLayout)).toEqual([]);
    await app.page.emulateMedia({ media: null });

    const folder = await mkdtemp(path.join(tmpdir(), 'fieldbook-pdf-'));
    const pdf = path.join(folder, 'itinerary.pdf');
    await writeFile(pdf, await app.page.pdf({ format: 'A4', printBackground: true }));
    const text = squeeze(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    const hosts = [
      '구마모토현청',
      '熊本県庁',
      '후쿠오카현청',
      '福岡県庁',
      '기후현청',
      '岐阜県庁',
      '가나가와현청',
      '神奈川県庁',
    ];
    const more = ['통상산업성', '通商産業省', '과학기술청', '科学技術庁'];
    for (const expected of [...hosts, ...more]) expect(text, expected).toContain(expected);
    for (const expected of [
      '日程表',
      '일정표',
      '3日目1996年10月22日(火)',
      '부록:연수단명단',
      '付録：研修団名簿',
      '京畿道科学技術専門委員1',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain(squeeze(app.t('itinerary', 'print.savePdf')));

    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: app.t('itinerary', 'print.saveDocx') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('일본 지자체 과학기술혁신체제 교육연수단 일정표.docx');
    const docx = await readFile((await download.path()) ?? '');
    const convertedText = (await convertWithLibreOffice(docx, 'itinerary')).text;
    expect(cutTimes(convertedText)).toEqual([]);
    const converted = squeeze(convertedText);
    for (const expected of ['福岡県庁', '후쿠오카현청', '付録：研修団名簿', '15:20～16:10']) {
      expect(converted, expected).toContain(expected);
    }
  });

  it('exports an .ics file with the right instants', async () => {
    const app = await openApp(browser(), 'ja-JP');
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.itinerary.open();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'カレンダーに書き出す (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('일본 지자체 과학기술혁신체제 교육연수단.ics');
    const ics = await readFile((await download.path()) ?? '', 'utf8');
    // Each event is in its own zone (TZID), read through the file's own VTIMEZONEs, as a calendar does.
    const calendar = new ICAL.Component(ICAL.parse(ics));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(23);
    const fukuoka = events.find((event) => event.summary === '후쿠오카현청 / 福岡県庁');
    expect(fukuoka?.startDate.zone?.tzid).toBe('Asia/Tokyo');
    expect(fukuoka?.startDate.toJSDate().toISOString()).toBe('1996-10-22T06:20:00.000Z');
    expect(fukuoka?.endDate.toJSDate().toISOString()).toBe('1996-10-22T07:10:00.000Z');
    const flight = events.find((event) => event.summary.startsWith('김포 → 후쿠오카'));
    expect(flight?.startDate.toJSDate().toISOString()).toBe('1996-10-20T01:00:00.000Z');
  });
});
