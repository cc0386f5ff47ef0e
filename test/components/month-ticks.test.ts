// The activity timeline's month ticks (components/activity/month-ticks.ts), worked out from the
// calendar: the windows the panel offers (3, 6, 12 and 24 months ending 2022-11-30).

import { describe, expect, it } from 'vitest';
import { toMonthTicks } from '../../components/activity/month-ticks';

const labels = (from: string, until: string) => toMonthTicks(from, until, 'en-US').map((tick) => `${tick.date} ${tick.label}`);

describe('toMonthTicks', () => {
  it('marks each month of a 3-month window, the first with its year', () => {
    expect(labels('2022-09-01', '2022-11-30')).toEqual(['2022-09-01 Sep 2022', '2022-10-01 Oct', '2022-11-01 Nov']);
  });

  it('marks every other month of 12 months (12 ticks would crowd the chart), naming the year on January', () => {
    // Dec 2021 to Nov 2022 is 12 month starts: every 2nd, on the calendar's odd months, is 6.
    expect(labels('2021-12-01', '2022-11-30')).toEqual([
      '2022-01-01 Jan 2022', '2022-03-01 Mar', '2022-05-01 May', '2022-07-01 Jul', '2022-09-01 Sep', '2022-11-01 Nov',
    ]);
  });

  it('marks half years over 24 months, on January and July', () => {
    expect(labels('2020-12-01', '2022-11-30')).toEqual(['2021-01-01 Jan 2021', '2021-07-01 Jul', '2022-01-01 Jan 2022', '2022-07-01 Jul']);
  });

  it('starts at the first month that begins inside the window', () => {
    // From 2022-05-31 the month starts in the window are June to November: six fit, so each is marked.
    expect(labels('2022-05-31', '2022-11-30').map((line) => line.slice(0, 10))).toEqual([
      '2022-06-01', '2022-07-01', '2022-08-01', '2022-09-01', '2022-10-01', '2022-11-01',
    ]);
  });

  it('marks nothing in a window without a month start, or one that is not two dates in order', () => {
    expect(labels('2021-11-02', '2021-11-30')).toEqual([]);
    expect(labels('2022-11-30', '2022-01-01')).toEqual([]);
    expect(labels('yesterday', '2022-01-01')).toEqual([]);
  });
});
