import path from 'node:path';
import type { FileChooser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp } from './support/browser';
import { capture } from './support/screenshots';

const browser = browserPerFile();
const PHOTO = path.resolve(import.meta.dirname, '../../assets/icon.png');

/**
 * From now on, notes in the page each time the focus is found on the page's
 * body (or nowhere) at a frame, with what had it last: a keyboard user has
 * lost their place there, and Tab starts again from the top.
 */
async function watchFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watched = window as unknown as { focusLost: string[] };
    watched.focusLost = [];
    let last = 'nothing yet';
    let lost = false;
    const look = () => {
      const active = document.activeElement;
      if (!active || active === document.body) {
        if (!lost) watched.focusLost.push(`after ${last}`);
        lost = true;
      } else {
        lost = false;
        const name = active.getAttribute('aria-label') ?? active.textContent ?? '';
        last = `${active.tagName.toLowerCase()} “${name.trim().slice(0, 30)}”`;
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

function focusLost(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { focusLost: string[] }).focusLost);
}

function hasFocus(target: Locator): Promise<boolean> {
  return target
    .first()
    .evaluate((element) => element === document.activeElement, undefined, { timeout: 1_000 })
    .catch(() => false);
}

/** Tab (or Shift+Tab) until `target` has the focus, as a user does. */
async function tabTo(page: Page, target: Locator, back = false): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/**
 * The system's file chooser, opened by Space on the file input reached by Tab.
 * On a busy machine the files tab may still be settling when the first Space
 * lands; the keys are pressed again (a person would press again too).
 */
