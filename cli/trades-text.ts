// `form4-lens trades` as a table in the terminal's width (docs/design.md section 11): the columns
// OpenInsider shows, the widest first to go when the terminal is narrow, the insider's name cut
// to what is left. Money is whole dollars here (the JSON and CSV keep the cents).

import { formatChangePercent, formatCompactMoney } from '../lib/wording/format';
import type { TradeLine } from '../lib/market';
import { describeRoles, insiderNames } from '../lib/views/trades-order';
import { EN, price, shares } from './en-us-numbers';

interface Column {
  title: string;
  /** Dropped first when lower (0 is never dropped). */
  keep: number;
  right?: boolean;
  /** The one column that takes the width left over. */
  flexible?: boolean;
  cell: (line: TradeLine) => string;
}

function flags(line: TradeLine): string {
  const { amended, derivative, multiple, late, plan10b5_1 } = line.flags;
  const letters = [amended ? 'A' : '', derivative ? 'D' : '', multiple ? 'M' : '', late ? 'L' : ''].join('');
  return [letters, plan10b5_1 ? '10b5-1' : ''].filter(Boolean).join(' ');
}


const COLUMNS: Column[] = [
  // A bare XML file does not say when it was filed: its signature date stands in, marked "s".
  { title: 'Filed', keep: 4, cell: (line) => line.filingDate ?? (line.signatureDate === null ? '?' : `${line.signatureDate}s`) },
  { title: 'Trade', keep: 2, cell: (line) => `${line.tradeDate ?? '?'}${line.tradeDates.length > 1 ? '+' : ''}` },
  { title: 'Ticker', keep: 5, cell: (line) => line.issuer.tradingSymbol ?? line.issuer.cik },
  { title: 'Insider', keep: 6, flexible: true, cell: insiderNames },
  { title: 'Role', keep: 3, cell: (line) => describeRoles(line, ',') },
  { title: 'Code', keep: 6, cell: (line) => line.code },
  { title: 'Shares', keep: 4, right: true, cell: (line) => shares(line.shares) },
  { title: 'Price', keep: 1, right: true, cell: (line) => (line.averagePrice === null ? '' : price(line.averagePrice)) },
  { title: 'Value', keep: 6, right: true, cell: (line) => formatCompactMoney(line.value, EN) },
  { title: 'Owned', keep: 0.5, right: true, cell: (line) => (line.sharesAfter === null ? '' : shares(line.sharesAfter)) },
  { title: 'ΔOwn', keep: 3, right: true, cell: (line) => (line.deltaOwn === null ? 'n/a' : formatChangePercent(line.deltaOwn, EN)) },
  { title: 'Flags', keep: 1.5, cell: flags },
];

const GAP = 2;
const MIN_FLEXIBLE = 12;

/** The table's lines (header, rule, one per trade), none wider than `width`. */
export function toTradesText(lines: readonly TradeLine[], width: number): string[] {
  const cells = lines.map((line) => COLUMNS.map((column) => column.cell(line)));
  const natural = COLUMNS.map((column, i) => Math.max(column.title.length, ...cells.map((row) => row[i]!.length)));
  // Drop the columns that matter least until the fixed ones and a usable name fit.
  const shown = COLUMNS.map((_, i) => i);
  const fixedWidth = () => shown.reduce((sum, i) => sum + (COLUMNS[i]!.flexible ? 0 : natural[i]!) + GAP, 0);
  const byKeep = [...shown].sort((a, b) => COLUMNS[a]!.keep - COLUMNS[b]!.keep);
  for (const i of byKeep) {
    if (fixedWidth() + MIN_FLEXIBLE <= width || COLUMNS[i]!.keep >= 6) break;
    shown.splice(shown.indexOf(i), 1);
  }
  const flexibleAt = COLUMNS.findIndex((column) => column.flexible);
  const widths = natural.slice();
  widths[flexibleAt] = Math.max(MIN_FLEXIBLE, Math.min(natural[flexibleAt]!, width - fixedWidth()));
  const fit = (text: string, i: number) => {
    const w = widths[i]!;
    const cut = text.length > w ? `${text.slice(0, w - 1)}…` : text;
    return COLUMNS[i]!.right ? cut.padStart(w) : cut.padEnd(w);
  };
  const row = (texts: string[]) =>
    shown
      .map((i) => fit(texts[i]!, i))
      .join(' '.repeat(GAP))
      .trimEnd();
  const header = row(COLUMNS.map((column) => column.title));
  return [header, '-'.repeat(Math.min(width, header.length)), ...cells.map(row)];
}
