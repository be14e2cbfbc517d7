import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp } from './support/browser';

const browser = browserPerFile();

/**
 * The lines a text area's text makes when laid out by its own line-breaking
 * rules at a width of `em` characters: a copy of it as a block (a text area's
 * lines cannot be read), its rules and font taken from the field as styled.
 */
function linesAt(field: Locator, em: number): Promise<string[]> {
  return field.evaluate((box, width) => {
    const style = getComputedStyle(box);
    const copy = document.createElement('div');
    for (const name of ['font', 'white-space', 'word-break', 'line-break', 'overflow-wrap'] as const) {
      copy.style.setProperty(name, style.getPropertyValue(name));
    }
    copy.style.width = `${width}em`;
    copy.textContent = (box as HTMLTextAreaElement).value;
    box.after(copy);
    const text = copy.firstChild as Text;
    const lines: string[] = [];
    let line = '';
    let top: number | undefined;
    for (let at = 0; at < text.length; at++) {
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      const { y } = range.getBoundingClientRect();
      if (top !== undefined && y !== top) {
        lines.push(line);
        line = '';
      }
      top = y;
      line += text.data[at];
    }
    copy.remove();
    return [...lines, line];
  }, em);
}

describe('translating the sample trip', () => {
  it('in Korean: a term agreed in the glossary, a Q&A answer translated, reviewed, kept after a reload; Alt+↓ to the next missing one', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    // Every text of the sample is translated: a member's answer written now is one that is not yet.
    await app.itinerary.open();
    await app.notes.openFromItinerary('후쿠오카현청');
    await app.notes.writeAs('강원도 과학기술전문위원');
    await app.notes.myAnswer(1).fill('강원도도 과학의 달 행사를 검토한다.');
    await app.notes.waitUntilSaved();

    await app.glossary.open();
    expect(
      (await app.glossary.terms()).some((term) => term.includes('과학기술청') && term.includes('科学技術庁')),
    ).toBe(true);
    await app.glossary.add({ ko: '리서치파크', ja: 'リサーチパーク' });
    await expect
      .poll(async () => (await app.glossary.terms()).some((term) => term.includes('リサーチパーク')))
      .toBe(true);

    await app.translation.open();
    expect((await app.translation.counts())[0]).toMatch(/^일본어: 미번역 \d+, 초안 0, 완료 \d+ \/ 전체 \d+$/);
    const answer = app.translation.text('질의응답: 답변', '중소기업청 활용');
    await expect
      .poll(() => answer.locator('mark', { hasText: '리서치파크' }).getAttribute('title'))
      .toBe('リサーチパーク');
    expect(await answer.locator('mark', { hasText: '중소기업청' }).first().getAttribute('title')).toBe('中小企業庁');

    const field = app.translation.translationField(answer, '일본어');
    await field.fill('九州には27の大学、リサーチパーク、工業技術センターがある。');
    // Japanese typed on a Korean screen keeps to kinsoku: no line starts with 、 or 。, and lines are not cut short.
    const lines = await linesAt(field, 11);
    expect(lines.filter((line) => /^[、。]/.test(line))).toEqual([]);
    expect(lines.slice(0, -1).every((line) => line.length >= 9)).toBe(true);
    await expect.poll(() => answer.locator('.translation__mismatch').count()).toBeGreaterThan(0);
    await answer.getByRole('button', { name: '中小企業庁 넣기' }).click();
    await app.translation.waitUntilSaved();
    expect(await app.translation.status(answer).textContent()).toBe('초안');
    await answer.getByRole('checkbox', { name: '검토 완료' }).click();
    await expect.poll(() => app.translation.status(answer).textContent()).toBe('검토 완료');

    await app.reload();
    await app.page.locator('.translation__item').first().waitFor();
    const again = app.translation.text('질의응답: 답변', '중소기업청 활용');
    expect(await app.translation.translationField(again, '일본어').inputValue()).toContain('中小企業庁');
    expect(await app.translation.status(again).textContent()).toBe('검토 완료');

    await app.translation.nextMissing();
    const focused = app.page.locator('[data-translation]:focus');
    await focused.waitFor();
    expect(
      await focused
        .locator('xpath=ancestor::div[contains(@class,"translation__field")]//span[contains(@class,"badge")]')
        .textContent(),
    ).toBe('미번역');
  });

  it('in Japanese: counts in the hosts’ language, a Korean original with the agreed Japanese term offered', async () => {
    const app = await openApp(browser(), 'ja-JP');
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.translation.open();
    expect((await app.translation.counts())[0]).toMatch(/^日本語：未翻訳 \d+、下書き 0、完了 \d+／全 \d+$/);
    const answer = app.translation.text('質疑応答：回答', '중소기업청 활용');
    expect(await answer.getByText('原文（韓国語）').count()).toBe(1);
    expect(await answer.getByRole('button', { name: '中小企業庁を挿入' }).count()).toBe(1);
  });
});
