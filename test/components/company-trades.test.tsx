// @vitest-environment happy-dom
// The company's trades under the activity chart (components/activity/company-trades.tsx), props
// in and markup out, on Tesla's real filings of November 2021: no ticker column, what a reader
// scans first on the left, the presets choose the rows and a heading orders them. Expected
// values are the test's own reading of the XML (test/market-facts.ts), not lib/'s.

import { readdirSync, readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CompanyTrades } from '../../components/activity/company-trades';
import { computeFigures } from '../../lib/figures/figures';
import { toTradeLines } from '../../lib/market';
import { parseCorpus } from '../activity/helpers';
import { corpusPath } from '../corpus-path';
import { decText } from '../e2e/xml-facts';
import { readLines } from '../market-facts';

afterEach(cleanup);

const FILES = readdirSync(corpusPath('xml')).filter((name) => /^datamule-python__00008992432104[45]/.test(name));
const LINES = FILES.flatMap((name) => {
  const filing = parseCorpus(`xml/${name}`);
  return toTradeLines(filing, computeFigures(filing.document));
});
const EXPECTED = FILES.flatMap((name) => readLines(readFileSync(corpusPath(`xml/${name}`), 'latin1'), name));
const usd = (text: string) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(Number(text));

function shownValues(): string[] {
  return within(screen.getByTestId('trades'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('.money')?.getAttribute('aria-label') ?? row.querySelector('.money')?.textContent ?? '');
}

describe('CompanyTrades', () => {
  it('lists every line of the window, without a ticker column, the dollars in sight', () => {
    render(<CompanyTrades lines={LINES} locale="en-US" />);
    expect(EXPECTED.length).toBeGreaterThan(20);
    expect(screen.getByTestId('company-trades-count').textContent).toBe(`${EXPECTED.length} of ${EXPECTED.length} shown: a line per filing and code, as filed (not adjusted for splits)`);
    const headings = within(screen.getByTestId('trades')).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headings).toEqual(['Filed', 'Insider', 'Code', 'Value', 'Shares', 'Price', 'ΔOwn', 'Trade', 'Role', 'Owned', 'Flags']);
    expect(shownValues().sort()).toEqual(EXPECTED.map((line) => usd(decText(line.value))).sort());
  });

  it('keeps the sales of $100,000 or more under their preset, largest first once Value is pressed', () => {
    render(<CompanyTrades lines={LINES} locale="en-US" />);
    fireEvent.click(screen.getByRole('button', { name: 'Sales of $100,000 or more' }));
    fireEvent.click(screen.getByRole('button', { name: /^Value/ }));
    const sales = EXPECTED.filter((line) => line.code === 'S' && Number(decText(line.value)) >= 100_000).map((line) => Number(decText(line.value)));
    expect(sales.length).toBeGreaterThan(0);
    expect(shownValues()).toEqual(sales.sort((a, b) => b - a).map((value) => usd(String(value))));
  });

  it('draws nothing for a window without open-market trades', () => {
    const { container } = render(<CompanyTrades lines={[]} locale="en-US" />);
    expect(container.innerHTML).toBe('');
  });
});
