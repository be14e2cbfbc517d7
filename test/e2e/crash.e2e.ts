import type { Locator } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { App } from './pages/App';
import { newProfileDir, openAppPersistent } from './support/browser';
import { holdSaves, killBrowser, recoveryState, restart, sleep, typeSlowly } from './support/crash';

/**
 * Never lose what was typed. For each kind of note, one profile is killed
 * (SIGKILL of the browser) again and again at different moments around a
 * save, and restarted each time; after every restart the note must hold
 * everything shown as saved, everything typed more than MAX_LOSS_MS before
 * the kill, and nothing but what was typed, in order: never an older text.
 */
const MAX_LOSS_MS = 500;

/** A note to type into: its section, how its field is opened, the field, and how its text reads after a restart. */
interface Note {
  name: string;
  section: 'minutes' | 'checklist' | 'qa';
  open(app: App): Promise<void>;
  field(app: App): Locator;
  read(app: App): Promise<string>;
}

function textField(name: string, section: Note['section'], field: (app: App) => Locator): Note {
  return {
    name,
    section,
    field,
    open: (app) => field(app).waitFor(),
    read: async (app) => {
      await field(app).waitFor();
      return field(app).inputValue();
    },
  };
}

const minutes = textField('the minutes’ decisions', 'minutes', (app) => app.notes.field('minutes.decisions'));
const answer = textField('a checklist answer', 'checklist', (app) => app.notes.myAnswer(1));
const qaNote: Note = {
  name: 'a Q&A note’s answer',
  section: 'qa',
  open: (app) =>
    app.notes
      .qaNotes()
      .first()
      .getByRole('button', { name: app.t('notes', 'qa.edit') })
      .click(),
  field: (app) => app.page.locator('.qa-note--editing').getByLabel(app.t('notes', 'qa.answer'), { exact: true }),
  read: async (app) => {
    const card = app.notes.qaNotes().first().locator('.qa-note__answer');
    await card.waitFor();
    return (await card.textContent()) ?? '';
  },
};

type Moment =
  | { kind: 'whileTyping' }
  | { kind: 'afterTyping'; ms: number }
  | { kind: 'duringSave' }
  | { kind: 'afterSaved'; ms: number }
  | { kind: 'typingAfterSave' };

/** The moments of the kill, in the order one profile goes through them. */
const MOMENTS: Moment[] = [
  { kind: 'whileTyping' },
  { kind: 'afterTyping', ms: 100 },
  { kind: 'duringSave' },
  { kind: 'afterSaved', ms: 0 },
  { kind: 'afterSaved', ms: 1000 },
  { kind: 'afterSaved', ms: 4000 },
  { kind: 'typingAfterSave' },
];

const SEGMENTS = [
  '가나가와 자료 요청',
  ' 予算は四分の一',
  ' 큐슈 27개 대학',
  ' 産学共同研究',
  ' 기술진흥과 담당',
  ' 52억 엔',
  ' 科学技術審議会',
];

const profiles: string[] = [];
afterAll(() => {
  for (const profile of profiles) {
    try {
      killBrowser(profile);
    } catch {
      // Not running any more.
    }
  }
});

async function firstStart(note: Note) {
  const profile = await newProfileDir();
  profiles.push(profile);
  const { app, context } = await openAppPersistent(profile, 'ko-KR');
  await app.tripList.loadSampleTrip();
  await app.trip.waitUntilLoaded();
  await app.itinerary.open();
  await app.notes.openFromItinerary('후쿠오카현청');
  await app.notes.writeAs('강원도 과학기술전문위원');
  await app.notes.show(note.section);
  await note.open(app);
  return { profile, app, context, url: app.page.url() };
}

/** Puts the cursor at the end of the note's text. */
async function toEnd(note: Note, app: App) {
  await note.field(app).click();
  await app.page.keyboard.press('Control+End');
}

async function crashAndCheck(note: Note) {
  let { profile, app, context, url } = await firstStart(note);
  let expected = await note.field(app).inputValue();
  let kills = 0;

  for (const [index, moment] of MOMENTS.entries()) {
    const segment = SEGMENTS[index % SEGMENTS.length] ?? '';
    await toEnd(note, app);
    let killedAt: number;
    let typed: { typedAt: number[]; text: string };

    if (moment.kind === 'whileTyping' || moment.kind === 'typingAfterSave') {
      if (moment.kind === 'typingAfterSave') {
        await app.page.keyboard.type(' 저장됨');
        await app.notes.waitUntilSaved();
        expected += ' 저장됨';
      }
      const long = segment.repeat(3);
      const typing = typeSlowly(app.page, long);
      while (typing.typedAt.length < long.length - 5) await sleep(5);
      killedAt = killBrowser(profile);
      await typing.done;
      typed = { typedAt: typing.typedAt, text: long };
    } else {
      if (moment.kind === 'duringSave') await holdSaves(app.page);
      const typing = typeSlowly(app.page, segment);
      await typing.done;
      typed = { typedAt: typing.typedAt, text: segment };
      if (moment.kind === 'afterTyping') await sleep(moment.ms);
      if (moment.kind === 'duringSave') await app.page.locator('.save-indicator[data-state="saving"]').waitFor();
      if (moment.kind === 'afterSaved') {
        await app.notes.waitUntilSaved();
        await sleep(moment.ms);
      }
      killedAt = killBrowser(profile);
    }
    kills += 1;
    await context.close().catch(() => {});

    ({ app, context } = await restart(profile, url));
    const typedInTime = typed.typedAt.filter((at) => at <= killedAt - MAX_LOSS_MS).length;
    const must = expected + [...typed.text].slice(0, typedInTime).join('');
    const could = expected + typed.text;
    const after = await note.read(app);
    const where = `${note.name}, kill ${kills} (${JSON.stringify(moment)})`;
    expect(after.startsWith(must), `${where}: everything typed ${MAX_LOSS_MS} ms before the kill is there`).toBe(true);
    expect(could.startsWith(after), `${where}: nothing but what was typed, in order`).toBe(true);
    if (moment.kind === 'afterSaved' || moment.kind === 'duringSave') {
      expect(after, `${where}: everything typed before the save`).toBe(could);
    }
    expect((await recoveryState(app.page)).flagged, `${where}: nothing flagged`).toEqual([]);
    expect(app.errors, `${where}: no error in the page`).toEqual([]);
    expected = after;
    await note.open(app);
  }
  await context.close();
  return kills;
}

describe('typing survives the browser being killed', () => {
  it('in the minutes, at every moment around a save', async () => {
    expect(await crashAndCheck(minutes)).toBe(MOMENTS.length);
  }, 240_000);

  it('in a checklist answer, at every moment around a save', async () => {
    expect(await crashAndCheck(answer)).toBe(MOMENTS.length);
  }, 240_000);

  it('in a Q&A note, at every moment around a save', async () => {
    expect(await crashAndCheck(qaNote)).toBe(MOMENTS.length);
  }, 240_000);
});
