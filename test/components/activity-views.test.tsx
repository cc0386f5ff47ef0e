// @vitest-environment happy-dom
// The activity components (components/activity/), props in and markup out, on roll-ups of real
// corpus filings: a cluster buy made of three real purchases moved to one issuer (as in
// test/activity/cluster-buys.test.ts) and Elon Musk's Tesla sales of November 2021.

import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActivityTimeline } from '../../components/activity/activity-timeline';
import { ActivityView } from '../../components/activity/activity-view';
import { CacheSettings } from '../../components/activity/cache-settings';
import { CompanySearch } from '../../components/activity/company-search';
import { InsiderHistory } from '../../components/activity/insider-history';
import { toVerdict } from '../../lib/wording/verdict';
import { SIGNAL_DEFINITIONS } from '../../lib/wording/across-time';
import type { ActivityViewModel, TimelineTrade } from '../../lib/messages/activity-view';
import { ActivityRollup, toActivityWindow, toInsiderHistory } from '../../lib/activity';
import { clusterSetTexts, corpusFilesOfIssuer, parseCorpus, parseText } from '../activity/helpers';

afterEach(cleanup);

// The cluster-buy set of test/activity/helpers.ts (three real purchases moved to one issuer).
function clusterReport() {
  const rollup = new ActivityRollup({ keepTrades: true });
  clusterSetTexts(['2021-01-13', '2021-01-20', '2021-02-10']).forEach(({ text }, index) => {
    rollup.add(parseText(text), `https://www.sec.gov/${'abc'[index]}.xml`);
  });
  return rollup.summarise();
}

const TESLA_NOVEMBER_2021 = corpusFilesOfIssuer('0001318605').filter((file) => /datamule-python__00008992432104[45]/.test(file));

function teslaReport() {
  const rollup = new ActivityRollup({ keepTrades: true, window: toActivityWindow(1, '2021-11-30') });
  for (const file of TESLA_NOVEMBER_2021) rollup.add(parseCorpus(file), `https://www.sec.gov/${file}`);
  return rollup.summarise();
}

function modelOf(report: ReturnType<typeof teslaReport>, overrides: Partial<ActivityViewModel> = {}): ActivityViewModel {
  const trades: TimelineTrade[] = report.counted.flatMap((entry) =>
    (entry.trades ?? []).map((trade, i) => ({ ...trade, id: `${entry.id}#${i}`, date: trade.date!, insider: entry.owners[0]!.name ?? '', insiderKey: entry.insiderKey, accession: entry.accession, url: entry.source })),
  );
  return {
    company: { cik: '0001318605', name: 'Tesla, Inc.', ticker: 'TSLA' },
    months: 12,
    from: '2021-11-01',
    until: '2021-11-30',
    progress: { read: report.counted.length, total: report.counted.length },
    issuer: report.issuers[0] ?? null,
    trades,
    lines: [],
    unreadable: [],
    gaps: [],
    notes: [],
    problem: null,
    ...overrides,
  };
}

describe('toVerdict', () => {
  it.each([
    ['the cluster buy', () => clusterReport().issuers[0]!, '3 insiders bought $37.6M; none sold.'],
    ["Musk's November 2021", () => teslaReport().issuers[0]!, 'No insider bought; 1 insider sold $9.86B, 41% under 10b5-1 plans.'],
    ['nothing yet', () => null, 'No open-market purchases or sales by insiders in this window.'],
  ])('%s', (_name, issuer, expected) => {
    expect(toVerdict(issuer(), 'en-US')).toBe(expected);
  });
});

