import { idMillis, stableId } from '@shared/model';
import { createHlcClock } from '@shared/sync/hlc';
import type { Transaction } from 'dexie';

/**
 * Schema step 2 gave trips made before checklists existed the six questions
 * of the 1996 checklist, as they read when the step was released. Frozen:
 * the questions are a copy, so that a later change of the template cannot
 * change what this step writes; their ids follow the id scheme every device
 * shares (stableId), and steps.test.ts pins the ids it gives.
 */
const QUESTIONS = [
  {
    key: 'central-government',
    text: {
      ko: '중앙정부와의 협력을 어떻게 수행하고 있는가?',
      ja: '中央政府との協力をどのように行っているか。',
      en: 'How does the local government cooperate with the central government?',
    },
  },
  {
    key: 'administration',
    text: {
      ko: '지자체의 과학기술행정체제는 어떠한가?',
      ja: '自治体の科学技術行政体制はどうなっているか。',
      en: "How is the local government's S&T administration organised?",
    },
  },
  {
    key: 'policy',
    text: {
      ko: '지자체의 과학기술정책이 어떻게 추진되고 있는가?',
      ja: '自治体の科学技術政策はどのように推進されているか。',
      en: 'How is local S&T policy carried out?',
    },
  },
  {
    key: 'budget',
    text: {
      ko: '지자체의 과학기술예산은 어떻게 조달되고 있는가?',
      ja: '自治体の科学技術予算はどのように調達されているか。',
      en: 'How is the local S&T budget funded?',
    },
  },
  {
    key: 'infrastructure',
    text: {
      ko: '지역의 과학기술하부구조는 어떻게 구축되고 있는가?',
      ja: '地域の科学技術基盤はどのように構築されているか。',
      en: 'How is the regional S&T infrastructure built?',
    },
  },
  {
    key: 'universities',
    text: {
      ko: '지방대학의 역할은 어떠한가?',
      ja: '地方大学はどのような役割を果たしているか。',
      en: 'What role do local universities play?',
    },
  },
];

/** The id a template question gets in a trip (templateQuestionId when the step was released). */
function questionId(tripId: string, key: string): string {
  return stableId(`${tripId}:checklist:${key}`, idMillis(tripId));
}

export async function giveTripsTheirChecklist(tx: Transaction): Promise<void> {
  const device = (await tx.table('settings').get('deviceId')) as { value: string } | undefined;
  const deviceId = device?.value ?? 'upgrade';
  const clock = createHlcClock(deviceId);
  const now = new Date().toISOString();
  const trips = (await tx.table('trips').toArray()) as { id: string }[];
  const questions = trips.flatMap((trip) =>
    QUESTIONS.map((question, index) => ({
      id: questionId(trip.id, question.key),
      tripId: trip.id,
      text: { ...question.text },
      order: index + 1,
      templateKey: question.key,
      retiredAt: null,
      createdAt: now,
      updatedAt: now,
      hlc: clock.tick(),
      updatedBy: { deviceId, memberId: null },
      deletedAt: null,
    })),
  );
  await tx.table('checklistQuestions').bulkPut(questions);
}