async function chooseByKeyboard(page: Page, input: Locator): Promise<FileChooser> {
  for (let attempt = 1; ; attempt++) {
    await tabTo(page, input);
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
    await page.keyboard.press('Space');
    try {
      return await chooser;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** The sample's members in the roster's order, as each interface language names them. */
const NAMES = {
  ko: { gangwon: '강원도 과학기술전문위원', gyeongbuk: '경상북도 과학기술전문위원' },
  ja: { gangwon: '江原道 科学技術専門委員', gyeongbuk: '慶尚北道 科学技術専門委員' },
} as const;

describe.each([
  ['ko-KR', '후쿠오카현청'],
  ['ja-JP', '福岡県庁'],
])('a visit’s notes by the keyboard alone, in %s', (locale, fukuoka) => {
  it('chooses the writer only by Enter, answers, writes minutes and a Q&A note, attaches a photo, never losing the focus', async () => {
    const app = await openApp(browser(), locale);
    const names = NAMES[app.language === 'ja' ? 'ja' : 'ko'];
    const { page, notes } = app;
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.itinerary.open();
    await notes.openFromItinerary(fukuoka);
    await page.keyboard.press('Tab');
    await watchFocus(page);

    // Nobody writes yet. Arrow keys on the closed list go three members down (STEPI 연구원, STEPI 연수단장, 강원도)
    // and choose nobody: the list stays, with the focus.
    await tabTo(page, notes.writerPicker());
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await hasFocus(notes.writerPicker())).toBe(true);
    expect(await notes.writerPicker().evaluate((list: HTMLSelectElement) => list.selectedOptions[0]?.text)).toContain(
      names.gangwon,
    );
    expect(await notes.writer().count()).toBe(0);

    // Enter chooses; the writer is named in the interface language, and the focus is on "Change".
    await page.keyboard.press('Enter');
    await expect.poll(() => notes.writer().textContent()).toBe(names.gangwon);
    expect(await hasFocus(notes.changeWriterButton())).toBe(true);

    // "Change" puts the focus on the list; an arrow and Escape change nothing.
    await page.keyboard.press('Enter');
    expect(await hasFocus(notes.writerPicker())).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await notes.writer().textContent()).toBe(names.gangwon);
    expect(await hasFocus(notes.changeWriterButton())).toBe(true);

    // The first consonants of a Korean name typed as the Korean keyboard sends them (r ㄱ, t ㅅ): 경상북도.
    await page.keyboard.press('Enter');
    await page.keyboard.press('r');
    await page.keyboard.press('t');
    await page.keyboard.press('Enter');
    await expect.poll(() => notes.writer().textContent()).toBe(names.gyeongbuk);
    expect(await hasFocus(notes.changeWriterButton())).toBe(true);
    await capture(app, 'notes-writer-keyboard');

    // The member's own answer to the first question.
    await tabTo(page, notes.myAnswer(1));
    await page.keyboard.press('End');
    await page.keyboard.type(app.language === 'ja' ? '（キーボードで追記）' : ' (키보드로 덧붙임)');

    // The minutes, by their tab.
    const tab = (section: 'minutes' | 'qa' | 'files') =>
      page
        .getByRole('navigation', { name: app.t('notes', 'page.title') })
        .getByRole('link', { name: app.t('notes', `page.sections.${section}`) });
    await tabTo(page, tab('minutes'), true);
    await page.keyboard.press('Enter');
    await tabTo(page, notes.field('minutes.discussion'));
    await page.keyboard.press('Control+End');
    await page.keyboard.type(app.language === 'ja' ? '追記。' : '덧붙임.');
    await notes.waitUntilSaved();

    // A Q&A note: Alt+N, the question, Tab, the answer, Ctrl+Enter; asked by the writer, named as the interface reads.
    await tabTo(page, tab('qa'), true);
    await page.keyboard.press('Enter');
    await notes.qaNotes().first().waitFor();
    const before = await notes.qaNotes().count();
    await page.keyboard.press('Alt+KeyN');
    await page.keyboard.type(app.language === 'ja' ? '研究所の人員は？' : '연구소 인원은?');
    await page.keyboard.press('Tab');
    await page.keyboard.type('120');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => notes.qaNotes().count()).toBe(before + 1);
    const added = notes.qaNotes().last();
    expect(await added.locator('.qa-note__meta').textContent()).toContain(
      `${app.t('notes', 'qa.askedBy')}: ${names.gyeongbuk}`,
    );
    expect(await hasFocus(notes.composerQuestion())).toBe(true);

    // A photo, from the files tab's button: Space opens the system's chooser.
    await tabTo(page, tab('files'), true);
    await page.keyboard.press('Enter');
    await (await chooseByKeyboard(page, notes.fileInput())).setFiles(PHOTO);
    await page
      .getByRole('status')
      .filter({ hasText: app.t('notes', 'files.attached_one', { count: 1 }) })
      .waitFor();
    expect(await hasFocus(notes.fileInput())).toBe(true);

    expect(await focusLost(page)).toEqual([]);
  });
});

describe('members named as the interface language reads them', () => {
  it('in Japanese: the roster and a visit’s attendees by the names entered for the hosts, the Korean beside or in a tooltip', async () => {
    const app = await openApp(browser(), 'ja-JP');
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    // Name, the other name, affiliation, role: the second column is now the delegation's own name.
    expect(await app.trip.roster()).toContainEqual([
      '江原道 科学技術専門委員',
      '강원도 과학기술전문위원',
      '江原道',
      '団員',
    ]);
    const headers = await app.page.locator('table.roster thead th').allTextContents();
    expect(headers.slice(0, 2)).toEqual([
      app.t('members', 'roster.columns.name'),
      app.t('members', 'roster.columns.nameInDelegation'),
    ]);

    await app.itinerary.open();
    await app.itinerary.openItem('福岡県庁');
    await app.page.getByRole('checkbox', { name: app.t('itinerary', 'form.wholeDelegation') }).uncheck();
    const attendee = app.page.getByRole('checkbox', { name: '江原道 科学技術専門委員', exact: true });
    expect(await attendee.isChecked()).toBe(true);
    expect(await app.page.locator('label.choice', { has: attendee }).getAttribute('title')).toBe(
      '강원도 과학기술전문위원',
    );
  });
});
