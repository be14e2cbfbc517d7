import type { Language } from '@shared/i18n/languages';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderIn } from '../../../test/fixtures/render';
import { openTestStore } from '../../../test/fixtures/store';
import { listMembers } from '../../data/records/members';
import { loadSampleTrip } from '../../data/records/sampleTrip';
import { ReplacedNotice } from './ReplacedNotice';

/** The notice that a note's text was replaced by the Gangwon member's, written on their phone. */
async function replacedIn(language: Language) {
  const store = await openTestStore();
  await loadSampleTrip(store);
  const members = await listMembers(store.db, SAMPLE_TRIP_ID);
  const writer = members.find((member) => member.name === '강원도 과학기술전문위원');
  if (!writer) throw new Error('The sample trip is incomplete');
  await renderIn(language, <ReplacedNotice by={{ deviceId: 'phone', memberId: writer.id }} members={members} />, store);
  return { notice: screen.getByRole('status'), writer };
}

describe('the notice that another device’s text replaced the one shown', () => {
  it('names the writer in the reader’s script: their name for the hosts on a Japanese screen', async () => {
    const { notice, writer } = await replacedIn('ja');
    expect(writer.nameForHosts).not.toBe('');
    await waitFor(() => expect(notice.textContent).toBe(`${writer.nameForHosts}さんが書いた内容に更新されました`));
  });

  it('names them as the delegation writes them on a Korean screen', async () => {
    const { notice, writer } = await replacedIn('ko');
    await waitFor(() => expect(notice.textContent).toBe(`${writer.name} 님이 쓴 내용으로 바뀌었습니다`));
  });
});