describe('ActivityView', () => {
  const noop = { onMonthsChange: vi.fn(), onCopyCsv: vi.fn(async () => 'Copied 3 rows as CSV.'), onDownloadCsv: vi.fn() };

  it('shows the totals, the insiders by absolute net dollars, and the chart', () => {
    const report = teslaReport();
    render(<ActivityView model={modelOf(report)} {...noop} locale="en-US" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Insider activity: Tesla, Inc. (TSLA)');
    expect(screen.getByTestId('sold-value').getAttribute('data-value')).toBe('9859536585.63');
    // Compact where a reader scans; the amount to the cent on hover, focus and for screen readers.
    expect(screen.getByTestId('sold-value').textContent).toBe('Sold$9.86B (9,164,148 sh)');
    const sold = within(screen.getByTestId('sold-value')).getByText('$9.86B');
    expect([sold.getAttribute('title'), sold.getAttribute('aria-label'), sold.getAttribute('tabindex')]).toEqual([
      '$9,859,536,585.63',
      '$9,859,536,585.63',
      '0',
    ]);
    expect(screen.getByTestId('filings').textContent).toBe('Filings21');
    expect(screen.getByTestId('progress').textContent).toBe('Read 21 of 21 filings');
    expect(screen.queryByText('partial')).toBeNull();
    const rows = within(screen.getByTestId('insiders')).getAllByRole('row');
    expect(rows).toHaveLength(2);
    // The signal label follows the role: these filings begin 2021-11-08, too late to classify.
    expect(rows[1]!.textContent).toMatch(/^Musk ElonDirector, Officer \(CEO\), 10% Ownerunclassifiednone\$9\.86B9,164,148 sh-\$9\.86B/);
    // The exact sold dollars to the cent, on hover and focus.
    expect(within(rows[1]!).getAllByLabelText('$9,859,536,585.63')).toHaveLength(1);
    expect(within(rows[1]!).getAllByLabelText('-$9,859,536,585.63')).toHaveLength(1);
    expect(within(rows[1]!).getByText("unclassified").getAttribute("title")).toBe(
      "Neither routine nor opportunistic: not enough history: 0 of 3 years. " + SIGNAL_DEFINITIONS.opportunistic,
    );
    // One mark per day and insider: the 531 S rows of the 21 filings (tesla-november-2021.test.ts)
    // fall on 8 days (November 8 to 12, 15, 16 and 23), all Musk's.
    expect([...screen.getByTestId('timeline').querySelectorAll('a.mark')].map((mark) => mark.getAttribute('data-date'))).toEqual([
      '2021-11-08', '2021-11-09', '2021-11-10', '2021-11-11', '2021-11-12', '2021-11-15', '2021-11-16', '2021-11-23',
    ]);
    expect(screen.getByTestId('clusters').textContent).toBe('No cluster buys (3 or more insiders buying within 30 days).');
  });

  it('calls out a cluster buy with its insiders and dollars', () => {
    render(<ActivityView model={modelOf(clusterReport(), { company: null })} {...noop} locale="en-US" />);
    expect(screen.getByTestId('clusters').textContent).toBe(
      'Cluster buys3 insiders bought $37.6M from 2021-01-13 to 2021-02-10: Rabois Keith, Musk Elon, MITHRIL II LP & Mithril II GP LP & Mithril II UGP LLC & THIEL PETER',
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Insider activity');
    expect(screen.getByTestId('unpriced').textContent).toBe('Without a price102,880 sh in 1 rows, not in the dollars');
  });

  it('sorts the insiders by the column whose heading is pressed, either way round, and says so', () => {
    render(<ActivityView model={modelOf(clusterReport())} {...noop} locale="en-US" />);
    const table = screen.getByTestId('insiders');
    const firstCells = () => within(table).getAllByRole('rowheader').map((cell) => cell.textContent!.split(/Director|Officer|10%/)[0]);
    const heading = (name: string) => within(table).getByRole('button', { name: new RegExp(`^${name}`) });
    expect(within(table).getAllByRole('columnheader').map((th) => th.getAttribute('aria-sort'))).toEqual([null, null, null, null, null, null, null]);
    fireEvent.click(heading('Insider'));
    // A to Z: MITHRIL (i) before Musk (u) before Rabois.
    expect(firstCells()).toEqual(['MITHRIL II LP & Mithril II GP LP & Mithril II UGP LLC & THIEL PETER', 'Musk Elon', 'Rabois Keith']);
    expect(heading('Insider').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(heading('Insider'));
    expect(firstCells()).toEqual(['Rabois Keith', 'Musk Elon', 'MITHRIL II LP & Mithril II GP LP & Mithril II UGP LLC & THIEL PETER']);
    expect(heading('Insider').closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(table.querySelector('caption')!.textContent).toBe('Insiders by insider, descending; the column headings sort the table');
    // Only the sorted column says so.
    expect(within(table).getAllByRole('columnheader').filter((th) => th.hasAttribute('aria-sort'))).toHaveLength(1);
  });

  it('ends the window on the day picked, beside the window buttons, only where the view allows it', () => {
    const onUntilChange = vi.fn();
    const { unmount } = render(<ActivityView model={modelOf(teslaReport())} {...noop} onUntilChange={onUntilChange} locale="en-US" />);
    const until = within(screen.getByRole('group', { name: 'Window' })).getByLabelText('until') as HTMLInputElement;
    expect([until.type, until.value]).toEqual(['date', '2021-11-30']);
    fireEvent.change(until, { target: { value: '2022-06-30' } });
    expect(onUntilChange).toHaveBeenCalledWith('2022-06-30');
    unmount();
    render(<ActivityView model={modelOf(teslaReport())} {...noop} locale="en-US" />);
    expect(screen.queryByLabelText('until')).toBeNull();
  });

  it('labels partial results, lists unreadable filings and says what stopped', () => {
    const model = modelOf(teslaReport(), {
      progress: { read: 23, total: 61 },
      unreadable: [
        {
          accession: '0000899243-22-000001',
          form: '4/A',
          filingDate: '2022-01-05',
          url: 'https://www.sec.gov/Archives/edgar/data/1318605/000089924322000001/doc4.xml',
          indexUrl: 'https://www.sec.gov/Archives/edgar/data/1318605/000089924322000001/0000899243-22-000001-index.htm',
          reason: 'sec.gov has no file for this filing (HTTP 404).',
        },
      ],
      problem: 'sec.gov is limiting requests from this computer (Request Rate Threshold Exceeded), so Form 4 Lens has stopped asking and will try again later.',
    });
    render(<ActivityView model={model} {...noop} />);
    expect(screen.getByTestId('progress').textContent).toBe('Read 23 of 61 filings: partial results');
    expect(screen.getByTestId('verdict').textContent).toMatch(/^partial /);
    expect(screen.getByRole('alert').textContent).toMatch(/Request Rate Threshold Exceeded/);
    const filing = within(screen.getByTestId('unreadable')).getByTestId('unreadable-filing');
    expect(filing.textContent).toBe('Form 4/A, filed 2022-01-05 sec.gov has no file for this filing (HTTP 404). 0000899243-22-000001 · XML');
    expect(within(filing).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      'https://www.sec.gov/Archives/edgar/data/1318605/000089924322000001/0000899243-22-000001-index.htm',
      'https://www.sec.gov/Archives/edgar/data/1318605/000089924322000001/doc4.xml',
    ]);
  });

  it('keeps the verdict partial once every filing is in, saying how many could not be read and what the list lacks', () => {
    // 79 filings listed, 47 of them unreadable (as Tesla's 12 months to 2022-11-30 with the corpus).
    const gap = "EDGAR's older list of filings (CIK0001318605-submissions-001.json) could not be read, so filings before 2021-03-01 may be missing: sec.gov has no file for it (HTTP 404).";
    const unreadable = Array.from({ length: 47 }, (_, i) => ({ accession: `0000899243-22-${String(i).padStart(6, '0')}`, form: '4', filingDate: '2022-01-05', url: 'https://www.sec.gov/x.xml', indexUrl: null, reason: 'HTTP 404' }));
    render(<ActivityView model={modelOf(teslaReport(), { progress: { read: 79, total: 79 }, unreadable, gaps: [gap] })} {...noop} locale="en-US" />);
    expect(screen.getByTestId('verdict').textContent).toBe(
      "partial 32 of 79 filings read; 47 could not be. EDGAR's list of filings is incomplete (below). No insider bought; 1 insider sold $9.86B, 41% under 10b5-1 plans.",
    );
    expect(screen.getByText(gap)).toBeTruthy();
  });

  it('says nothing of gaps when every filing was read', () => {
    render(<ActivityView model={modelOf(teslaReport())} {...noop} locale="en-US" />);
    expect(screen.getByTestId('verdict').textContent).toBe('No insider bought; 1 insider sold $9.86B, 41% under 10b5-1 plans.');
  });

  it('changes the window and copies the CSV on request', async () => {
    const onMonthsChange = vi.fn();
    render(<ActivityView model={modelOf(teslaReport())} {...noop} onMonthsChange={onMonthsChange} />);
    expect(screen.getByRole('button', { name: '12 months' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '3 months' }));
    expect(onMonthsChange).toHaveBeenCalledWith(3);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy CSV' }));
    });
    expect(screen.getByTestId('notice').textContent).toBe('Copied 3 rows as CSV.');
  });
});

describe('ActivityTimeline', () => {
  const trade = (id: string, date: string, code: 'P' | 'S', shares: number, price: number | null, insider: string, insiderKey: string, accession: string, tenB5One = false): TimelineTrade => ({
    id,
    date,
    code,
    shares,
    price,
    value: price === null ? null : Math.round(shares * price * 100) / 100,
    tenB5One,
    insider,
    insiderKey,
    accession,
    url: `https://www.sec.gov/${accession}.xml`,
  });
  const trades: TimelineTrade[] = [
    trade('a', '2021-11-08', 'S', 100, 1000, 'Musk Elon', '1494730', 'a', true),
    trade('b', '2021-11-08', 'S', 300, 1010, 'Musk Elon', '1494730', 'b', true),
    trade('k', '2021-11-08', 'S', 1000, 60, 'Musk Kimbal', '1503431', 'k'),
    trade('r', '2021-11-20', 'P', 10, null, 'Rabois Keith', '1380104', 'r'),
  ];
  const summary = () => screen.getByTestId('timeline-summary').textContent;

  it('goes through the marks with the arrow keys, says each day summed, and opens its filing on Enter', () => {
    const onOpen = vi.fn();
    render(<ActivityTimeline trades={trades} from="2021-11-01" until="2021-11-30" locale="en-US" onOpen={onOpen} />);
    const chart = screen.getByRole('group');
    // Three marks: Musk's two sales of November 8 are one, beside his brother's.
    expect(chart.querySelectorAll('a.mark')).toHaveLength(3);
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    // 100 x $1,000 + 300 x $1,010 = $403,000 over 400 shares: $1,007.50 a share.
    expect(summary()).toBe('2021-11-08: Musk Elon sold 400 shares in 2 trades, $403.0K (avg $1,007.50), under a 10b5-1 plan');
    expect(screen.getByTestId('timeline-summary').querySelector('[aria-label]')!.getAttribute('aria-label')).toBe('$403,000.00');
    expect(screen.getByTestId('timeline-trades').textContent).toBe('100 shares at $1,000.00, $100.0K, 10b5-1 plan (a)300 shares at $1,010.00, $303.0K, 10b5-1 plan (b)');
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(summary()).toBe('2021-11-08: Musk Kimbal sold 1,000 shares in 1 trade, $60.0K (avg $60.00)');
    fireEvent.keyDown(chart, { key: 'End' });
    expect(summary()).toBe('2021-11-20: Rabois Keith bought 10 shares in 1 trade, price not given');
    fireEvent.keyDown(chart, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith('https://www.sec.gov/r.xml');
    fireEvent.keyDown(chart, { key: 'Escape' });
    expect(summary()).toMatch(/^Hover a mark/);
    // The one month that starts in the window is named under the chart, with its year.
    expect(screen.getByTestId('timeline-months').textContent).toBe('Nov 2021');
  });

  it('states its scale: log, from $10K to the largest mark, which tops the scale; buys up, sells down', () => {
    render(<ActivityTimeline trades={trades} from="2021-11-01" until="2021-11-30" locale="en-US" />);
    expect(screen.getByTestId('timeline-legend').textContent).toBe('One mark per insider and day, buys up, sells down. Height: dollars that day, log scale from $10K to $403.0K.');
    expect(screen.getByTestId('scale-top').textContent).toBe('$403.0K');
    const [musk, kimbal, rabois] = [...screen.getByRole('group').querySelectorAll('rect')];
    // Sells hang from the axis (y 92), the buy stands on it; $60K is still a bar of its own.
    expect(Number(musk!.getAttribute('y'))).toBe(92);
    expect(Number(rabois!.getAttribute('y'))).toBeLessThan(92);
    expect(Number(kimbal!.getAttribute('height'))).toBeGreaterThan(10);
    expect(Number(musk!.getAttribute('height'))).toBe(74);
    // Same day, side by side.
    expect(Number(kimbal!.getAttribute('x'))).toBe(Number(musk!.getAttribute('x')) + Number(musk!.getAttribute('width')) + 1);
  });

  it('shows the mark under the pointer, and keeps a clicked one while the pointer goes to its links', () => {
    const onOpen = vi.fn();
    render(<ActivityTimeline trades={trades} from="2021-11-01" until="2021-11-30" locale="en-US" onOpen={onOpen} />);
    const chart = screen.getByRole('group');
    // happy-dom lays nothing out: the chart stands at (0, 0) at its drawn size.
    chart.getBoundingClientRect = () => ({ left: 0, top: 0, width: 600, height: 184, right: 600, bottom: 184, x: 0, y: 0, toJSON: () => '' });
    const centre = (index: number) => {
      const rect = chart.querySelectorAll('rect')[index]!;
      return Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2;
    };
    fireEvent.mouseMove(chart, { clientX: centre(1), clientY: 120 });
    expect(summary()).toMatch(/^2021-11-08: Musk Kimbal sold/);
    fireEvent.mouseLeave(chart);
    expect(summary()).toMatch(/^Hover a mark/);
    fireEvent.mouseMove(chart, { clientX: centre(0), clientY: 120 });
    fireEvent.click(chart, { clientX: centre(0), clientY: 120 });
    fireEvent.mouseMove(chart, { clientX: centre(2), clientY: 20 });
    expect(summary()).toMatch(/^2021-11-20: Rabois Keith bought/);
    fireEvent.mouseLeave(chart);
    expect(summary()).toMatch(/^2021-11-08: Musk Elon sold 400 shares/);
    const link = within(screen.getByTestId('timeline-trades')).getByRole('link', { name: 'b' });
    expect(link.getAttribute('href')).toBe('https://www.sec.gov/b.xml');
    fireEvent.click(link);
    expect(onOpen).toHaveBeenCalledWith('https://www.sec.gov/b.xml');
  });

  it('lists four trades of a busy day and counts the rest by filing', () => {
    const busy = Array.from({ length: 7 }, (_, i) => trade(`t${i}`, '2021-11-09', 'S', 10, 100, 'Musk Elon', '1494730', i < 4 ? 'x' : 'y'));
    render(<ActivityTimeline trades={busy} from="2021-11-01" until="2021-11-30" locale="en-US" />);
    fireEvent.keyDown(screen.getByRole('group'), { key: 'Home' });
    expect(screen.getByTestId('timeline-trades').querySelectorAll('li')).toHaveLength(4);
    expect(screen.getByTestId('timeline-more').textContent).toBe('and 3 more; all 7 are in x (4 trades) and y (3 trades).');
  });

  it('says so when there is nothing to chart', () => {
    render(<ActivityTimeline trades={[]} from="2021-11-01" until="2021-11-30" />);
    expect(screen.getByText('No open-market trades to chart in this window.')).toBeTruthy();
  });
});

describe('InsiderHistory', () => {
  it('lists the filings newest first, marks the page\'s own, and draws the holdings line', () => {
    const report = teslaReport();
    const points = toInsiderHistory(report.counted, '1494730');
    const mine = points[3]!.accession;
    const signals = { routine: false, routineUndecided: null, firstBuy: null, firstBuyUndecided: null };
    render(<InsiderHistory state={{ status: 'ready', points, unreadable: 2, total: points.length + 2, splits: [], signals }} accession={mine} locale="en-US" />);
    expect(screen.getByTestId('history-count').textContent).toBe('21 filings on EDGAR; 2 could not be read.');
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(21);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe(points.at(-1)!.source);
    expect(screen.getByText(/\(this filing\)/).closest('li')!.getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Holdings after each filing, from [\d,]+ to [\d,]+ shares$/);
    // November 2021 has no split: holdings as filed; the signal shows with its definition.
    expect(screen.getByTestId('history-splits').textContent).toBe('No stock split found in these filings: holdings as filed.');
    const signal = within(screen.getByTestId('history-signals')).getByText('opportunistic');
    expect(signal.getAttribute('title')).toMatch(/^Opportunistic: traded in each of the three previous years/);
  });

  it("carries the star that follows the insider, named for what a press does", () => {
    const onToggle = vi.fn();
    render(<InsiderHistory state={{ status: 'loading' }} follow={{ followed: false, name: 'Musk Elon', onToggle }} accession={null} />);
    const star = screen.getByRole('button', { name: 'Follow Musk Elon' });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(star);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('says the holdings are adjusted for a split, once, in words', () => {
    const points = toInsiderHistory(teslaReport().counted, '1494730');
    const splits = [{ from: '2022-08-09', to: '2022-11-04', ratio: 3, source: 'holdings' as const }];
    render(<InsiderHistory state={{ status: 'ready', points, unreadable: 0, total: points.length, splits, signals: null }} accession={null} />);
    expect(screen.getByTestId('history-splits').textContent).toBe(
      `Shares and prices are adjusted for the 3-for-1 split between 2022-08-09 and 2022-11-04, in the shares of ${points.at(-1)!.date}.`,
    );
  });

  it('says it is reading, or what went wrong', () => {
    const { rerender } = render(<InsiderHistory state={{ status: 'loading' }} accession={null} />);
    expect(screen.getByRole('status').textContent).toBe("Reading this insider's other filings from EDGAR...");
    rerender(<InsiderHistory state={{ status: 'error', message: 'sec.gov refused a request (HTTP 403).' }} accession={null} />);
    expect(screen.getByText('sec.gov refused a request (HTTP 403).')).toBeTruthy();
  });
});

describe('CompanySearch and CacheSettings', () => {
  it('asks once after typing stops and opens the company picked', async () => {
    vi.useFakeTimers();
    try {
      const tesla = { cik: '0001318605', ticker: 'TSLA', name: 'Tesla, Inc.' };
      const find = vi.fn(async () => [tesla]);
      const onOpen = vi.fn();
      render(<CompanySearch find={find} onOpen={onOpen} />);
      const box = screen.getByRole('searchbox');
      fireEvent.input(box, { target: { value: 'ts' } });
      fireEvent.input(box, { target: { value: 'tsla' } });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(200);
      });
      expect(find.mock.calls).toEqual([['tsla']]);
      fireEvent.click(screen.getByRole('button', { name: 'TSLA Tesla, Inc.' }));
      expect(onOpen).toHaveBeenCalledWith(tesla);
    } finally {
      vi.useRealTimers();
    }
  });

  it('chooses a match with the arrow keys and opens it with Enter', async () => {
    vi.useFakeTimers();
    try {
      const found = [
        { cik: '0001318605', ticker: 'TSLA', name: 'Tesla, Inc.' },
        { cik: '0001467858', ticker: 'GM', name: 'General Motors Co' },
      ];
      const onOpen = vi.fn();
      render(<CompanySearch find={async () => found} onOpen={onOpen} />);
      const box = screen.getByRole('searchbox');
      fireEvent.input(box, { target: { value: 'tesla motors' } });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(200);
      });
      fireEvent.keyDown(box, { key: 'ArrowDown' });
      expect(screen.getByRole('button', { name: 'GM General Motors Co' }).closest('li')!.getAttribute('aria-current')).toBe('true');
      // Up from the first goes round to the last, and back.
      fireEvent.keyDown(box, { key: 'ArrowUp' });
      fireEvent.keyDown(box, { key: 'ArrowUp' });
      fireEvent.submit(box.closest('form')!);
      expect(onOpen).toHaveBeenCalledWith(found[1]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the cache size and clears it', () => {
    const onClear = vi.fn();
    render(<CacheSettings stats={{ entries: 81, bytes: 3 * 1024 * 1024 }} onClear={onClear} message={null} />);
    expect(screen.getByTestId('cache-size').textContent).toBe('81 items (filings and EDGAR lists), about 3.0 MB; at most 50 MB, the least recently used go first.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear the cache' }));
    expect(onClear).toHaveBeenCalledOnce();
  });
});
