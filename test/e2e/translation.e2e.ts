import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp } from './support/browser';

const browser = browserPerFile();

describe('translating the sample trip', () => {
  it('in Korean: a term agreed in the glossary, a Q&A answer translated, reviewed, kept after a reload; Alt+↓ to the next missing one', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();

    await app.glossary.open();
    expect(
      (await app.glossary.terms()).some((term) => term.includes('과학기술처') && term.includes('科学技術庁')),
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
