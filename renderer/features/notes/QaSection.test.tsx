import type { RecordId } from '@shared/model';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { AUTOSAVE_DELAY_MS } from '../../components/autosave/useAutosave';
import { asMember } from '../../data/database/store';
import { getDraft } from '../../data/drafts/drafts';
import { listHostPeople } from '../../data/records/hostPeople';
import { composerDraftKey, getComposedNote, listQaNotes } from '../../data/records/qaNotes';
import { MemberPicker } from './MemberPicker';
import type { NotesProps } from './notesProps';
import { QaSection } from './QaSection';

const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

/** The Q&A tab as the notes page shows it on a device where nobody is writing yet: the writer picked above it. */
function NobodyWritingYet({ page }: { page: NotesProps }) {
  const [memberId, setMemberId] = useState<RecordId | null>(null);
  const store = useMemo(() => asMember(page.store, memberId), [page.store, memberId]);
  return (
    <>
      <MemberPicker members={page.members} current={memberId} onChoose={setMemberId} bound={false} />
      <QaSection {...page} memberId={memberId} store={store} />
    </>
  );
}

describe('Q&A notes', () => {
  it('saves a note with Ctrl+Enter: question, answer, who asked, what it helps answer; then starts the next', async () => {
    const { base, notesProps, visit, me } = await sampleVisit('福岡県庁');
    const before = (await listQaNotes(base.db, visit.id)).length;
    await renderWithStore('ko', base, <QaSection {...notesProps} />);
    const user = userEvent.setup();
    const composer = await screen.findByRole('form', { name: '새 질의응답' });

    await user.click(within(composer).getByLabelText('질문'));
    await user.keyboard('과학기술 예산의 비중은?');
    await user.tab();
    await user.keyboard('1/4~1/5 정도');
    await user.click(within(composer).getByRole('checkbox', { name: /4\. 지자체의 과학기술예산/ }));
    await user.click(within(composer).getByLabelText('질문'));
    await user.keyboard('{Control>}{Enter}{/Control}');

    await screen.findByRole('heading', { name: '과학기술 예산의 비중은?' });
    const notes = await listQaNotes(base.db, visit.id);
    expect(notes).toHaveLength(before + 1);
    const saved = notes.at(-1);
    expect(saved?.question).toMatchObject({ text: '과학기술 예산의 비중은?', lang: 'ko' });
    expect(saved?.answer.text).toBe('1/4~1/5 정도');
    expect(saved?.askedBy).toBe(me.id);
    expect(saved?.answeredBy?.title.ja).toBe('福岡県知事');
    expect(saved?.checklistQuestionIds).toHaveLength(1);
    expect((within(composer).getByLabelText('질문') as HTMLTextAreaElement).value).toBe('');
    expect(document.activeElement).toBe(within(composer).getByLabelText('질문'));
  });

  it('adds another answerer to the trip’s people on the spot, the name in the language it is typed in: Hangul as the Korean name, kana as the Japanese with its Hangul', async () => {
    const { base, notesProps, visit } = await sampleVisit('岐阜県庁');
    await renderWithStore('ko', base, <QaSection {...notesProps} />);
    const user = userEvent.setup();
    const composer = await screen.findByRole('form', { name: '새 질의응답' });
    const addNote = async (question: string, answerer: string) => {
      await user.click(within(composer).getByLabelText('질문'));
      await user.keyboard(question);
      await user.selectOptions(within(composer).getByLabelText('답변자'), '다른 사람…');
      await user.type(within(composer).getByLabelText('답변한 사람 이름'), `${answerer}{Enter}`);
      await within(composer).findByRole('button', { name: '다른 사람으로' });
      await user.click(within(composer).getByLabelText('질문'));
      await user.keyboard('{Control>}{Enter}{/Control}');
      await screen.findByRole('heading', { name: question });
    };

    await addNote('연구소의 인력은?', '김철수');
    await addNote('予算の規模は?', 'たなか');
    const [korean, japanese] = await listQaNotes(base.db, visit.id);
    expect(korean?.answeredBy?.name).toEqual({ ko: '김철수' });
    expect(japanese?.answeredBy?.name).toEqual({ ja: 'たなか', ko: '다나카' });
    // Each is one of the trip's people now, named by the copy the note keeps.
    const people = await listHostPeople(base.db, visit.tripId);
    expect(people.map((person) => person.id)).toEqual(
      expect.arrayContaining([korean?.answeredBy?.personId, japanese?.answeredBy?.personId]),
    );
  });

  it('does not save on the Enter that confirms an input-method conversion, nor an empty note', async () => {
    const { base, notesProps, visit } = await sampleVisit('岐阜県庁');
    await renderWithStore('ja', base, <QaSection {...notesProps} />);
    const composer = await screen.findByRole('form', { name: '新しい質疑応答' });
    const question = within(composer).getByLabelText('質問');

    fireEvent.keyDown(question, { key: 'Enter', ctrlKey: true, isComposing: true, keyCode: 229 });
    await pause(50);
    expect(await listQaNotes(base.db, visit.id)).toEqual([]);

    fireEvent.keyDown(question, { key: 'Enter', ctrlKey: true });
    expect(await within(composer).findByRole('alert')).toBeTruthy();
    expect(await listQaNotes(base.db, visit.id)).toEqual([]);
  });

  it('corrects a note after the visit, and deletes it with a chance to undo', async () => {
    const { base, notesProps, visit } = await sampleVisit('福岡県庁');
    await renderWithStore('ko', base, <QaSection {...notesProps} />);
    const user = userEvent.setup();
    const first = (await screen.findAllByRole('article'))[0] as HTMLElement;
    const id = (await listQaNotes(base.db, visit.id))[0]?.id;

    await user.click(within(first).getByRole('button', { name: '편집' }));
    const answer = screen.getByLabelText('답변', { selector: '.qa-note--editing textarea' });
    await user.type(answer, ' (추가 확인 필요)');
    await pause(AUTOSAVE_DELAY_MS + 200);
    const corrected = (await listQaNotes(base.db, visit.id)).find((note) => note.id === id);
    expect(corrected?.answer.text).toMatch(/\(추가 확인 필요\)$/);

    await user.click(screen.getByRole('button', { name: '완료' }));
    const count = (await listQaNotes(base.db, visit.id)).length;
    await user.click(
      within((await screen.findAllByRole('article'))[0] as HTMLElement).getByRole('button', { name: '삭제' }),
    );
    await pause(50);
    expect(await listQaNotes(base.db, visit.id)).toHaveLength(count - 1);
    await user.click(await screen.findByRole('button', { name: /^되돌리기/ }));
    await pause(50);
    expect(await listQaNotes(base.db, visit.id)).toHaveLength(count);
  });

  it('keeps the next note across closing the screen, and never brings back a note already added', async () => {
    const { base, notesProps, visit } = await sampleVisit('岐阜県庁');
    const user = userEvent.setup();
    const first = await renderWithStore('ko', base, <QaSection {...notesProps} />);
    await user.click(within(await screen.findByRole('form', { name: '새 질의응답' })).getByLabelText('질문'));
    await user.keyboard('기후현의 연구개발 예산은?');
    await pause(50);
    first.unmount();

    const second = await renderWithStore('ko', base, <QaSection {...notesProps} />);
    const composer = await screen.findByRole('form', { name: '새 질의응답' });
    const question = within(composer).getByLabelText('질문') as HTMLTextAreaElement;
    await waitFor(() => expect(question.value).toBe('기후현의 연구개발 예산은?'));
    const draft = await getDraft(base.db, composerDraftKey(visit.id));
    await user.click(question);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('heading', { name: '기후현의 연구개발 예산은?' });
    second.unmount();

    // A crash can leave the composer's draft of a note just added (as localStorage once did): it is not offered again.
    if (draft) await base.db.drafts.put(draft);
    await renderWithStore('ko', base, <QaSection {...notesProps} />);
    const again = within(await screen.findByRole('form', { name: '새 질의응답' })).getByLabelText('질문');
    await pause(100);
    expect((again as HTMLTextAreaElement).value).toBe('');
    expect(await getDraft(base.db, composerDraftKey(visit.id))).toBeUndefined();
    expect((await listQaNotes(base.db, visit.id)).map((note) => note.question.text)).toEqual([
      '기후현의 연구개발 예산은?',
    ]);
  });

  it('keeps what is typed while the previous note is being added, as the next note, across a restart', async () => {
    const { base, notesProps, visit } = await sampleVisit('岐阜県庁');
    const view = await renderWithStore('ko', base, <QaSection {...notesProps} />);
    const composer = await screen.findByRole('form', { name: '새 질의응답' });
    const question = within(composer).getByLabelText('질문') as HTMLTextAreaElement;
    fireEvent.change(question, { target: { value: '첫 질문?' } });
    await pause(30);
    fireEvent.keyDown(question, { key: 'Enter', ctrlKey: true });
    fireEvent.change(question, { target: { value: '둘째 질문' } });
    await pause(200);
    expect(question.value).toBe('둘째 질문');
    expect((await listQaNotes(base.db, visit.id)).map((note) => note.question.text)).toEqual(['첫 질문?']);
    view.unmount();
    expect((await getComposedNote(base, visit.id))?.fields.question.text).toBe('둘째 질문');
  });

  it('saves no note while nobody is chosen as the writer, says why, and saves it as theirs once they are (Japanese)', async () => {
    const { base, notesProps, visit, me } = await sampleVisit('岐阜県庁');
    await renderWithStore('ja', base, <NobodyWritingYet page={notesProps} />);
    const user = userEvent.setup();
    const composer = await screen.findByRole('form', { name: '新しい質疑応答' });
    expect(within(composer).getByText('質疑応答を保存するには、上で記入者としてご自身を選んでください。')).toBeTruthy();

    await user.click(within(composer).getByLabelText('質問'));
    await user.keyboard('研究所の予算は？');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect((await within(composer).findByRole('alert')).textContent).toBe(
      '記入者が選ばれていないため、保存しませんでした。上でご自身を選んでから、もう一度保存してください。入力した内容はそのまま残っています。',
    );
    await pause(50);
    expect(await listQaNotes(base.db, visit.id)).toEqual([]);
    expect((within(composer).getByLabelText('質問') as HTMLTextAreaElement).value).toBe('研究所の予算は？');

    // Chosen after the note was begun, the writer is who asked it too, and the note is theirs.
    await user.selectOptions(screen.getByRole('combobox', { name: '記入者' }), me.id);
    await user.click(within(composer).getByLabelText('質問'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    const card = (await screen.findByRole('heading', { name: '研究所の予算は？' })).closest('article') as HTMLElement;
    const [saved] = await listQaNotes(base.db, visit.id);
    expect(saved).toMatchObject({ askedBy: me.id, writtenBy: me.id });
    expect(within(composer).queryByRole('alert')).toBeNull();
    // Who asked, in Japanese as the hosts write the name (金永洙（キム・ヨンス） for 김영수), never only in Hangul.
    expect(within(card).getByText('江原道 科学技術専門委員').getAttribute('title')).toBe('강원도 과학기술전문위원');
    expect(card.querySelector('.qa-note__meta')?.textContent).toContain('質問者: 江原道 科学技術専門委員');
  });
});
