import { MAX_NOTE_TEXT } from '@shared/model';
import type { NoteTarget } from '@shared/notes/noteTarget';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { asMember, type Store } from '../../data/database/store';
import { getDraft } from '../../data/drafts/drafts';
import { listVersions } from '../../data/history/noteVersions';
import { useVisitAnswers } from '../../data/hooks/useVisitAnswers';
import { saveAnswer } from '../../data/records/checklistAnswers';
import { listQuestions } from '../../data/records/checklistQuestions';
import { draftKeyOf } from '../../data/recovery/noteDrafts';
import { AutosaveTextarea } from './AutosaveTextarea';
import { SaveIndicator } from './SaveIndicator';
import { AUTOSAVE_DELAY_MS } from './useAutosave';

const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

type AnswerTarget = Extract<NoteTarget, { kind: 'answer' }>;
let renders = 0;

/** A member's answer as the checklist shows it: the stored value from a live query. */
function AnswerField({ store, target }: { store: Store; target: AnswerTarget }) {
  renders += 1;
  const { visitId, memberId } = target.key;
  const mine = useVisitAnswers(visitId)?.find((answer) => answer.memberId === memberId);
  return (
    <AutosaveTextarea
      label="내 답변"
      store={store}
      target={target}
      stored={mine?.body.text ?? ''}
      storedVersion={mine?.hlc ?? null}
      storedBy={mine?.updatedBy}
      members={[]}
    />
  );
}

function Answer(props: { store: Store; target: AnswerTarget }) {
  return (
    <>
      <AnswerField {...props} />
      <SaveIndicator />
    </>
  );
}

/** What a test switches from outside: the answer shown or closed, the member writing. */
const switches: { setOpen: (open: boolean) => void; writeAs: (memberId: string) => void } = {
  setOpen: () => {},
  writeAs: () => {},
};

function Closable(props: { store: Store; target: AnswerTarget }) {
  const [open, setOpen] = useState(true);
  switches.setOpen = setOpen;
  return (
    <>
      {open ? <AnswerField {...props} /> : null}
      <SaveIndicator />
    </>
  );
}

function Device({ base, first, of }: { base: Store; first: string; of: (memberId: string) => AnswerTarget }) {
  const [memberId, setMember] = useState(first);
  switches.writeAs = setMember;
  return <AnswerField store={asMember(base, memberId)} target={of(memberId)} />;
}

/** The first question at Gifu, answered by the member from Gangwon. */
async function setUp() {
  const visit = await sampleVisit('岐阜県庁');
  const [question] = await listQuestions(visit.base.db, SAMPLE_TRIP_ID);
  if (!question) throw new Error('no question');
  const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.visit.id, questionId: question.id, memberId: visit.me.id };
  const target: AnswerTarget = { kind: 'answer', key, lang: 'ko' };
  renders = 0;
  await renderWithStore('ko', visit.base, <Answer store={visit.store} target={target} />);
  const field = (await screen.findByLabelText('내 답변')) as HTMLTextAreaElement;
  const stored = async () => (await visit.base.db.checklistAnswers.toArray()).find((a) => a.memberId === key.memberId);
  return {
    ...visit,
    key,
    target,
    field,
    stored,
    renders: () => renders,
    status: () => document.querySelector('.save-indicator')?.textContent,
  };
}

