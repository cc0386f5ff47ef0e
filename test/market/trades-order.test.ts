// The trades table's order (lib/views/trades-order.ts): newest filing first by default, any
// column either way round, unknown values last, and the role labels.

import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../lib/figures/figures';
import { toTradeLines, type TradeLine } from '../../lib/market';
import { describeRoles, nextTradeSort, sortTrades } from '../../lib/views/trades-order';
import { parseCorpus } from '../activity/helpers';

function lineOf(file: string, filingDate: string | null = null): TradeLine {
  const filing = parseCorpus(file, filingDate);
  return toTradeLines(filing, computeFigures(filing.document, { filingDate: filing.filingDate }))[0]!;
}

// Musk's Tesla purchase of June 2018 ($24,923,924.28, signed 2018-06-13), Rabois's Affirm purchase
// (75,000 at $49.00 = $3,675,000, signed 2021-01-15), Botha's Block purchase (434,405 shares, $25,001,586.76, 2024).
const MUSK = lineOf('xml/datamule-python__000149473018000005_edgardoc.xml');
const RABOIS = lineOf('xml/datamule-python__000120919121003765_doc4.xml');
const BOTHA = lineOf('xml/datamule-python__000106299324014684_form4.xml');
const who = (lines: TradeLine[]) => lines.map((line) => line.owner.names[0]);

describe('sortTrades', () => {
  it('puts the newest filing (or signature) first by default', () => {
    expect(who(sortTrades([MUSK, RABOIS, BOTHA], null))).toEqual(['BOTHA ROELOF', 'Rabois Keith', 'Musk Elon']);
  });

  it('sorts by value, largest first, then the other way', () => {
    const first = nextTradeSort(null, 'value');
    expect(first).toEqual({ column: 'value', direction: 'descending' });
    expect(who(sortTrades([MUSK, RABOIS, BOTHA], first))).toEqual(['BOTHA ROELOF', 'Musk Elon', 'Rabois Keith']);
    expect(who(sortTrades([MUSK, RABOIS, BOTHA], nextTradeSort(first, 'value')))).toEqual(['Rabois Keith', 'Musk Elon', 'BOTHA ROELOF']);
  });

  it('sorts tickers A to Z, and puts unknown values last either way', () => {
    expect(sortTrades([MUSK, RABOIS, BOTHA], nextTradeSort(null, 'ticker')).map((line) => line.issuer.tradingSymbol)).toEqual(['AFRM', 'SQ', 'TSLA']);
    const unknown = { ...RABOIS, deltaOwn: null };
    for (const direction of ['ascending', 'descending'] as const) {
      expect(sortTrades([unknown, MUSK, BOTHA], { column: 'deltaOwn', direction }).at(-1)).toBe(unknown);
    }
  });
});

describe('describeRoles', () => {
  it('names a CEO by title rather than as an officer, and a director and 10% owner', () => {
    expect(describeRoles(MUSK)).toBe('CEO, Dir, 10%');
    expect(describeRoles(RABOIS)).toBe('Dir');
  });
});
