import { reportNoteId, reportSections } from '@shared/model';
import type { NoteTarget } from '@shared/notes/noteTarget';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { asMember, type Store } from '../database/store';
import { listVersions } from '../history/noteVersions';
import { keepNoteDraft, recoverNoteDrafts } from '../recovery/noteDrafts';
import { applyRemote } from '../sync/applyRemote';
import { listQuestions } from './checklistQuestions';
import { listMembers } from './members';
import { getReportLayout, saveReportLayout } from './reportLayouts';
import { listReportNotes, saveReportNote } from './reportNotes';
import { loadSampleTrip } from './sampleTrip';

async function organiserDevice() {
  const store = await openTestStore();
  await loadSampleTrip(store);
  const [lead] = await listMembers(store.db, SAMPLE_TRIP_ID);
  const [, , third] = await listQuestions(store.db, SAMPLE_TRIP_ID);
  if (!lead || !third) throw new Error('sample trip incomplete');
  await store.db.outbox.clear();
  return {
    store: asMember(store, lead.id),
    lead,
    finding: { kind: 'finding' as const, questionId: third.id, itemId: null },
  };
}

const sent = async (store: Store) => {
  const changes = await store.db.outbox.toArray();
  await store.db.outbox.clear();
  return changes;
};

describe('what the organiser writes in the report', () => {
  it('is one note per finding on every device, saved with its history, an edit sending only its text', async () => {
    const laptop = await organiserDevice();
    const tablet = await organiserDevice();
    await saveReportNote(
      laptop.store,
      SAMPLE_TRIP_ID,
      laptop.finding,
      '지자체 과학기술 예산은 현 예산의 1/4~1/5',
      'ko',
    );
    await saveReportNote(tablet.store, SAMPLE_TRIP_ID, tablet.finding, '중앙 자금을 보조금으로 확보', 'ko');
    const [fromLaptop, fromTablet] = [await sent(laptop.store), await sent(tablet.store)];
    await applyRemote(laptop.store, fromTablet);
    await applyRemote(tablet.store, fromLaptop);

    // The sample trip has the seed's finding for this question: both devices wrote over it, into the one note.
    const findings = async (store: Store) =>
      (await listReportNotes(store.db, SAMPLE_TRIP_ID)).filter((note) => note.questionId === laptop.finding.questionId);
    const [onLaptop, onTablet] = [await findings(laptop.store), await findings(tablet.store)];
    expect(onLaptop.map((note) => note.id)).toEqual([reportNoteId(SAMPLE_TRIP_ID, laptop.finding)]);
    expect(onTablet.map((note) => note.id)).toEqual(onLaptop.map((note) => note.id));
    expect(onLaptop[0]?.body.text).toBe(onTablet[0]?.body.text);

    await saveReportNote(laptop.store, SAMPLE_TRIP_ID, laptop.finding, '현 예산의 1/4~1/5, 국비 매칭', 'ko');
    const edit = (await sent(laptop.store)).filter((change) => change.table === 'reportNotes');
    expect(edit.map((change) => change.path)).toEqual(['body/text']);
    const versions = await listVersions(laptop.store.db, reportNoteId(SAMPLE_TRIP_ID, laptop.finding));
    expect(versions.length).toBeGreaterThan(0);
  });

  it('keeps its translation when the organiser edits the text, its review back to draft', async () => {
    const { store, finding } = await organiserDevice();
    const note = await saveReportNote(store, SAMPLE_TRIP_ID, finding, '현 예산의 1/4', 'ko');
    await store.db.reportNotes.put({
      ...note,
      body: { ...note.body, translations: { ja: '県予算の4分の1' }, reviewed: { ja: true } },
    });
    const same = await saveReportNote(store, SAMPLE_TRIP_ID, finding, '현 예산의 1/4', 'ko');
    expect(same.body.reviewed).toEqual({ ja: true });
    const edited = await saveReportNote(store, SAMPLE_TRIP_ID, finding, '현 예산의 1/4~1/5', 'ko');
    expect(edited.body).toMatchObject({
      lang: 'ko',
      text: '현 예산의 1/4~1/5',
      translations: { ja: '県予算の4分の1' },
    });
    expect(edited.body.reviewed).toEqual({ ja: false });
  });

  it('is typed into a draft that a crash does not lose', async () => {
    const { store, lead, finding } = await organiserDevice();
    const target: NoteTarget = { kind: 'reportNote', tripId: SAMPLE_TRIP_ID, note: finding, lang: 'ko' };
    const typedOver = (await store.db.reportNotes.get(reportNoteId(SAMPLE_TRIP_ID, finding)))?.hlc ?? null;
    await keepNoteDraft(store, target, '충돌 직전에 쓴 결과', typedOver);
    await recoverNoteDrafts(store, new Set());
    const note = await store.db.reportNotes.get(reportNoteId(SAMPLE_TRIP_ID, finding));
    expect(note?.body.text).toBe('충돌 직전에 쓴 결과');
    expect(note?.updatedBy.memberId).toBe(lead.id);
  });

  it('arranges the report’s sections once for the whole trip', async () => {
    const { store } = await organiserDevice();
    expect(reportSections(await getReportLayout(store.db, SAMPLE_TRIP_ID))[0]).toBe('findings');
    await saveReportLayout(store, SAMPLE_TRIP_ID, { order: ['qa', 'findings'], omitted: ['roster'] });
    const sections = reportSections(await getReportLayout(store.db, SAMPLE_TRIP_ID));
    expect(sections.slice(0, 2)).toEqual(['qa', 'findings']);
    expect(sections).not.toContain('roster');
  });
});
