import { letterNoteKey } from '@shared/letters/hosts';
import { reportNoteId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { asMember } from '../../data/database/store';
import { setCurrentMember } from '../../data/device/currentMember';
import { saveConnection } from '../../data/device/syncConnections';
import { listReportNotes, saveReportNote } from '../../data/records/reportNotes';
import { saveTranslation } from '../../data/records/translations';
import { LettersPage } from './LettersPage';

const EDITED = 'リサーチパークの運営と、県が中小企業の研究計画を集める仕組みを学びました。';

/** The sample trip on the leader's device, the letters' screen showing the one to Fukuoka (in Korean). */
async function fukuokaLetters() {
  const sample = await sampleVisit('福岡県庁');
  const leader = sample.members.find((member) => member.role === 'organiser');
  if (!leader) throw new Error('The sample trip has no organiser');
  await setCurrentMember(sample.base.db, SAMPLE_TRIP_ID, leader.id);
  const notes = await listReportNotes(sample.base.db, SAMPLE_TRIP_ID);
  const summary = notes.find((note) => note.kind === 'visitSummary' && note.itemId === sample.visit.id)?.body;
  if (!summary?.translations.ja) throw new Error('The sample has no Japanese summary of the Fukuoka visit');
  const show = async () => {
    const view = await renderWithStore('ko', sample.base, <LettersPage tripId={SAMPLE_TRIP_ID} />);
    await userEvent.setup().selectOptions(await screen.findByLabelText('받는 기관'), '후쿠오카현청');
    return view;
  };
  const letterNote = async () =>
    (await listReportNotes(sample.base.db, SAMPLE_TRIP_ID)).find(
      (note) => note.id === reportNoteId(SAMPLE_TRIP_ID, letterNoteKey({ key: sample.visit.id })),
    );
  return { ...sample, leader, summary, summaryJa: summary.translations.ja, show, letterNote };
}

const learnedField = async () =>
  (await screen.findByRole('textbox', { name: '후쿠오카현청에서 배운 점' })) as HTMLTextAreaElement;
const letters = () => {
  const [letter, copy] = screen.getAllByRole('article');
  if (!letter || !copy) throw new Error('No letter and copy for Fukuoka');
  return { letter, copy };
};

describe('letters of thanks', () => {
  it('are written to every host visited in Japanese with a Korean copy, and to one host when chosen, signed by the leader', async () => {
    const { base, trip } = await sampleVisit('福岡県庁');
    await renderWithStore('ko', base, <LettersPage tripId={trip.id} />);
    const user = userEvent.setup();
    const letters = await screen.findAllByRole('article');
    const hosts = screen.getByLabelText('받는 기관') as HTMLSelectElement;
    // Every host but "all" is an option; each has its letter and its copy.
    expect(letters).toHaveLength(2 * (hosts.options.length - 1));

    await user.selectOptions(hosts, '후쿠오카현청');
    const [letter, copy] = screen.getAllByRole('article');
    if (!letter || !copy) throw new Error('No letter for Fukuoka');
    expect(letter.getAttribute('lang')).toBe('ja');
    expect(within(letter).getByRole('heading', { name: '御礼状' })).toBeTruthy();
    expect(letter.textContent).toContain('福岡県知事　様');
    expect(letter.textContent).toContain('STEPI 研修団長');
    expect(copy.getAttribute('lang')).toBe('ko');
    expect(copy.textContent).toContain('(보관용 국문 사본)');
    expect(copy.textContent).toContain('후쿠오카현 지사 귀하');

    await user.click(screen.getByLabelText('보관용 사본 함께'));
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it('let the organiser rewrite what was learned at one host: saved as typed, in the letter, kept after a restart', async () => {
    const { show, summaryJa, letterNote, visit } = await fukuokaLetters();
    const view = await show();
    const user = userEvent.setup();
    // Until the organiser writes, the field holds what the letter says: the visit's summary, in Japanese.
    const field = await learnedField();
    expect(field.value).toBe(summaryJa);
    expect(letters().letter.textContent).toContain(summaryJa);

    await user.clear(field);
    await user.type(field, EDITED);
    await waitFor(async () => expect((await letterNote())?.body).toMatchObject({ lang: 'ja', text: EDITED }));
    expect((await letterNote())?.itemId).toBe(visit.id);
    await waitFor(() => expect(letters().letter.textContent).toContain(EDITED));
    expect(letters().letter.textContent).not.toContain(summaryJa);
    // The Korean copy keeps what the hosts are sent, untranslated until someone translates it.
    expect(letters().copy.textContent).toContain(EDITED);
    expect(screen.getByText(/^아직 한국어로 번역되지 않았습니다/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '번역 화면 열기' })).toBeTruthy();

    view.unmount();
    await show();
    expect((await learnedField()).value).toBe(EDITED);
    expect(letters().letter.textContent).toContain(EDITED);
  });

  it('put the Korean translation of the organiser’s text into the copy for the file', async () => {
    const { base, leader, show, visit } = await fukuokaLetters();
    const key = letterNoteKey({ key: visit.id });
    const organiser = asMember(base, leader.id);
    await saveReportNote(organiser, SAMPLE_TRIP_ID, key, EDITED, 'ja');
    const translated = '리서치파크의 운영과, 현이 중소기업의 연구계획을 모으는 방식을 배웠습니다.';
    const ref = { table: 'reportNotes' as const, id: reportNoteId(SAMPLE_TRIP_ID, key), field: 'body' };
    await saveTranslation(organiser, ref, 'ko', translated);
    await show();
    await waitFor(() => expect(letters().copy.textContent).toContain(translated));
    expect(letters().copy.textContent).not.toContain(EDITED);
    expect(screen.getByText(/^한국어 서한에는 번역 화면에서 쓴 번역이 들어갑니다/)).toBeTruthy();
  });

  it('go back to the visits’ summaries on request, and undo brings the organiser’s text back', async () => {
    const { base, leader, show, summaryJa, letterNote, visit } = await fukuokaLetters();
    await saveReportNote(asMember(base, leader.id), SAMPLE_TRIP_ID, letterNoteKey({ key: visit.id }), EDITED, 'ja');
    await show();
    const user = userEvent.setup();
    await waitFor(async () => expect((await learnedField()).value).toBe(EDITED));

    await user.click(screen.getByRole('button', { name: '방문 요약을 다시 사용' }));
    await waitFor(async () => expect((await learnedField()).value).toBe(summaryJa));
    expect((await letterNote())?.body.text).toBe('');
    await waitFor(() => expect(letters().letter.textContent).toContain(summaryJa));
    expect(letters().letter.textContent).not.toContain(EDITED);
    expect(screen.queryByRole('button', { name: '방문 요약을 다시 사용' })).toBeNull();

    await user.click(screen.getByRole('button', { name: /^되돌리기/ }));
    await waitFor(async () => expect((await learnedField()).value).toBe(EDITED));
    expect((await letterNote())?.body.text).toBe(EDITED);
    await waitFor(() => expect(letters().letter.textContent).toContain(EDITED));

    // Back to the summaries again, then a word added to them: the note holds the summaries with the word.
    await user.click(screen.getByRole('button', { name: '방문 요약을 다시 사용' }));
    await waitFor(async () => expect((await learnedField()).value).toBe(summaryJa));
    await user.type(await learnedField(), '以上です。');
    await waitFor(async () => expect((await letterNote())?.body.text).toBe(`${summaryJa}以上です。`));
  });

  it('show a member who may not write the report the organiser’s text, read-only', async () => {
    const { base, leader, show, me, visit } = await fukuokaLetters();
    await saveReportNote(asMember(base, leader.id), SAMPLE_TRIP_ID, letterNoteKey({ key: visit.id }), EDITED, 'ja');
    // This device now syncs the trip as a member of the delegation, not an organiser.
    await saveConnection(base, {
      tripId: SAMPLE_TRIP_ID,
      baseUrl: 'https://192.168.0.10:8787',
      token: 'token',
      memberId: me.id,
      organiser: false,
      fingerprint: null,
    });
    await setCurrentMember(base.db, SAMPLE_TRIP_ID, me.id);
    await show();
    const learned = await screen.findByRole('region', { name: '후쿠오카현청에서 배운 점' });
    await waitFor(() => expect(learned.textContent).toContain(EDITED));
    expect(within(learned).queryByRole('textbox')).toBeNull();
    expect(within(learned).queryByRole('button')).toBeNull();
    expect(learned.textContent).toContain('연수 주최자만 바꿀 수 있습니다.');
    expect(letters().letter.textContent).toContain(EDITED);
  });
});
