// @vitest-environment happy-dom
// The trades view (components/trades/), props in and markup out, on lines of real corpus
// filings: the presets and filters choose the rows, the count says how many, CSV gets the rows shown.

import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TradesView, type TradesViewProps } from '../../components/trades/trades-view';
import { computeFigures } from '../../lib/figures/figures';
import { toTradeLines } from '../../lib/market';
import { parseCorpus } from '../activity/helpers';

afterEach(cleanup);

const linesOf = (file: string) => {
  const filing = parseCorpus(file);
  return toTradeLines(filing, computeFigures(filing.document));
};
// Two purchases of $25,000 or more (Musk 2018: $24.9M; Rabois 2021: $3,675,000) and one sale
// (Musk's Tesla sale of 2021-11-09, 0000899243-21-044689).
const LINES = [
  ...linesOf('xml/datamule-python__000149473018000005_edgardoc.xml'),
  ...linesOf('xml/datamule-python__000120919121003765_doc4.xml'),
  ...linesOf('xml/datamule-python__000089924321044689_doc4.xml'),
];

function props(overrides: Partial<TradesViewProps> = {}): TradesViewProps {
  return {
    date: '2022-08-09',
    today: '2026-12-04',
    onDateChange: vi.fn(),
    source: 'index',
    progress: { read: 3, total: 5, unreadable: 0 },
    lines: LINES,
    preset: null,
    onPresetChange: vi.fn(),
    problem: null,
    gaps: [],
    onCopyCsv: vi.fn(async (lines) => `Copied ${lines.length} rows as CSV.`),
    onDownloadCsv: vi.fn(),
    locale: 'en-US',
    ...overrides,
  };
}

describe('TradesView', () => {
  it('says how far the day is read and labels the results partial until it is done', () => {
    render(<TradesView {...props()} />);
    expect(LINES.map((line) => line.code)).toEqual(['P', 'P', 'S']);
    expect(screen.getByTestId('progress').textContent).toBe('Read 3 of 5 filings: partial results');
    expect(screen.getByTestId('trades-count').textContent).toBe('partial 3 of 3 open-market trades shown');
    expect(screen.getByTestId('day-source').textContent).toBe("from EDGAR's daily index");
  });

  it('shows what the preset keeps, and copies exactly those rows', async () => {
    const view = props({ preset: 'sales', progress: { read: 5, total: 5, unreadable: 0 } });
    render(<TradesView {...view} />);
    expect(screen.getByTestId('trades-count').textContent).toBe('1 of 3 open-market trades shown');
    expect(within(screen.getByTestId('trades')).getAllByRole('row')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Copy CSV' }));
    await screen.findByText('Copied 1 rows as CSV.');
    expect(view.onCopyCsv).toHaveBeenCalledWith([LINES[2]]);
  });

  it('filters by code and by value, and asks for another preset or day', () => {
    const view = props();
    render(<TradesView {...view} />);
    fireEvent.change(screen.getByRole('combobox', { name: /Code/ }), { target: { value: 'P' } });
    expect(screen.getByTestId('trades-count').textContent).toMatch(/2 of 3 open-market trades shown$/);
    fireEvent.change(screen.getByRole('spinbutton', { name: /Value at least/ }), { target: { value: '3675000.01' } });
    expect(screen.getByTestId('trades-count').textContent).toMatch(/1 of 3 open-market trades shown$/);
    fireEvent.click(screen.getByRole('button', { name: 'CEO and CFO purchases' }));
    expect(view.onPresetChange).toHaveBeenCalledWith('ceo-cfo-purchases');
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2022-08-10' } });
    expect(view.onDateChange).toHaveBeenCalledWith('2022-08-10');
  });
});
