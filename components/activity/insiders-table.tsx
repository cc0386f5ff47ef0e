// Every insider of the window, by absolute net dollars (the roll-up's order): who, in what
// role, what they bought and sold on the open market, their holdings after the latest filing
// and the change over the window.

import type { InsiderActivity } from '../../lib/activity';
import { formatShares } from '../../lib/wording/format';
import { Money } from './money';
import { describeSignals } from '../../lib/wording/across-time';

function names(insider: InsiderActivity): string {
  return insider.names.map((name, i) => name ?? `CIK ${insider.ciks[i] ?? '?'}`).join(' & ');
}

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

export function InsidersTable({ insiders, locale }: { insiders: InsiderActivity[]; locale?: string }) {
  if (insiders.length === 0) return null;
  return (
    <div class="table-scroll" tabindex={0} role="region" aria-label="Insiders table">
      <table class="insiders" data-testid="insiders">
        <caption class="sr-only">Insiders by absolute net open-market dollars</caption>
        <thead>
          <tr>
            <th scope="col">Insider</th>
            <th scope="col" class="num">Bought</th>
            <th scope="col" class="num">Sold</th>
            <th scope="col" class="num">Net</th>
            <th scope="col" class="num">Holds after</th>
            <th scope="col" class="num">Change</th>
            <th scope="col" class="num">Filings</th>
          </tr>
        </thead>
        <tbody>
          {insiders.map((insider) => {
            const net = insider.openMarket.netValue !== 0 ? insider.openMarket.netValue : insider.openMarket.netShares;
            const netClass = net > 0 ? 'buy' : net < 0 ? 'sell' : '';
            return (
              <tr key={insider.key}>
                <th scope="row">
                  <bdi>{names(insider)}</bdi>
                  <br />
                  <span class="muted">{insider.relationship}</span>
                  <Signals insider={insider} />
                </th>
                <td class="num">{side(insider.openMarket.boughtValue, insider.openMarket.boughtShares, locale)}</td>
                <td class="num">{side(insider.openMarket.soldValue, insider.openMarket.soldShares, locale)}</td>
                <td class={`num ${netClass}`}>
                  {insider.openMarket.netValue !== 0
                    ? <Money value={insider.openMarket.netValue} locale={locale} signed />
                    : insider.openMarket.netShares !== 0
                      ? `${formatShares(insider.openMarket.netShares, locale, true)} sh`
                      : '0'}
                </td>
                <td class="num">{insider.holdingsAfter === null ? <span class="muted">mixed</span> : formatShares(insider.holdingsAfter, locale)}</td>
                <td class="num">
                  {formatShares(insider.holdingsChange.shares, locale, true)}
                  {insider.holdingsChange.percent !== null && (
                    <>
                      <br />
                      <span class="muted">{insider.holdingsChange.percent > 0 ? '+' : ''}{insider.holdingsChange.percent}%</span>
                    </>
                  )}
                </td>
                <td class="num">{insider.filings}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
