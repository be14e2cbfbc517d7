import { z } from 'zod';
import { idMillis, type RecordId, recordId, stableId } from './ids';
import { tripScoped } from './meta';
import { type LocalizedName, localizedName, mergedText } from './text';
import { isoInstant } from './time';

/** A reusable list of questions a delegation asks at every host. */
export interface ChecklistTemplate {
  key: string;
  name: LocalizedName;
  questions: readonly { key: string; text: Required<LocalizedName> }[];
}

/**
 * The six questions of the 1996 STEPI training visit to Japan (the seed
 * document, section III.2), asked at every prefecture and ministry.
 */
export const DEFAULT_CHECKLIST: ChecklistTemplate = {
  key: 'stepi-1996-local-st',
  name: {
    ko: '지자체 과학기술혁신체제 연수 체크사항',
    ja: '自治体科学技術革新体制研修チェック項目',
    en: 'Local S&T innovation system checklist',
  },
  questions: [
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
  ],
};

/**
 * A question on one trip's checklist. Retiring a question (`retiredAt`) hides
 * it from new visits but keeps it, and every answer to it, for the report.
 */
export const checklistQuestion = tripScoped.extend({
  text: localizedName,
  order: z.number(),
  /** The template question it was copied from, if any: a short key of the template's own. */
  templateKey: z.string().max(100).nullable(),
  retiredAt: isoInstant.nullable(),
});
export type ChecklistQuestion = z.infer<typeof checklistQuestion>;

/** One member's answer to one checklist question at one visit. */
export const checklistAnswer = tripScoped.extend({
  visitId: recordId,
  questionId: recordId,
  memberId: recordId,
  body: mergedText,
});
export type ChecklistAnswer = z.infer<typeof checklistAnswer>;

/**
 * The id of a template question copied into a trip. Derived, so that two
 * devices that each give the same trip its default checklist (on creation or
 * in a database upgrade) make the same six records, not twelve.
 */
export function templateQuestionId(tripId: RecordId, templateKey: string): RecordId {
  return stableId(`${tripId}:checklist:${templateKey}`, idMillis(tripId));
}

/** The trip's copy of a template's questions, without record metadata. */
export function checklistFromTemplate(
  tripId: RecordId,
  template: ChecklistTemplate = DEFAULT_CHECKLIST,
): Pick<ChecklistQuestion, 'id' | 'tripId' | 'text' | 'order' | 'templateKey' | 'retiredAt'>[] {
  return template.questions.map((question, index) => ({
    id: templateQuestionId(tripId, question.key),
    tripId,
    text: { ...question.text },
    order: index + 1,
    templateKey: question.key,
    retiredAt: null,
  }));
}

/** Which answer: a member's to one question at one visit of a trip. */
export interface AnswerKey {
  tripId: RecordId;
  visitId: RecordId;
  questionId: RecordId;
  memberId: RecordId;
}

/**
 * One answer per member, question and visit, with the same id on every
 * device: a member who answers on a laptop and corrects it on a phone edits
 * one answer, never two.
 */
export function answerId(visitId: RecordId, questionId: RecordId, memberId: RecordId): RecordId {
  return stableId(`answer:${visitId}:${questionId}:${memberId}`, idMillis(visitId));
}

/** What the organiser edits of a question. */
export const checklistQuestionInput = z.object({ text: localizedName });
