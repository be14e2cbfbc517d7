import { describe, expect, it } from 'vitest';
import { App } from './pages/App';
import { newProfileDir, openAppPersistent } from './support/browser';
import { holdSaves, killBrowser, recoveryState, restart, sleep } from './support/crash';

describe('text typed before a crash over a note that changed since', () => {
  it('is merged into the note as it is now, nothing set aside; a window still open keeps its own', async () => {
    const profile = await newProfileDir();
    const { app: first, context } = await openAppPersistent(profile, 'ko-KR');
    await first.tripList.loadSampleTrip();
    await first.trip.waitUntilLoaded();
    await first.itinerary.open();
    await first.notes.openFromItinerary('후쿠오카현청');
    await first.notes.writeAs('강원도 과학기술전문위원');
    await first.notes.show('minutes');
    const url = first.page.url();
    const decisions = first.notes.field('minutes.decisions');
    const original = await decisions.inputValue();

    // The first window types while its save waits: its text is only in its draft.
    await holdSaves(first.page, 'before');
    await decisions.click();
    await first.page.keyboard.press('Control+End');
    await first.page.keyboard.type(' 첫 창의 입력');
    await first.page.locator('.save-indicator[data-state="saving"]').waitFor();

    // A second window starts meanwhile: the first is still open, so its draft is not the second's to recover.
    const second = await App.open(await context.newPage());
    await second.page.goto(url);
    const elsewhere = second.notes.field('minutes.decisions');
    await elsewhere.waitFor();
    expect(await elsewhere.inputValue()).toBe(original);
    expect((await recoveryState(second.page)).drafts.some((draft) => draft.includes('첫 창의 입력'))).toBe(true);

    // The second window changes the minutes and saves them; then everything dies.
    await elsewhere.click();
    await second.page.keyboard.press('Control+End');
    await second.page.keyboard.type(' 둘째 창의 수정');
    await second.notes.waitUntilSaved();
    await sleep(100);
    killBrowser(profile);
    await context.close().catch(() => {});

    const { app, context: after } = await restart(profile, url);
    // Typed over what the first window showed: merged into the minutes as they are now, nothing set aside.
    const field = app.notes.field('minutes.decisions');
    await expect.poll(() => field.inputValue()).toContain(' 첫 창의 입력');
    const merged = await field.inputValue();
    expect(merged).toContain(' 둘째 창의 수정');
    expect(merged).toHaveLength(`${original} 첫 창의 입력 둘째 창의 수정`.length);
    expect(await app.page.locator('.recovered-notice').count()).toBe(0);
    await app.page
      .locator('.minutes')
      .getByRole('button', { name: /^이력: / })
      .click();
    const dialog = app.page.getByRole('dialog', { name: app.t('notes', 'history.title') });
    await expect.poll(() => dialog.textContent()).toContain('첫 창의 입력');
    expect(app.errors).toEqual([]);
    await after.close();
  });
});
