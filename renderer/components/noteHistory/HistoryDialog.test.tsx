import type { Language } from '@shared/i18n/languages';
import { minutesId, newId } from '@shared/model';
import { VERSION_PAUSE_MS } from '@shared/notes/versions';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { minutesInputOf } from '../../../test/fixtures/syncedDevices';
import { saveMinutes } from '../../data/records/minutes';
import { HistoryButton } from './HistoryButton';

/** The Gifu visit's minutes written twice, a day's pause apart: the discussion first, then a decision and its follow-up. */
async function minutesWrittenTwice() {
  const visit = await sampleVisit('岐阜県庁');
  const { base, store, later } = visit;
  const empty = await minutesInputOf(base.db, visit.visit.id);
  const text = (words: string) => ({ lang: 'ko' as const, text: words, translations: {} });
  const discussed = { ...empty, discussion: text('현 과학기술진흥과가 예산을 총괄') };
  await saveMinutes(store, SAMPLE_TRIP_ID, visit.visit.id, discussed);
  later(VERSION_PAUSE_MS + 1000);
  await saveMinutes(store, SAMPLE_TRIP_ID, visit.visit.id, {
    ...discussed,
    decisions: text('연구개발 지원 자료를 요청하기로 함'),
    followUps: [{ id: newId(), text: text('자료 요청 공문 발송'), ownerId: null, done: false }],
  });
  return visit;
}

/** Each part a version shows, by its name, with the text under it. */
function partsOf(version: HTMLElement): [string, string][] {
  const names = within(version).getAllByRole('term');
  return names.map((name) => [name.textContent ?? '', name.nextElementSibling?.textContent ?? '']);
}

async function openHistory(language: Language, label: string) {
  const { base, store, visit, members } = await minutesWrittenTwice();
  await renderWithStore(
    language,
    base,
    <HistoryButton recordId={minutesId(visit.id)} table="minutes" members={members} store={store} label="" />,
  );
  await userEvent.setup().click(await screen.findByRole('button', { name: new RegExp(`^${label}`) }));
  const dialog = await screen.findByRole('dialog', { name: label });
  return within(dialog).findAllByRole('listitem');
}

describe('the history of a visit’s minutes', () => {
  it('says which text of a version is the discussion and which the decisions, in the minutes form’s words', async () => {
    const [latest, first] = await openHistory('ko', '이력');
    if (!latest || !first) throw new Error('two versions expected');
    expect(partsOf(latest)).toEqual([
      ['논의 내용', '현 과학기술진흥과가 예산을 총괄'],
      ['결정 사항', '연구개발 지원 자료를 요청하기로 함'],
      ['후속 조치', '☐ 자료 요청 공문 발송'],
    ]);
    // What the later version added is marked in its own part, and the discussion is unchanged.
    const [discussion, decisions] = within(latest).getAllByRole('definition');
    expect(discussion?.querySelector('ins, del')).toBeNull();
    expect(decisions?.querySelector('ins')?.textContent).toBe('연구개발 지원 자료를 요청하기로 함');
    expect(partsOf(first)).toEqual([['논의 내용', '현 과학기술진흥과가 예산을 총괄']]);
  });

  it('names the parts in Japanese in the Japanese interface', async () => {
    const [latest] = await openHistory('ja', '履歴');
    if (!latest) throw new Error('a version expected');
    expect(partsOf(latest).map(([name]) => name)).toEqual(['議論の内容', '決定事項', 'フォローアップ']);
  });
});
