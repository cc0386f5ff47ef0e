// Every insider of the window: who, in what role, what they bought and sold on the open market,
// their holdings after the latest filing and the change over the window. In the roll-up's order
// (largest absolute net dollars first) until the reader sorts by a column, with the mouse or
// the keyboard (each heading is a button). The table fits its panel: narrower panels show the
// columns a reader scans first and a button that brings back the rest (activity.css, "fit").

import { useState } from 'preact/hooks';
import type { InsiderActivity } from '../../lib/activity';
import { formatShares } from '../../lib/wording/format';
import { Money } from './money';
import { SortHeading } from '../sort-heading';
import { describeSignals } from '../../lib/wording/across-time';
import { insiderName, nextSort, sortInsiders, type InsiderColumn, type InsiderSort } from '../../lib/views/insider-order';

const HEADINGS: Record<InsiderColumn, string> = {
  insider: 'Insider',
  bought: 'Bought',
  sold: 'Sold',
  net: 'Net',
  holdsAfter: 'Holds after',
  change: 'Change',
  filings: 'Filings',
};

function side(value: number, shares: number, locale?: string) {
  if (shares === 0) return <span class="muted">none</span>;
  return (
    <>
      {value !== 0 ? <Money value={value} locale={locale} /> : 'no price'}
      <br />
      <span class="muted">{formatShares(shares, locale)} sh</span>
    </>
  );
}

/** Routine, opportunistic, first buy: short labels, their definition (and why undecided) on hover and focus. */
function Signals({ insider }: { insider: InsiderActivity }) {
  const signals = describeSignals(insider.signals);
  if (signals.length === 0) return null;
  return (
    <span class="signals" data-testid="signals">
      {signals.map((signal) => (
        <span key={signal.label} class={`signal signal-${signal.label.replace(/\W+/g, '-')}`} title={signal.title} aria-label={signal.title} tabIndex={0}>
          {signal.label}
        </span>
      ))}
    </span>
  );
}

function Row({ insider, locale }: { insider: InsiderActivity; locale?: string }) {
  const market = insider.openMarket;
  const net = market.netValue !== 0 ? market.netValue : market.netShares;
  return (
    <tr>
      <th scope="row" class="col-insider">
        <bdi>{insiderName(insider)}</bdi>
        <br />
        <span class="muted">{insider.relationship}</span>
        <Signals insider={insider} />
      </th>
      <td class="num col-bought">{side(market.boughtValue, market.boughtShares, locale)}</td>
      <td class="num col-sold">{side(market.soldValue, market.soldShares, locale)}</td>
      <td class={`num col-net ${net > 0 ? 'buy' : net < 0 ? 'sell' : ''}`}>
        {market.netValue !== 0 ? <Money value={market.netValue} locale={locale} signed /> : market.netShares !== 0 ? `${formatShares(market.netShares, locale, true)} sh` : '0'}
      </td>
      <td class="num col-holdsAfter">{insider.holdingsAfter === null ? <span class="muted">mixed</span> : formatShares(insider.holdingsAfter, locale)}</td>
      <td class="num col-change">
        {formatShares(insider.holdingsChange.shares, locale, true)}
        {insider.holdingsChange.percent !== null && (
          <>
            <br />
            <span class="muted">
              {insider.holdingsChange.percent > 0 ? '+' : ''}
              {insider.holdingsChange.percent}%
            </span>
          </>
        )}
      </td>
      <td class="num col-filings">{insider.filings}</td>
    </tr>
  );
}

export function InsidersTable({ insiders, locale }: { insiders: InsiderActivity[]; locale?: string }) {
  const [sort, setSort] = useState<InsiderSort | null>(null);
  const [allColumns, setAllColumns] = useState(false);
  if (insiders.length === 0) return null;
  const rows = sortInsiders(insiders, sort, locale);
  const order = sort === null ? 'by absolute net open-market dollars' : `by ${HEADINGS[sort.column].toLowerCase()}, ${sort.direction}`;
  const onSort = (column: InsiderColumn) => setSort(nextSort(sort, column));
  return (
    <div class={`insiders-fit${allColumns ? ' all-columns' : ''}`}>
      <div class="table-scroll" tabindex={0} role="region" aria-label="Insiders table">
        <table class="insiders" data-testid="insiders">
          <caption class="sr-only">Insiders {order}; the column headings sort the table</caption>
          <thead>
            <tr>
              {(Object.keys(HEADINGS) as InsiderColumn[]).map((column) => (
                <SortHeading
                  key={column}
                  name={column}
                  label={HEADINGS[column]}
                  sorted={sort?.column === column ? sort.direction : null}
                  class={`col-${column}${column === 'insider' ? '' : ' num'}`}
                  onSort={() => onSort(column)}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((insider) => (
              <Row key={insider.key} insider={insider} locale={locale} />
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" class="columns-toggle" name="all-columns" aria-pressed={allColumns ? 'true' : 'false'} onClick={() => setAllColumns(!allColumns)}>
        {allColumns ? 'Show fewer columns' : 'Show all columns'}
      </button>
    </div>
  );
}
