import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { takeOutbox, twoDevices } from '../../../test/fixtures/twoDevices';
import { asMember } from '../../data/database/store';
import { saveConnection } from '../../data/device/syncConnections';
import { saveAnswer } from '../../data/records/checklistAnswers';
import { listQuestions } from '../../data/records/checklistQuestions';
import { listItinerary } from '../../data/records/itineraryItems';
import { addQaNote } from '../../data/records/qaNotes';
import { getTrip } from '../../data/records/trips';
import { applyRemote } from '../../data/sync/applyRemote';
import { ChecklistSection } from './ChecklistSection';
import { QaSection } from './QaSection';

/**
 * The organiser's laptop, bound to the organiser by the sync server, records
 * an answer to the first question on behalf of the member; the member's phone
 * answers the second question itself. The server names each change's author
 * by the device's token: the laptop's changes come to the phone as the
 * organiser's.
 */
async function onBehalf() {
  const devices = await twoDevices();
  const { laptop, phone, organiser, member } = devices;
  await saveConnection(laptop, {
    tripId: SAMPLE_TRIP_ID,
    baseUrl: 'https://fieldbook.example',
    token: 'token',
    memberId: organiser.id,
    organiser: true,
    fingerprint: null,
  });
  const [first, second] = await listQuestions(laptop.db, SAMPLE_TRIP_ID);
  const trip = await getTrip(laptop.db, SAMPLE_TRIP_ID);
  const visit = (await listItinerary(laptop.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '岐阜県庁');
  if (!first || !second || !trip || !visit) throw new Error('sample trip incomplete');
  const key = (questionId: string) => ({ tripId: trip.id, visitId: visit.id, questionId, memberId: member.id });
  // The organiser's device writes "as" the member it records for (the MemberPicker).
  await saveAnswer(asMember(laptop, member.id), key(first.id), '현과 국가의 역할 분담 (구두 답변 대리 기록)', 'ko');
  await saveAnswer(phone, key(second.id), '과학기술과 신설', 'ko');
  const fromLaptop = (await takeOutbox(laptop)).map((change) => ({ ...change, memberId: organiser.id }));
  await applyRemote(phone, fromLaptop);
  await applyRemote(laptop, await takeOutbox(phone));
  return { ...devices, trip, visit };
}

const card = async (question: string) => (await screen.findByText(question)).closest('article') as HTMLElement;

describe('recorded by X for Y', () => {
  it('shows on the organiser’s device under the answer it recorded for a member, and nowhere else (Korean)', async () => {
    const { laptop, trip, visit, members, member, organiser } = await onBehalf();
    await renderWithStore(
      'ko',
      laptop,
      <ChecklistSection
        trip={trip}
        visit={visit}
        members={members}
        memberId={member.id}
        store={asMember(laptop, member.id)}
        writer={null}
      />,
    );
    const recorded = await within(await card('중앙정부와의 협력을 어떻게 수행하고 있는가?')).findByText(
      `${organiser.name} 님이 ${member.name} 님 대신 기록`,
    );
    expect(recorded).toBeTruthy();
    const own = await card('지자체의 과학기술행정체제는 어떠한가?');
    expect(within(own).queryByText(/대신 기록/)).toBeNull();
    expect(screen.getAllByText(/대신 기록/)).toHaveLength(1);
  });

  it('shows on the member’s own device, the author being the organiser the server named (English)', async () => {
    const { phone, trip, visit, members, member, organiser } = await onBehalf();
    await renderWithStore(
      'en',
      phone,
      <ChecklistSection trip={trip} visit={visit} members={members} memberId={member.id} store={phone} writer={null} />,
    );
    const recorded = await within(
      await card('How does the local government cooperate with the central government?'),
    ).findByText(`recorded by ${organiser.name} for ${member.name}`);
    expect(recorded).toBeTruthy();
    expect(screen.getAllByText(/recorded by/)).toHaveLength(1);
  });

  it('shows under a Q&A note the organiser took down for the member who asked, not under the member’s own (Japanese, their names for the hosts)', async () => {
    const { laptop, trip, visit, members, member, organiser } = await onBehalf();
    const input = (question: string) => ({
      question: { lang: 'ko' as const, text: question, translations: {} },
      askedBy: member.id,
      answeredBy: null,
      answer: { lang: 'ja' as const, text: '県の一般財源です。', translations: {} },
      time: null,
      checklistQuestionIds: [],
    });
    await addQaNote(laptop, trip.id, visit.id, input('예산은 어디서 오나요?'));
    await addQaNote(asMember(laptop, organiser.id), trip.id, visit.id, {
      ...input('담당 부서는?'),
      askedBy: organiser.id,
    });
    await renderWithStore(
      'ja',
      laptop,
      <QaSection trip={trip} visit={visit} members={members} memberId={organiser.id} store={laptop} writer={null} />,
    );
    const note = (await screen.findByText('예산은 어디서 오나요?')).closest('article') as HTMLElement;
    // STEPI 研修団長さんが江原道 科学技術専門委員さんに代わって記録: the names entered for Japanese readers.
    expect(
      await within(note).findByText(`${organiser.nameForHosts}さんが${member.nameForHosts}さんに代わって記録`),
    ).toBeTruthy();
    expect(within(note).queryByText(new RegExp(member.name))).toBeNull();
    const own = (await screen.findByText('담당 부서는?')).closest('article') as HTMLElement;
    expect(within(own).queryByText(/代わって記録/)).toBeNull();
  });
});