describe('autosave', () => {
  it('saves once, within half a second of the last keystroke, and says so', async () => {
    const { field, stored, status } = await setUp();
    await userEvent.setup().type(field, '현청 방문');
    expect(status()).toBe('아직 저장되지 않은 변경 내용');
    await pause(AUTOSAVE_DELAY_MS + 150);
    expect((await stored())?.body.text).toBe('현청 방문');
    expect(status()).toBe('모든 변경 내용을 저장했습니다');
    expect(AUTOSAVE_DELAY_MS).toBeLessThan(500);
  });

  it('keeps a draft of each keystroke over the stored version until the save, which removes it', async () => {
    const { base, store, key, target, field } = await setUp();
    const earlier = await saveAnswer(store, key, '현청', 'ko');
    await pause(50);
    await userEvent.setup().type(field, ' 방문');
    await pause(30);
    const draft = await getDraft(base.db, draftKeyOf(target));
    expect(draft).toMatchObject({ value: '현청 방문', basedOn: earlier.hlc, memberId: key.memberId });
    await pause(AUTOSAVE_DELAY_MS + 150);
    expect(await getDraft(base.db, draftKeyOf(target))).toBeUndefined();
  });

  it('settles: no render without end before or after a save', async () => {
    const { field, renders } = await setUp();
    await pause(100);
    const idle = renders();
    await pause(200);
    expect(renders() - idle).toBe(0);
    await userEvent.setup().type(field, 'A fifth');
    await pause(AUTOSAVE_DELAY_MS + 200);
    const settled = renders();
    await pause(300);
    expect(renders() - settled).toBe(0);
  });

  it('never shows the old text again between the save and the live query catching up', async () => {
    const { field } = await setUp();
    await userEvent.setup().type(field, 'A fifth');
    const seen: string[] = [];
    for (let waited = 0; waited < AUTOSAVE_DELAY_MS + 300; waited += 10) {
      await pause(10);
      seen.push(field.value);
    }
    expect(new Set(seen)).toEqual(new Set(['A fifth']));
  });

  it('shows a change stored elsewhere only while nothing typed here is unsaved', async () => {
    const { base, other, key, field } = await setUp();
    // The organiser corrects this member's answer from another window.
    await saveAnswer(asMember(base, other.id), key, '다른 창에서 고침', 'ko');
    await pause(100);
    expect(field.value).toBe('다른 창에서 고침');
    // Another window of this device is the user's own: nothing to tell.
    expect(field.closest('.field')?.querySelector('[role="status"]')?.textContent).toBe('');
    await userEvent.setup().type(field, ' + 여기서');
    await saveAnswer(asMember(base, other.id), key, '또 다른 변경', 'ko');
    await pause(50);
    expect(field.value).toBe('다른 창에서 고침 + 여기서');
  });

  it('merges a text another window saved while this one was typing: both kept, the caret after the same character', async () => {
    const { base, store, other, key, field, stored } = await setUp();
    await saveAnswer(store, key, '현청 방문', 'ko');
    await pause(100);
    const user = userEvent.setup();
    await user.type(field, ' 결과');
    field.setSelectionRange(2, 2);
    fireEvent.select(field);
    // Meanwhile the organiser's window puts a line before the answer.
    await saveAnswer(asMember(base, other.id), key, '다른 창: 현청 방문', 'ko');
    await pause(50);
    expect(field.value).toBe('현청 방문 결과');
    await pause(AUTOSAVE_DELAY_MS + 300);
    expect((await stored())?.body.text).toBe('다른 창: 현청 방문 결과');
    expect(field.value).toBe('다른 창: 현청 방문 결과');
    expect(field.selectionStart).toBe('다른 창: 현청'.length);
  });

  it('past the length limit, says by how much in the interface language, and keeps the text and its draft', async () => {
    const { base, target, field, stored, status } = await setUp();
    const long = '가'.repeat(MAX_NOTE_TEXT + 1234);
    fireEvent.change(field, { target: { value: long } });
    await pause(AUTOSAVE_DELAY_MS + 200);
    expect(status()).toBe('이 글은 최대 100,000자보다 1,234자 깁니다. 줄여 주세요. 입력한 내용은 그대로 있습니다.');
    expect(field.value).toBe(long);
    expect((await getDraft(base.db, draftKeyOf(target)))?.value).toBe(long);
    expect(await stored()).toBeUndefined();
  });

  it('says crash protection is off when the draft cannot be written, and leaves no older draft behind', async () => {
    const { base, target, field, status } = await setUp();
    fireEvent.change(field, { target: { value: '처음' } });
    await pause(50);
    expect((await getDraft(base.db, draftKeyOf(target)))?.value).toBe('처음');
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    base.db.drafts.hook('creating', refuse);
    base.db.drafts.hook('updating', refuse);
    fireEvent.change(field, { target: { value: '처음 + 더' } });
    await pause(50);
    expect(status()).toContain('충돌 대비 보호가 꺼져 있습니다');
    expect(await getDraft(base.db, draftKeyOf(target))).toBeUndefined();
    expect(field.value).toBe('처음 + 더');
  });

  it('brings back text whose save failed when the note is opened again, and saves it once it can be', async () => {
    const visit = await sampleVisit('岐阜県庁');
    const [question] = await listQuestions(visit.base.db, SAMPLE_TRIP_ID);
    const key = {
      tripId: SAMPLE_TRIP_ID,
      visitId: visit.visit.id,
      questionId: question?.id ?? '',
      memberId: visit.me.id,
    };
    const target: AnswerTarget = { kind: 'answer', key, lang: 'ko' };
    await renderWithStore('ko', visit.base, <Closable store={visit.store} target={target} />);
    const long = `${'가'.repeat(MAX_NOTE_TEXT)} 회의 내용 끝`;
    fireEvent.change(await screen.findByLabelText('내 답변'), { target: { value: long } });
    await pause(AUTOSAVE_DELAY_MS + 150);
    act(() => switches.setOpen(false));
    await pause(50);
    // The closed editor's failure no longer stands for the screen; its text is kept for when it opens again.
    expect(document.querySelector('.save-indicator')?.getAttribute('data-state')).toBe('saved');
    act(() => switches.setOpen(true));
    const field = (await screen.findByLabelText('내 답변')) as HTMLTextAreaElement;
    await waitFor(() => expect(field.value).toBe(long));
    fireEvent.change(field, { target: { value: field.value.slice(20) } });
    await pause(AUTOSAVE_DELAY_MS + 150);
    const saved = (await visit.base.db.checklistAnswers.toArray()).find((answer) => answer.memberId === visit.me.id);
    expect(saved?.body.text).toBe(long.slice(20));
  });

  it('saves what one member typed as theirs, even when the device changes to another member meanwhile', async () => {
    const visit = await sampleVisit('岐阜県庁');
    const [question] = await listQuestions(visit.base.db, SAMPLE_TRIP_ID);
    const of = (memberId: string): AnswerTarget => ({
      kind: 'answer',
      key: { tripId: SAMPLE_TRIP_ID, visitId: visit.visit.id, questionId: question?.id ?? '', memberId },
      lang: 'ko',
    });
    await renderWithStore('ko', visit.base, <Device base={visit.base} first={visit.me.id} of={of} />);
    fireEvent.change(await screen.findByLabelText('내 답변'), { target: { value: '강원도 위원이 쓰는 답' } });
    act(() => switches.writeAs(visit.other.id));
    await pause(AUTOSAVE_DELAY_MS + 200);
    const answers = await visit.base.db.checklistAnswers.toArray();
    const mine = answers.find((answer) => answer.memberId === visit.me.id);
    expect(mine?.body.text).toBe('강원도 위원이 쓰는 답');
    expect(mine?.updatedBy.memberId).toBe(visit.me.id);
    expect(answers.find((answer) => answer.memberId === visit.other.id)).toBeUndefined();
  });

  it('starts a new version of the note each time the field is entered again', async () => {
    const { base, field, stored } = await setUp();
    const user = userEvent.setup();
    await user.type(field, '첫 번째 생각');
    await pause(AUTOSAVE_DELAY_MS + 100);
    fireEvent.blur(field);
    await pause(50);
    await user.type(field, ', 두 번째');
    await pause(AUTOSAVE_DELAY_MS + 100);
    const versions = await listVersions(base.db, (await stored())?.id ?? '');
    expect(versions.map((version) => (version.content.body as { text: string }).text)).toEqual([
      '첫 번째 생각',
      '첫 번째 생각, 두 번째',
    ]);
  });
});
