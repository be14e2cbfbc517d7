import { suggestedFileName } from '@shared/ipc/contract';
import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './fileName';

describe('file names from titles', () => {
  it('keeps Korean and Japanese titles and gives names the save contract accepts', () => {
    for (const [title, expected] of [
      ['일본 지자체 과학기술혁신체제 교육연수단', '일본 지자체 과학기술혁신체제 교육연수단.ics'],
      ['福岡/熊本: 視察?', '福岡 熊本 視察.ics'],
      ['..hidden', 'hidden.ics'],
      ['', 'Fieldbook.ics'],
      ['가'.repeat(300), `${'가'.repeat(100)}.ics`],
    ] as const) {
      expect(fileNameFrom(title, 'ics')).toBe(expected);
      expect(suggestedFileName.safeParse(fileNameFrom(title, 'ics')).success).toBe(true);
    }
  });
});
