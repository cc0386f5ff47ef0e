// One mark per open-market trade over the window: up for buys, down for sells, taller for
// more dollars (area-true: height by the square root). The chart is one tab stop; arrow keys
// move between trades, Enter opens the trade's filing, and hover or focus says what the trade
// was, in a line below the chart that screen readers hear. Months are marked by faint lines and
// named below the chart, in the page's font (text inside the SVG would shrink with it).

import { useState } from 'preact/hooks';
import { formatMoney, formatPrice, formatShares } from '../../lib/wording/format';
import { toMonthTicks } from './month-ticks';
import type { TimelineTrade } from '../../lib/views/activity-view-model';

interface TimelineProps {
  trades: TimelineTrade[];
  from: string;
  until: string;
  locale?: string;
  /** Opens a filing (a new tab); the default follows the mark's link. */
  onOpen?: (url: string) => void;
}

const WIDTH = 600;
const HEIGHT = 150;
const MID = HEIGHT / 2;
const REACH = MID - 10;
const MIN_BAR = 3;

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

export function describeTrade(trade: TimelineTrade, locale?: string): string {
  const verb = trade.code === 'P' ? 'bought' : 'sold';
  const price = trade.price === null ? 'price not given' : `at ${formatPrice(trade.price, locale)}`;
  const value = trade.value === null ? '' : `, ${formatMoney(trade.value, locale)}`;
  const plan = trade.tenB5One ? ', under a 10b5-1 plan' : '';
  return `${trade.date}: ${trade.insider} ${verb} ${formatShares(trade.shares, locale)} shares ${price}${value}${plan}`;
}

export function ActivityTimeline({ trades, from, until, locale, onOpen }: TimelineProps) {
  const [active, setActive] = useState<number | null>(null);
  const start = dayNumber(from);
  const span = Math.max(1, dayNumber(until) - start);
  const largest = Math.max(1, ...trades.map((trade) => trade.value ?? 0));
  const x = (date: string) => 8 + ((dayNumber(date) - start) / span) * (WIDTH - 16);
  const height = (trade: TimelineTrade) => (trade.value === null ? MIN_BAR : Math.max(MIN_BAR, Math.sqrt(trade.value / largest) * REACH));
  const open = (trade: TimelineTrade) => {
    if (trade.url && onOpen) onOpen(trade.url);
  };
  const current = active === null ? null : trades[active] ?? null;
  const ticks = toMonthTicks(from, until, locale);

  if (trades.length === 0) return <p class="muted timeline-empty">No open-market trades to chart in this window.</p>;

  return (
    <figure class="timeline" data-testid="timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={`Timeline of ${trades.length} open-market trades from ${from} to ${until}; use the arrow keys to go through them and Enter to open a filing`}
        tabindex={0}
        onKeyDown={(event) => {
          const last = trades.length - 1;
          if (event.key === 'ArrowRight' || event.key === 'ArrowDown') setActive(active === null ? 0 : Math.min(last, active + 1));
          else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') setActive(active === null ? last : Math.max(0, active - 1));
          else if (event.key === 'Home') setActive(0);
          else if (event.key === 'End') setActive(last);
          else if (event.key === 'Enter' && current) open(current);
          else if (event.key === 'Escape') setActive(null);
          else return;
          event.preventDefault();
        }}
        onBlur={() => setActive(null)}
      >
        {ticks.map((tick) => (
          <line key={tick.date} class="tick" x1={x(tick.date)} x2={x(tick.date)} y1={0} y2={HEIGHT} />
        ))}
        <line class="axis" x1={0} x2={WIDTH} y1={MID} y2={MID} />
        <text class="axis-label" x={4} y={12}>
          bought
        </text>
        <text class="axis-label" x={4} y={HEIGHT - 4}>
          sold
        </text>
        <text class="axis-label" x={WIDTH - 4} y={12} text-anchor="end">
          {from} to {until}
        </text>
        {current && <line class="guide" x1={x(current.date)} x2={x(current.date)} y1={0} y2={HEIGHT} />}
        {trades.map((trade, index) => {
          const h = height(trade);
          const left = x(trade.date) - 2;
          return (
            <a
              key={trade.id}
              href={trade.url ?? undefined}
              target="_blank"
              rel="noopener noreferrer"
              tabindex={-1}
              aria-label={describeTrade(trade, locale)}
              class={`mark ${trade.code === 'P' ? 'mark-buy' : 'mark-sell'}${index === active ? ' mark-active' : ''}${trade.value === null ? ' mark-unpriced' : ''}`}
              onMouseEnter={() => setActive(index)}
              onMouseLeave={() => setActive(null)}
              onClick={(event) => {
                if (!onOpen) return;
                event.preventDefault();
                open(trade);
              }}
            >
              <rect x={left} width={4} y={trade.code === 'P' ? MID - h : MID} height={h} />
            </a>
          );
        })}
      </svg>
      <div class="timeline-months" aria-hidden="true" data-testid="timeline-months">
        {ticks.map((tick) => {
          const at = (x(tick.date) / WIDTH) * 100;
          // Centred on its tick, but never past the chart's edges (a window starting on the 1st has a tick there).
          const shift = at < 8 ? '0' : at > 92 ? '-100%' : '-50%';
          return (
            <span key={tick.date} style={{ left: `${at}%`, transform: `translateX(${shift})` }}>
              {tick.label}
            </span>
          );
        })}
      </div>
      <figcaption class="timeline-detail" aria-live="polite" data-testid="timeline-detail">
        {current ? describeTrade(current, locale) : 'Hover or focus the chart for each trade; bars are sized by dollars.'}
      </figcaption>
    </figure>
  );
}
