// The trades table (docs/design.md section 11): OpenInsider's columns, one row per filing and
// code, sortable by any column with the mouse or the keyboard (each heading is a button), drawn
// only where the reader looks (a day is 1,000 to 2,500 filings: rows-window.ts). Money is
// compact where a reader scans, to the cent on hover and focus.

import { useMemo, useRef, useState } from 'preact/hooks';
import type { TradeLine } from '../../lib/market';
import { formatChangePercent, formatPrice, formatShares } from '../../lib/wording/format';
import { describeRoles, insiderNames, nextTradeSort, sortTrades, TRADE_COLUMNS, type TradeColumn, type TradeSort } from '../../lib/views/trades-order';
import { Money } from '../activity/money';
import { toOffsets, useItemWindow } from '../rows-window';
import { SortHeading } from '../sort-heading';
import { FollowButton } from '../follow-button';

/** The companies followed (ten-digit CIKs) and the star's action (docs/design.md section 11, "Watchlist"). */
export interface TradesFollow {
  companies: ReadonlySet<string>;
  onFollow: (line: TradeLine, follow: boolean) => void;
}

/** The issuer's CIK in ten digits, as the watchlist keeps it. */
export function issuerCik(line: TradeLine): string {
  return line.issuer.cik.padStart(10, '0');
}

/** Every row is one line high, so the window is a matter of arithmetic. */
export const TRADE_ROW_PX = 30;

const HEADINGS: Record<TradeColumn, string> = {
  filed: 'Filed',
  trade: 'Trade',
  ticker: 'Ticker',
  insider: 'Insider',
  role: 'Role',
  code: 'Code',
  shares: 'Shares',
  price: 'Price',
  value: 'Value',
  owned: 'Owned',
  deltaOwn: 'ΔOwn',
  flags: 'Flags',
};
const NUMERIC = new Set<TradeColumn>(['shares', 'price', 'value', 'owned', 'deltaOwn']);


const FLAG_NAMES: [keyof TradeLine['flags'], string, string][] = [
  ['amended', 'A', 'amended'],
  ['derivative', 'D', 'table II transactions in the filing'],
  ['multiple', 'M', 'several rows'],
  ['late', 'L', 'filed late'],
  ['plan10b5_1', '10b5-1', 'under a Rule 10b5-1 plan'],
];

function Flags({ line }: { line: TradeLine }) {
  const set = FLAG_NAMES.filter(([key]) => line.flags[key]);
  if (set.length === 0) return null;
  const title = set.map(([, , name]) => name).join('; ');
  return (
    <span title={title} aria-label={title}>
      {set.map(([, short]) => short).join(' ')}
    </span>
  );
}

function Row({ line, locale, follow }: { line: TradeLine; locale?: string; follow?: TradesFollow }) {
  const several = line.tradeDates.length > 1;
  const followed = follow?.companies.has(issuerCik(line)) ?? false;
  return (
    <tr class={line.code === 'P' ? 'trade-buy' : 'trade-sell'}>
      <td>{line.filingDate ?? <span title="The file does not say when it was filed: the day it was signed">{line.signatureDate ?? '?'} (signed)</span>}</td>
      <td title={several ? `Trades on ${line.tradeDates.join(', ')}` : undefined}>
        {line.tradeDate ?? '?'}
        {several ? ' +' : ''}
      </td>
      <td class="ticker">
        {follow && <FollowButton followed={followed} name={line.issuer.name || line.issuer.tradingSymbol || `CIK ${line.issuer.cik}`} onToggle={() => follow.onFollow(line, !followed)} />}{' '}
        <a href={line.source ?? undefined} target="_blank" rel="noopener noreferrer" title={line.issuer.name ?? undefined}>
          {line.issuer.tradingSymbol || line.issuer.cik}
        </a>
      </td>
      <th scope="row">
        <bdi>{insiderNames(line)}</bdi>
      </th>
      <td title={line.owner.relationship}>{describeRoles(line)}</td>
      <td class="code">{line.code}</td>
      <td class="num">{formatShares(line.shares, locale)}</td>
      <td class="num">{line.averagePrice === null ? '' : formatPrice(line.averagePrice, locale)}</td>
      <td class="num">
        <Money value={line.value} locale={locale} />
      </td>
      <td class="num">{line.sharesAfter === null ? '' : formatShares(line.sharesAfter, locale)}</td>
      <td class="num">{line.deltaOwn === null ? 'new' : formatChangePercent(line.deltaOwn, locale)}</td>
      <td>
        <Flags line={line} />
      </td>
    </tr>
  );
}

export function TradesTable({ lines, locale, follow }: { lines: TradeLine[]; locale?: string; follow?: TradesFollow }) {
  const [sort, setSort] = useState<TradeSort | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const rows = useMemo(() => sortTrades(lines, sort, locale), [lines, sort, locale]);
  const offsets = useMemo(() => toOffsets(rows.map(() => TRADE_ROW_PX)), [rows]);
  const range = useItemWindow(body, offsets);
  const shown = range ? rows.slice(range.start, range.end) : rows;
  const order = sort === null ? 'newest filing first' : `by ${HEADINGS[sort.column]}, ${sort.direction}`;
  return (
    <div class="trades-scroll" tabindex={0} role="region" aria-label="Trades table">
      <table class="trades" data-testid="trades" aria-rowcount={rows.length + 1}>
        <caption class="sr-only">
          {rows.length} trades, {order}; the column headings sort the table
        </caption>
        <thead>
          <tr>
            {TRADE_COLUMNS.map((column) => (
              <SortHeading
                key={column}
                name={column}
                label={HEADINGS[column]}
                sorted={sort?.column === column ? sort.direction : null}
                class={NUMERIC.has(column) ? 'num' : undefined}
                onSort={() => setSort(nextTradeSort(sort, column))}
              />
            ))}
          </tr>
        </thead>
        <tbody ref={body}>
          {range && range.before > 0 && (
            <tr aria-hidden="true" style={{ height: `${range.before}px` }}>
              <td colSpan={TRADE_COLUMNS.length} />
            </tr>
          )}
          {shown.map((line) => (
            <Row key={`${line.accession ?? line.source}|${line.code}`} line={line} locale={locale} follow={follow} />
          ))}
          {range && range.after > 0 && (
            <tr aria-hidden="true" style={{ height: `${range.after}px` }}>
              <td colSpan={TRADE_COLUMNS.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
