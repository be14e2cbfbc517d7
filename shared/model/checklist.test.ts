import { describe, expect, it } from 'vitest';
import { checklistFromTemplate, checklistQuestion, DEFAULT_CHECKLIST } from './checklist';
import { newId, recordId } from './ids';

describe('default checklist', () => {
  it('is the six questions of the seed, in Korean, Japanese and English', () => {
    expect(DEFAULT_CHECKLIST.questions).toHaveLength(6);
    expect(DEFAULT_CHECKLIST.questions[0]?.text.ko).toBe('중앙정부와의 협력을 어떻게 수행하고 있는가?');
    expect(DEFAULT_CHECKLIST.questions[5]?.text.ko).toBe('지방대학의 역할은 어떠한가?');
    for (const question of DEFAULT_CHECKLIST.questions) {
      expect(question.text.ko).toMatch(/[가-힣]/);
      expect(question.text.ja).toMatch(/[ぁ-ん]/);
      expect(question.text.en).toMatch(/^[A-Z].*\?$/);
    }
  });

  it('gives a trip the same question ids on every device, and different trips different ids', () => {
    const tripId = newId();
    const first = checklistFromTemplate(tripId).map((q) => q.id);
    const again = checklistFromTemplate(tripId).map((q) => q.id);
    const other = checklistFromTemplate(newId()).map((q) => q.id);
    expect(again).toEqual(first);
    expect(new Set([...first, ...other]).size).toBe(12);
    for (const id of first) expect(recordId.safeParse(id).success).toBe(true);
  });

  it('copies questions that validate as records once stamped', () => {
    const [question] = checklistFromTemplate(newId());
    const record = {
      ...question,
      createdAt: '1996-10-01T00:00:00.000Z',
      updatedAt: '1996-10-01T00:00:00.000Z',
      hlc: '0000000000a-00000-device',
      updatedBy: { deviceId: 'device', memberId: null },
      deletedAt: null,
    };
    expect(checklistQuestion.safeParse(record).success).toBe(true);
  });
});
