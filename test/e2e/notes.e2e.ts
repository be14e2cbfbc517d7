import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { App } from './pages/App';
import { browserPerFile, newProfileDir, openApp, openAppPersistent } from './support/browser';
import { InputMethod } from './support/inputMethod';

const browser = browserPerFile();
const ICON = path.resolve(import.meta.dirname, '../../assets/icon.png');

async function openFukuoka(app: App): Promise<void> {
  await app.tripList.loadSampleTrip();
  await app.trip.waitUntilLoaded();
  await app.itinerary.open();
  await app.notes.openFromItinerary(app.language === 'ja' ? '福岡県庁' : '후쿠오카현청');
}

describe('notes at a visit', () => {
  it('keeps minutes typed just before the browser is killed', async () => {
    const profile = await newProfileDir();
    const first = await openAppPersistent(profile, 'ko-KR');
    await openFukuoka(first.app);
    await first.app.notes.show('minutes');
    const decisions = first.app.notes.field('minutes.decisions');
    await decisions.click();
    await decisions.press('End');
    // Enter at the end of a list line starts the next item by itself.
    await first.app.page.keyboard.press('Enter');
    await first.app.page.keyboard.type('가나가와현에도 같은 자료를 요청');
    await first.app.notes.waitUntilSaved();

    // The browser process dies without closing the page or the profile.
    execFileSync('pkill', ['-KILL', '-f', '--', `user-data-dir=${profile}`]);
    await first.context.close().catch(() => {});

    const second = await openAppPersistent(profile, 'ko-KR');
    await second.app.page.getByRole('link', { name: '일본 지자체 과학기술혁신체제 교육연수단' }).click();
    await second.app.trip.waitUntilLoaded();
    await second.app.itinerary.open();
    await second.app.notes.openFromItinerary('후쿠오카현청');
    await second.app.notes.show('minutes');
    expect(await second.app.notes.field('minutes.decisions').inputValue()).toBe(
      '- 과학의 달(11월) 행사 자료를 요청하기로 함\n- 가나가와현에도 같은 자료를 요청',
    );
    await second.context.close();
  });

  it('takes a Q&A note with the keyboard alone, in Japanese through an input method', async () => {
    const app = await openApp(browser(), 'ja-JP');
    await openFukuoka(app);
    // A Q&A note is saved only with a writer: the member this device writes as.
    await app.notes.writeAs('江原道 科学技術専門委員');
    await app.notes.show('qa');
    await app.notes.qaNotes().first().waitFor();
    const before = await app.notes.qaNotes().count();
    // The checklist questions a note helps answer are whole sentences in Japanese: none is cut off.
    const chips = app.page.locator('.chip');
    expect(await chips.count()).toBeGreaterThan(0);
    const cut = await chips.evaluateAll((all) =>
      all.filter((chip) => chip.scrollWidth > chip.clientWidth + 1).map((chip) => chip.textContent),
    );
    expect(cut).toEqual([]);

    await app.page.keyboard.press('Alt+KeyN');
    await expect.poll(() => app.notes.composerQuestion().evaluate((el) => el === document.activeElement)).toBe(true);
    const ime = await InputMethod.on(app.page);
    await ime.compose('よさん');
    await ime.compose('予算');
    await ime.confirmWithEnter('予算', 229);
    await app.page.keyboard.insertText('の配分は？');
    expect(await app.notes.qaNotes().count()).toBe(before);

    await app.page.keyboard.press('Tab');
    await app.page.keyboard.insertText('四分の一から五分の一');
    await app.page.keyboard.press('Control+Enter');

    await expect.poll(() => app.notes.qaNotes().count()).toBe(before + 1);
    const note = app.notes.qaNotes().last();
    expect(await note.locator('.qa-note__question').textContent()).toBe('予算の配分は？');
    expect(await note.locator('.qa-note__answer').textContent()).toBe('四分の一から五分の一');
    expect(await app.notes.composerQuestion().inputValue()).toBe('');
  });

  it('corrects a Q&A note after the visit, keeps it across a reload, and restores the earlier version', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await openFukuoka(app);
    await app.notes.writeAs('부산광역시 과학기술전문위원');
    await app.notes.show('qa');
    const first = app.notes.qaNotes().first();
    const original = await first.locator('.qa-note__answer').textContent();

    await first.getByRole('button', { name: app.t('notes', 'qa.edit') }).click();
    const answer = app.page.locator('.qa-note--editing').getByLabel(app.t('notes', 'qa.answer'), { exact: true });
    await answer.press('End');
    await answer.pressSequentially(' (다음 날 확인: 현 자료)');
    await app.notes.waitUntilSaved();
    await app.page.getByRole('button', { name: app.t('notes', 'qa.done') }).click();

    await app.reload();
    await app.notes.qaNotes().first().waitFor();
    const corrected = app.notes.qaNotes().first();
    expect(await corrected.locator('.qa-note__answer').textContent()).toBe(`${original} (다음 날 확인: 현 자료)`);

    await corrected.getByRole('button', { name: new RegExp(`^${app.t('notes', 'history.title')}: `) }).click();
    const dialog = app.page.getByRole('dialog', { name: app.t('notes', 'history.title') });
    await expect.poll(() => dialog.locator('.history__version').count()).toBe(2);
    expect(await dialog.locator('.history__version').first().textContent()).toContain('부산광역시 과학기술전문위원');
    await dialog.getByRole('button', { name: app.t('notes', 'history.restore') }).click();
    await expect.poll(() => app.notes.qaNotes().first().locator('.qa-note__answer').textContent()).toBe(original);
  });

  it('attaches a photo whose thumbnail is there after a reload, and refuses a program', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await openFukuoka(app);
    await app.notes.show('files');
    await app.notes.fileInput().setInputFiles(ICON);
    await app.page.getByRole('status').filter({ hasText: '파일 1개를 첨부했습니다.' }).waitFor();
    await app.notes.fileInput().setInputFiles({
      name: 'setup.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ\x90\x00\x03'),
    });
    await app.page.getByText('“setup.exe”은(는) Fieldbook이 보관하는 파일 종류').waitFor();

    await app.reload();
    const thumbnail = app.notes.attachments().first().locator('img');
    await thumbnail.waitFor();
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    expect(await app.notes.attachments().count()).toBe(1);
    expect(await app.notes.attachments().first().locator('.attachment__name').textContent()).toBe('icon.png');

    // A photo can also go with one Q&A note.
    await app.notes.show('qa');
    const firstNote = app.notes.qaNotes().first();
    await firstNote.locator('input[type="file"]').setInputFiles(ICON);
    await firstNote.locator('.attachment img').waitFor();
    expect(await app.notes.qaNotes().nth(1).locator('.attachment').count()).toBe(0);
  });

  it('undoes typing in a note with Ctrl+Z, as in any text field', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await openFukuoka(app);
    await app.notes.show('minutes');
    const decisions = app.notes.field('minutes.decisions');
    const before = await decisions.inputValue();
    await decisions.click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.type(' 추가 메모');
    expect(await decisions.inputValue()).toBe(`${before} 추가 메모`);
    // Each typed character arrived as its own edit, so each Ctrl+Z takes back one.
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => decisions.inputValue()).toBe(`${before} 추가 메`);
    for (let i = 0; i < ' 추가 메'.length; i++) await app.page.keyboard.press('Control+z');
    await expect.poll(() => decisions.inputValue()).toBe(before);
    await app.notes.waitUntilSaved();
  });

  it('updates the coverage matrix when an answer is added', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.page.getByRole('link', { name: app.t('common', 'tripNav.coverage') }).click();
    const cell = app.page.getByRole('link', { name: /구마모토현청, 1:/ });
    expect(await cell.textContent()).toBe('0/17 구마모토현청, 1: 아직 없음');
    expect(await cell.locator('xpath=..').getAttribute('class')).toContain('coverage__cell--gap');

    await cell.click();
    await app.notes.writeAs('강원도 과학기술전문위원');
    await app.notes.myAnswer(1).fill('국비 매칭으로 공업기술센터를 운영');
    await app.notes.waitUntilSaved();
    await app.page.getByRole('link', { name: '일정' }).first().click();
    await app.page.getByRole('link', { name: app.t('common', 'tripNav.coverage') }).click();
    await expect.poll(() => cell.textContent()).toBe('1/17 구마모토현청, 1: 17명 중 1명 답변');
    expect(await cell.locator('xpath=..').getAttribute('class')).not.toContain('coverage__cell--gap');
  });
});
