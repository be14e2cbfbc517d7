import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { openTestStore } from '../../../test/fixtures/store';
import { listTripAnswers } from '../../data/records/checklistAnswers';
import { listQuestions } from '../../data/records/checklistQuestions';
import { loadSampleTrip } from '../../data/records/sampleTrip';
import { ChecklistEditorPage } from './ChecklistEditorPage';

describe('checklist editor', () => {
  it('retires a question without touching its answers, rewords and adds questions, in Japanese', async () => {
    const store = await openTestStore();
    await loadSampleTrip(store);
    const answersBefore = await listTripAnswers(store.db, SAMPLE_TRIP_ID);
    await renderWithStore('ja', store, <ChecklistEditorPage tripId={SAMPLE_TRIP_ID} />);
    const user = userEvent.setup();

    const sixth = (await screen.findByText('地方大学はどのような役割を果たしているか。')).closest('li') as HTMLElement;
    expect(within(sixth).getByText('回答 1件')).toBeTruthy();
    await user.click(within(sixth).getByRole('button', { name: '廃止' }));
    await within(sixth).findByText('廃止', { selector: '.badge' });
    expect(within(sixth).getByText('回答 1件')).toBeTruthy();
    expect(await listTripAnswers(store.db, SAMPLE_TRIP_ID)).toEqual(answersBefore);

    const first = screen.getByText('中央政府との協力をどのように行っているか。').closest('li') as HTMLElement;
    const japanese = within(first).getByLabelText('日本語');
    await user.clear(japanese);
    await user.type(japanese, '国との協力はどのように行っているか。');
    await user.click(within(first).getByRole('button', { name: '保存' }));

    const added = screen.getByRole('region', { name: '新しい質問' });
    await user.type(within(added).getByLabelText('韓国語'), '국제협력은 어떻게 하는가?');
    await user.click(within(added).getByRole('button', { name: '質問を追加' }));

    await expect
      .poll(async () =>
        (await listQuestions(store.db, SAMPLE_TRIP_ID)).map((q) => [q.text.ja ?? q.text.ko, Boolean(q.retiredAt)]),
      )
      .toEqual([
        ['国との協力はどのように行っているか。', false],
        ['自治体の科学技術行政体制はどうなっているか。', false],
        ['自治体の科学技術政策はどのように推進されているか。', false],
        ['自治体の科学技術予算はどのように調達されているか。', false],
        ['地域の科学技術基盤はどのように構築されているか。', false],
        ['地方大学はどのような役割を果たしているか。', true],
        ['국제협력은 어떻게 하는가?', false],
      ]);
  });
});
