import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { App } from './pages/App';
import { browserPerFile, openApp } from './support/browser';

/**
 * Every screen checked by axe-core against WCAG 2.1 A and AA (names of
 * controls, labels, contrast, landmarks, ARIA) and its best practices (one
 * main heading, landmarks told apart), and the keyboard walked
 * through the busiest screens: every stop must show where the focus is.
 */
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

const browser = browserPerFile();

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe's findings on the page as it is now, one line per rule and element. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the app's CSP does not govern.
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    })) as { violations: Violation[] };
    return result.violations;
  });
  return found.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(' ')}`));
}

async function go(app: App, hashPath: string, ready: string): Promise<void> {
  await app.page.evaluate((path) => {
    window.location.hash = path;
  }, hashPath);
  await app.page.locator(ready).first().waitFor();
}

/** The sample trip, and the ids of the trip and its Fukuoka visit from their addresses. */
async function sampleTrip(app: App): Promise<{ tripId: string; visitId: string }> {
  await app.tripList.loadSampleTrip();
  await app.trip.waitUntilLoaded();
  await app.itinerary.open();
  await app.notes.openFromItinerary(app.language === 'ja' ? '福岡県庁' : '후쿠오카현청');
  const match = /#\/trips\/([^/]+)\/visits\/([^/]+)/.exec(app.page.url());
  if (!match?.[1] || !match[2]) throw new Error(`Not the address of a visit's notes: ${app.page.url()}`);
  return { tripId: match[1], visitId: match[2] };
}

describe.each(['ko-KR', 'ja-JP'])('accessibility in %s', (locale) => {
  it('no screen has an axe violation of any impact (WCAG 2.1 A and AA, and best practices)', async () => {
    const app = await openApp(browser(), locale);
    const { tripId, visitId } = await sampleTrip(app);
    const trip = `/trips/${tripId}`;
    const screens: [string, string, string][] = [
      ['trip list', '/', '.trip-list'],
      ['not found', '/trips/no-such-trip', '.not-found'],
      ['new trip form', '/trips/new', 'form'],
      ['trip and roster', trip, 'table.roster tbody tr'],
      ['new member form', `${trip}/members/new`, 'form'],
      ['itinerary table', `${trip}/itinerary`, '.itinerary-table, table'],
      ['new itinerary item', `${trip}/itinerary/new/1996-10-22`, 'form'],
      ['printable itinerary', `${trip}/itinerary/print`, 'article.doc .doc__section'],
      ['visit checklist', `${trip}/visits/${visitId}/checklist`, '.question-card'],
      ['visit minutes', `${trip}/visits/${visitId}/minutes`, 'textarea'],
      ['visit Q&A', `${trip}/visits/${visitId}/qa`, '.qa-note'],
      ['visit files', `${trip}/visits/${visitId}/files`, 'input[type=file]'],
      ['today', `${trip}/today`, 'h1'],
      ['coverage', `${trip}/coverage`, 'table.coverage tbody tr'],
      ['checklist editor', `${trip}/checklist`, 'form, li'],
      ['report', `${trip}/report`, 'article.doc .doc__section'],
      ['translation', `${trip}/translation`, '.translation__counts'],
      ['glossary', `${trip}/glossary`, '.glossary__item'],
      ['hosts’ people', `${trip}/people`, '.person-card'],
      ['letters of thanks', `${trip}/letters`, 'article.letter'],
    ];
    const found: string[] = [];
    for (const [name, path, ready] of screens) {
      await go(app, path, ready);
      found.push(...(await violations(app.page)).map((line) => `${name}: ${line}`));
    }
    // The form itself, once the first trip's question of who visits whom is answered.
    await go(app, '/trips/new', 'form');
    await app.tripForm.sayWhoVisitsWhom('KR', 'JP');
    found.push(...(await violations(app.page)).map((line) => `new trip form, answered: ${line}`));

    await go(app, trip, 'table.roster tbody tr');
    await app.itinerary.open();
    await app.itinerary.showTimeline();
    found.push(...(await violations(app.page)).map((line) => `itinerary timeline: ${line}`));

    await app.page.locator('main h1').first().click();
    await app.page.keyboard.press('?');
    const shortcuts = app.page.getByRole('dialog', { name: app.t('common', 'shortcuts.title') });
    await shortcuts.waitFor();
    found.push(...(await violations(app.page)).map((line) => `keyboard shortcuts: ${line}`));
    await app.page.keyboard.press('Escape');
    await shortcuts.waitFor({ state: 'detached' });

    expect(found).toEqual([]);
  });

  it('shows a visible focus on every control reached by Tab on the itinerary, Q&A and files screens', async () => {
    const app = await openApp(browser(), locale);
    const { tripId, visitId } = await sampleTrip(app);
    const walks: [string, number][] = [
      [`/trips/${tripId}/itinerary`, 40],
      [`/trips/${tripId}/visits/${visitId}/qa`, 25],
      [`/trips/${tripId}/visits/${visitId}/files`, 12],
    ];
    for (const [path, least] of walks) {
      await go(app, path, 'main h1');
      await app.page.locator('body').focus();
      const unseen: string[] = [];
      const reached = new Set<string>();
      for (let stop = 0; stop < 60; stop++) {
        await app.page.keyboard.press('Tab');
        const focus = await app.page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const ringed = (shown: Element) => {
            const style = getComputedStyle(shown);
            const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
            return outline || style.boxShadow !== 'none';
          };
          // A visually hidden file input shows its focus on the label the user sees.
          const labels = element instanceof HTMLInputElement ? [...(element.labels ?? [])] : [];
          const name = element.getAttribute('aria-label') ?? (labels[0] ?? element).textContent?.trim().slice(0, 40);
          return {
            what: `${element.tagName.toLowerCase()} "${name ?? ''}"`,
            visible: [element, ...labels].some(ringed),
          };
        });
        if (!focus) continue;
        reached.add(focus.what);
        if (!focus.visible) unseen.push(focus.what);
      }
      expect(reached.size, `controls reached by Tab on ${path}`).toBeGreaterThanOrEqual(least);
      expect(unseen, `controls with no visible focus on ${path}`).toEqual([]);
    }
  });
});
