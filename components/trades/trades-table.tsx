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

interface RowProps {
  line: TradeLine;
  columns: readonly TradeColumn[];
  locale?: string;
  follow?: TradesFollow;
}

/** One cell of a line; the insider's name heads its row. */
function Cell({ line, column, locale, follow }: Omit<RowProps, 'columns'> & { column: TradeColumn }) {
  switch (column) {
    case 'filed': {
      const day = line.filingDate ?? <span title="The file does not say when it was filed: the day it was signed">{line.signatureDate ?? '?'} (signed)</span>;
      // The day links to the filing, so a table without the ticker column still leads to it.
      return (
        <td>
          {line.source ? (
            <a href={line.source} target="_blank" rel="noopener noreferrer">
              {day}
            </a>
          ) : (
            day
          )}
        </td>
      );
    }
    case 'trade': {
      const several = line.tradeDates.length > 1;
      return (
        <td title={several ? `Trades on ${line.tradeDates.join(', ')}` : undefined}>
          {line.tradeDate ?? '?'}
          {several ? ' +' : ''}
        </td>
      );
    }
    case 'ticker': {
      const followed = follow?.companies.has(issuerCik(line)) ?? false;
      return (
        <td class="ticker">
          {follow && <FollowButton followed={followed} name={line.issuer.name || line.issuer.tradingSymbol || `CIK ${line.issuer.cik}`} onToggle={() => follow.onFollow(line, !followed)} />}{' '}
          <a href={line.source ?? undefined} target="_blank" rel="noopener noreferrer" title={line.issuer.name ?? undefined}>
            {line.issuer.tradingSymbol || line.issuer.cik}
          </a>
        </td>
      );
    }
    case 'insider':
      return (
        <th scope="row">
          <bdi>{insiderNames(line)}</bdi>
        </th>
      );
    case 'role':
      return <td title={line.owner.relationship}>{describeRoles(line)}</td>;
    case 'code':
      return <td class="code">{line.code}</td>;
    case 'shares':
      return <td class="num">{formatShares(line.shares, locale)}</td>;
    case 'price':
      return <td class="num">{line.averagePrice === null ? '' : formatPrice(line.averagePrice, locale)}</td>;
    case 'value':
      return (
        <td class="num">
          <Money value={line.value} locale={locale} />
        </td>
      );
    case 'owned':
      return <td class="num">{line.sharesAfter === null ? '' : formatShares(line.sharesAfter, locale)}</td>;
    case 'deltaOwn':
      return <td class="num">{line.deltaOwn === null ? 'new' : formatChangePercent(line.deltaOwn, locale)}</td>;
    case 'flags':
      return (
        <td>
          <Flags line={line} />
        </td>
      );
  }
}

function Row({ line, columns, locale, follow }: RowProps) {
  return (
    <tr class={line.code === 'P' ? 'trade-buy' : 'trade-sell'}>
      {columns.map((column) => (
        <Cell key={column} line={line} column={column} locale={locale} follow={follow} />
      ))}
    </tr>
  );
}

export interface TradesTableProps {
  lines: TradeLine[];
  /** The columns shown, in order: all of them by default; a company's own table leaves out the ticker. */
  columns?: readonly TradeColumn[];
  locale?: string;
  follow?: TradesFollow;
}

export function TradesTable({ lines, columns = TRADE_COLUMNS, locale, follow }: TradesTableProps) {
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
            {columns.map((column) => (
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
              <td colSpan={columns.length} />
            </tr>
          )}
          {shown.map((line) => (
            <Row key={`${line.accession ?? line.source}|${line.code}`} line={line} columns={columns} locale={locale} follow={follow} />
          ))}
          {range && range.after > 0 && (
            <tr aria-hidden="true" style={{ height: `${range.after}px` }}>
              <td colSpan={columns.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
