// The activity views' client logic, away from the browser (lib/views/activity-client.ts and
// the window's dates): what each message from the background does to the view's state, and
// the dates a window is read with.

import { describe, expect, it } from 'vitest';
import { nothingReceived, receive, toActivityCsv, toActivityView, type Received } from '../../lib/views/activity-received';
import { ActivityRollup } from '../../lib/activity';
import { parseCorpus } from './helpers';
import { isIsoDate, lastFilingDateFor, todayIso, WHOLE_HISTORY } from '../../lib/activity/window';
import { activityCsvName } from '../../lib/csv/download-name';
import type { FilingRef } from '../../lib/messages/background-protocol';
import { describePause } from '../../lib/sec/request-queue';

const REF: FilingRef = { accession: '0000899243-21-044241', filingDate: '2021-11-10', form: '4', xmlUrl: 'https://www.sec.gov/Archives/edgar/data/1318605/000089924321044241/doc4.xml' };

describe('receive', () => {
  it('a company message sets the company and its filings, and forgets the last unreadable list', () => {
    const before: Received = { ...nothingReceived(), unreadable: [{ accession: 'x', form: '4', filingDate: '2021-11-10', url: 'u', indexUrl: null, reason: 'm' }], problem: 'old' };
    const after = receive(before, { type: 'company', cik: '0001318605', name: 'Tesla, Inc.', tickers: ['TSLA'], refs: [REF], gaps: [] });
    expect(after.company).toEqual({ cik: '0001318605', name: 'Tesla, Inc.', ticker: 'TSLA' });
    expect(after.refs).toEqual([REF]);
    expect(after.unreadable).toEqual([]);
    expect(after.problem).toBeNull();
  });

  it('an unreadable filing is listed once, however often it is reported', () => {
    const message = { type: 'unreadable' as const, ref: REF, message: `sec.gov has no file for ${REF.xmlUrl} (HTTP 404).` };
    const twice = receive(receive(nothingReceived(), message), message);
    // Its form and date as listed, the reason without the address, and the index page that names the owner.
    expect(twice.unreadable).toEqual([
      {
        accession: REF.accession,
        form: '4',
        filingDate: '2021-11-10',
        url: REF.xmlUrl,
        indexUrl: 'https://www.sec.gov/Archives/edgar/data/1318605/000089924321044241/0000899243-21-044241-index.htm',
        reason: 'sec.gov has no file for this filing (HTTP 404).',
      },
    ]);
  });

  it('an unreadable reason is one bounded sentence, whatever the background sends', () => {
    const long = receive(nothingReceived(), { type: 'unreadable', ref: REF, message: 'x'.repeat(10_000) });
    expect(long.unreadable[0]!.reason).toHaveLength(300);
  });

  it('a paused queue is said with the time it runs again, a running one not at all; an error is a problem', () => {
    expect(describePause({ status: 'paused', message: 'sec.gov is limiting requests.', until: 0 })).toMatch(/^sec\.gov is limiting requests\. \(again at .+\)$/);
    expect(describePause({ status: 'running' })).toBeNull();
    expect(receive(nothingReceived(), { type: 'error', message: 'No such company.' }).problem).toBe('No such company.');
  });
});

describe('window dates', () => {
  it.each([
    ['2022-11-30', true],
    ['2024-02-29', true], // a leap day
    ['2023-02-29', false],
    ['2022-02-31', false],
    ['2022-99-99', false],
    ['2022-1-5', false],
  ])('isIsoDate(%s) is %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it('today is the local calendar day, zero-padded', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('a window ending 2022-11-30 reads filings made up to 60 days later: 2023-01-29', () => {
    // December has 31 days: 2022-11-30 + 31 = 2022-12-31, + 29 = 2023-01-29.
    expect(lastFilingDateFor('2022-11-30')).toBe('2023-01-29');
  });
});

describe('activityCsvName', () => {
  it.each([
    [['TSLA', '0001318605', '2021-12-01', '2022-11-30'], 'insider-activity-TSLA-2021-12-01-to-2022-11-30.csv'],
    [[null, '0001318605', '2021-12-01', '2022-11-30'], 'insider-activity-CIK0001318605-2021-12-01-to-2022-11-30.csv'],
    [['BRK.B', null, '2021-12-01', '2022-11-30'], 'insider-activity-BRK-B-2021-12-01-to-2022-11-30.csv'],
    [['../../x', null, '', ''], 'insider-activity-x-start-to-end.csv'],
  ] as [[string | null, string | null, string, string], string][])('%j -> %s', ([ticker, cik, from, until], expected) => {
    expect(activityCsvName(ticker, cik, from, until)).toBe(expected);
  });
});

describe('only the view’s own company', () => {
  // An Apple filing (Williams, 2019-05-02: five S rows) reaches a view about Tesla (an owner's
  // list can name it): nothing of it is shown nor written to the CSV in Tesla's place.
  const apple = parseCorpus('xml/InsidersTradeMonitor__AAPL_wf-form4_155718184308434.xml');
  const rollup = new ActivityRollup({ window: WHOLE_HISTORY, keepTrades: true });
  rollup.add(apple, 'https://www.sec.gov/apple.xml');
  const report = rollup.summarise();
  const received: Received = { ...nothingReceived(), filings: new Map([['x', { ref: REF, filing: { ...apple, accession: 'x' } }]]) };

  it('shows no other issuer, no other trades', () => {
    const model = toActivityView({ report, received, period: WHOLE_HISTORY, cik: '0001318605' });
    expect(model.issuer).toBeNull();
    expect(model.trades).toEqual([]);
    // The same filing for Apple's own view: its five sales.
    expect(toActivityView({ report, received, period: WHOLE_HISTORY, cik: '0000320193' }).trades).toHaveLength(5);
  });

  it('writes no other issuer’s rows to the CSV', () => {
    expect(toActivityCsv(report, received, WHOLE_HISTORY, '0001318605', { delimiter: ',' }).rows).toBe(0);
  });
});
