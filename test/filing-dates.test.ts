// The filing date and the days from the trade to it (docs/design.md section 4, "Reading right"), on real full submissions
// (their header's FILED AS OF DATE) and raw XMLs (the signature date, or a date the caller knows).

import { describe, expect, it } from 'vitest';
import { businessDaysBetween, daysBetween, isBusinessDay } from '../lib/figures/business-days';
import { computeFigures } from '../lib/figures/figures';
import { toFilingDates } from '../lib/figures/filing-dates';
import { figuresOf, loadFiling } from './corpus-filing';

describe('filing dates of real filings', () => {
  it.each([
    {
      what: 'AAPL 2022 full submission: traded Wednesday 2022-05-04, filed Friday 2022-05-06',
      file: 'submissions/edgartools__0000320193-22-000061.txt',
      // Thursday 5, Friday 6: two business days, two calendar days
      expected: { filingDate: '2022-05-06', signatureDate: '2022-05-06', reportedOn: '2022-05-06', reportedOnSource: 'filingDate', latestTradeDate: '2022-05-04', daysAfterTrade: 2, businessDaysAfterTrade: 2 },
    },
    {
      what: 'TSLA 2023 full submission: traded Thursday 2023-07-27, filed Monday 2023-07-31 (a weekend between)',
      file: 'submissions/follow-insider-api__ownership-doc.txt',
      // Friday 28, (Saturday 29, Sunday 30), Monday 31: 4 calendar days, 2 business days
      expected: { filingDate: '2023-07-31', signatureDate: '2023-07-31', reportedOn: '2023-07-31', reportedOnSource: 'filingDate', latestTradeDate: '2023-07-27', daysAfterTrade: 4, businessDaysAfterTrade: 2 },
    },
    {
      what: 'LRCX 4/A: traded Monday 2024-11-04, amendment signed 2024-12-10, filed Tuesday 2025-01-21',
      file: 'submissions/sec-edgar-parser__form4A.txt',
      // 2024-11-04 to 2025-01-21: 26 (rest of Nov) + 31 (Dec) + 21 (Jan) = 78 calendar days.
      // 78 days = 11 weeks + 1 day: 55 weekdays from Tuesday Nov 5 to Monday Jan 20, + Tuesday Jan 21 = 56;
      // minus 5 federal holidays on weekdays: Veterans Day (Mon 11-11), Thanksgiving (Thu 11-28),
      // Christmas (Wed 12-25), New Year's Day (Wed 01-01), Martin Luther King Jr. Day (Mon 01-20) = 51.
      // (EDGAR was also closed on 2025-01-09, a national day of mourning, which no rule predicts.)
      expected: { filingDate: '2025-01-21', signatureDate: '2024-12-10', reportedOn: '2025-01-21', reportedOnSource: 'filingDate', latestTradeDate: '2024-11-04', daysAfterTrade: 78, businessDaysAfterTrade: 51 },
    },
  ])('$what', ({ file, expected }) => {
    expect(figuresOf(file).dates).toEqual(expected);
  });

  it('falls back to the signature date when the filing date is unknown (a raw XML)', () => {
    // TSLA 2021-11-08 (Musk): traded Monday 2021-11-08, signed Wednesday 2021-11-10.
    expect(figuresOf('xml/datamule-python__000089924321044060_doc4.xml').dates).toEqual({
      filingDate: null,
      signatureDate: '2021-11-10',
      reportedOn: '2021-11-10',
      reportedOnSource: 'signatureDate',
      latestTradeDate: '2021-11-08',
      daysAfterTrade: 2,
      businessDaysAfterTrade: 2,
    });
  });

  it('takes a filing date from the caller (an index page)', () => {
    const { document } = loadFiling('xml/datamule-python__000089924321044060_doc4.xml');
    // Suppose the index page says Friday 2021-11-12: 4 days after Monday the 8th, of which 3 business
    // days (Tuesday 9, Wednesday 10, Friday 12: Thursday the 11th is Veterans Day).
    expect(computeFigures(document, { filingDate: '2021-11-12' }).dates).toMatchObject({
      filingDate: '2021-11-12',
      reportedOnSource: 'filingDate',
      daysAfterTrade: 4,
      businessDaysAfterTrade: 3,
    });
  });

  it('has no lag for a Form 3 (no transactions), and none when the dates contradict each other', () => {
    expect(figuresOf('xml/edgartools__form3.nosecurities.xml').dates).toEqual({
      filingDate: null,
      signatureDate: '2022-01-07',
      reportedOn: '2022-01-07',
      reportedOnSource: 'signatureDate',
      latestTradeDate: null,
      daysAfterTrade: null,
      businessDaysAfterTrade: null,
    });
    // The SEC's sample Form 5/A: latest transaction 2003-05-01, signatures of 2002-11.
    const { document } = loadFiling('xml/edgar_client__doc5a.xml');
    expect(toFilingDates(document, null)).toMatchObject({ latestTradeDate: '2003-05-01', signatureDate: '2002-11-24', daysAfterTrade: null, businessDaysAfterTrade: null });
  });
});

describe('business days', () => {
  it.each([
    ['2021-06-18', false], // Juneteenth 2021 (a Saturday) observed on Friday the 18th
    ['2021-06-21', true],
    ['2021-12-31', false], // New Year's Day 2022 (a Saturday) observed on Friday 2021-12-31
    ['2022-12-26', false], // Christmas 2022 (a Sunday) observed on Monday the 26th
    ['2023-01-02', false], // New Year's Day 2023 (a Sunday) observed on Monday the 2nd
    ['2024-11-28', false], // Thanksgiving: fourth Thursday of November
    ['2024-05-27', false], // Memorial Day: last Monday of May
    ['2024-10-14', false], // Columbus Day: second Monday of October
    ['2024-11-05', true], // Election Day is not a federal holiday
    ['2024-11-09', false], // a Saturday
    ['2019-06-19', true], // Juneteenth only from 2021
    ['2021-02-30', false], // not a date
  ])('%s is a business day: %s', (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  it('counts the days after the first date up to and including the second', () => {
    expect(daysBetween('2021-11-08', '2021-11-10')).toBe(2);
    expect(businessDaysBetween('2021-11-08', '2021-11-08')).toBe(0);
    // Thursday 2021-12-30 to Monday 2022-01-03: Friday the 31st is the observed New Year's Day.
    expect(businessDaysBetween('2021-12-30', '2022-01-03')).toBe(1);
    expect(businessDaysBetween('2021-11-10', '2021-11-08')).toBeNull();
    expect(businessDaysBetween('2000-01-01', '2020-01-01')).toBeNull(); // more than ten years
  });

  it('counts what isBusinessDay says day by day, across years and their holidays', () => {
    const dayByDay = (from: string, days: number) => {
      let count = 0;
      for (let offset = 1; offset <= days; offset += 1) {
        if (isBusinessDay(new Date(Date.parse(from) + offset * 86_400_000).toISOString().slice(0, 10))) count += 1;
      }
      return count;
    };
    const starts = ['2003-12-20', '2010-12-24', '2016-12-30', '2021-06-15', '2021-12-29', '2022-12-23', '2024-02-28'];
    for (const from of starts) {
      for (const days of [0, 1, 2, 3, 7, 10, 31, 45, 200, 400, 900]) {
        const to = new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10);
        expect(businessDaysBetween(from, to), `${from} to ${to}`).toBe(dayByDay(from, days));
      }
    }
  });
});
