import { findWarnings } from '@shared/itinerary/warnings';
import { newId } from '@shared/model';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { itemRecord, tripRecord } from '../../../test/fixtures/itinerary';
import { renderIn } from '../../../test/fixtures/render';
import { WarningsPanel } from './WarningsPanel';

const trip = tripRecord();
const at = (startTime: string, title: string) => itemRecord({ startTime, endTime: '18:00', title: { ko: title } });

describe('WarningsPanel', () => {
  it('names a pair of overlapping items, and the first three of more with how many others', async () => {
    const pair = [at('09:00', '가나가와현청'), at('09:30', '사이언스파크 강연')];
    const group = ['A', 'B', 'C', 'D', 'E'].map((title, i) => ({ ...at(`1${i}:00`, title), date: '1996-10-23' }));
    const items = [...pair, ...group];
    await renderIn(
      'ko',
      <WarningsPanel trip={trip} warnings={findWarnings(trip, items, [newId()])} items={items} members={[]} />,
    );
    expect((await screen.findAllByRole('listitem')).map((item) => item.textContent)).toEqual([
      '“가나가와현청”과 “사이언스파크 강연”의 시간이 겹칩니다.',
      '“A”, “B”, “C” 외 2건의 시간이 겹칩니다.',
    ]);
  });
});
