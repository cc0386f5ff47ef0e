// The open-market trades over the window (docs/design.md section 9, "Shown"): one mark per day,
// insider and direction (lib/views/timeline-days.ts), buys up and sells down, its height that
// day's dollars on a log scale from $10K to the window's largest mark (timeline-layout.ts), said
// in the legend and on the scale at the left. A day's marks for several insiders stand side by
// side. The chart is one tab stop: arrow keys go through the marks in date order, Enter opens the
// mark's filing, Escape clears. Hover or focus says the mark's trades summed in a line screen
// readers hear, with its trades and links to their filings below; a click keeps (pins) a mark
// there, so the pointer can travel to those links. The SVG is drawn at the width it is shown,
// so its text and marks are in real pixels; month names are HTML below it, in the page's font.

import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { formatCompactMoney, formatCompactWhole } from '../../lib/wording/format';
import type { TimelineTrade } from '../../lib/messages/activity-view';
import { toTimelineDays, type TimelineDay, type TimelineDayFiling } from '../../lib/views/timeline-days';
import { toExactText, toTimelineDaySentence, toTimelineTradeSentence, type AroundDollars } from '../../lib/views/timeline-day-text';
import { Money } from './money';
import { toMonthTicks } from './month-ticks';
import { pickMark, placeMarks, SCALE_FLOOR, toLogScale } from './timeline-layout';

interface TimelineProps {
  trades: TimelineTrade[];
  from: string;
  until: string;
  locale?: string;
  /** Opens a filing (a new tab); without it, links open as links do and Enter does nothing. */
  onOpen?: (url: string) => void;
}

/** Until the chart's width is measured (and where it cannot be, as in tests). */
const DEFAULT_WIDTH = 600;
const HEIGHT = 184;
const AXIS = HEIGHT / 2;
/** Above the tallest buy and below the deepest sale: a band for the words "bought" and "sold". */
const PAD = 18;
const REACH = AXIS - PAD;
const RIGHT = 8;
/** Room at the left for the scale's labels ("$100M"). */
const GUTTER = 46;
/** A mark's trades listed one by one below the chart; the rest are counted, by filing. */
const LISTED_TRADES = 4;
/** Scale labels closer than this (px) to one already drawn are left out. */
const LABEL_SPACING = 16;

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

function Sentence({ parts, locale }: { parts: AroundDollars; locale?: string }) {
  return (
    <>
      {parts.lead}
      {parts.value !== null && <Money value={parts.value} locale={locale} />}
      {parts.tail}
    </>
  );
}

function FilingLink({ filing, onOpen }: { filing: { accession: string | null; url: string | null }; onOpen?: (url: string) => void }) {
  const text = filing.accession ?? 'filing';
  if (!filing.url) return <>{text}</>;
  const url = filing.url;
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(event) => {
        if (!onOpen || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        onOpen(url);
      }}
    >
      {text}
    </a>
  );
}

function DayTrades({ day, locale, onOpen }: { day: TimelineDay; locale?: string; onOpen?: (url: string) => void }) {
  const rest = day.trades.length - LISTED_TRADES;
  const counted = (filing: TimelineDayFiling) => `${filing.trades} trade${filing.trades === 1 ? '' : 's'}`;
  return (
    <>
      <ul class="timeline-trades" data-testid="timeline-trades">
        {day.trades.slice(0, LISTED_TRADES).map((trade) => (
          <li key={trade.id}>
            <Sentence parts={toTimelineTradeSentence(trade, locale)} locale={locale} /> (<FilingLink filing={trade} onOpen={onOpen} />)
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <p class="timeline-more" data-testid="timeline-more">
          and {rest} more; all {day.trades.length} are in{' '}
          {day.filings.map((filing, index) => (
            <span key={filing.accession ?? filing.url ?? index}>
              {index > 0 && (index === day.filings.length - 1 ? ' and ' : ', ')}
              <FilingLink filing={filing} onOpen={onOpen} /> ({counted(filing)})
            </span>
          ))}
          .
        </p>
      )}
    </>
  );
}

/** The chart's width as laid out, followed as it changes; DEFAULT_WIDTH until known. A callback ref: the plot appears only once there are trades. */
function useWidth(): [ref: (element: HTMLDivElement | null) => void, width: number] {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => {
      const measured = Math.floor(element.clientWidth);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}

export function ActivityTimeline({ trades, from, until, locale, onOpen }: TimelineProps) {
  const [hovered, setHovered] = useState<number | null>(null);
  /** Chosen by a click or the keyboard: stays until another is chosen or Escape. */
  const [pinned, setPinned] = useState<number | null>(null);
  const [plotRef, width] = useWidth();
  const days = useMemo(() => toTimelineDays(trades), [trades]);
  const largest = days.reduce((most, day) => Math.max(most, day.value ?? 0), 0);
  const scale = toLogScale(largest, REACH);
  const start = dayNumber(from);
  const span = Math.max(1, dayNumber(until) - start);
  const plotLeft = GUTTER;
  const plotRight = width - RIGHT;
  const x = (date: string) => plotLeft + 4 + ((dayNumber(date) - start) / span) * (plotRight - plotLeft - 8);
  const placed = useMemo(() => placeMarks(days, x, plotLeft + 1, plotRight - 1), [days, width, from, until]);
  const ticks = toMonthTicks(from, until, locale);

  // A window change can leave an index past the end.
  const valid = (index: number | null) => (index !== null && index < days.length ? index : null);
  const currentIndex = valid(hovered) ?? valid(pinned);
  const current = currentIndex === null ? null : days[currentIndex]!;
  const openDay = (day: TimelineDay) => {
    const url = day.filings.find((filing) => filing.url !== null)?.url;
    if (url && onOpen) onOpen(url);
  };

  if (trades.length === 0) return <p class="muted timeline-empty">No open-market trades to chart in this window.</p>;

  // Scale labels on both sides of the axis, the top first, then the decades that have room.
  const labels: { y: number; text: string }[] = [];
  const topText = formatCompactMoney(scale.top, locale);
  let last = PAD;
  for (const decade of [...scale.decades].reverse()) {
    const y = AXIS - scale.height(decade);
    if (y - last >= LABEL_SPACING && AXIS - y >= LABEL_SPACING) {
      labels.push({ y, text: formatCompactWhole(decade, locale) });
      last = y;
    }
  }
  const pointed = (event: MouseEvent): number | null => {
    const svg = event.currentTarget as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return null;
    const px = ((event.clientX - box.left) / box.width) * width;
    const py = ((event.clientY - box.top) / box.height) * HEIGHT;
    return pickMark(placed, days, px, py <= AXIS ? 'P' : 'S');
  };

  return (
    <figure class="timeline" data-testid="timeline">
      <div class="timeline-plot" ref={plotRef}>
        <svg
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="group"
          aria-label={`Timeline of ${days.length} marks, one per insider and day, for ${trades.length} open-market trades from ${from} to ${until}; use the arrow keys to go through them and Enter to open a filing`}
          tabindex={0}
          onKeyDown={(event) => {
            const lastIndex = days.length - 1;
            const at = currentIndex;
            let next: number | null | undefined;
            if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = at === null ? 0 : Math.min(lastIndex, at + 1);
            else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = at === null ? lastIndex : Math.max(0, at - 1);
            else if (event.key === 'Home') next = 0;
            else if (event.key === 'End') next = lastIndex;
            else if (event.key === 'Escape') next = null;
            else if (event.key === 'Enter') {
              if (current) openDay(current);
            } else return;
            event.preventDefault();
            if (next !== undefined) {
              setPinned(next);
              setHovered(null);
            }
          }}
          onMouseMove={(event) => setHovered(pointed(event))}
          onMouseLeave={() => setHovered(null)}
          onClick={(event) => {
            // A middle or modified click on a mark opens its filing, as on any link.
            if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
            event.preventDefault();
            const index = pointed(event);
            setPinned(index);
            setHovered(index);
          }}
        >
          {ticks.map((tick) => (
            <line key={tick.date} class="tick" x1={x(tick.date)} x2={x(tick.date)} y1={0} y2={HEIGHT} />
          ))}
          {labels.map((label) => (
            <g key={label.text}>
              <line class="grid" x1={plotLeft} x2={plotRight} y1={label.y} y2={label.y} />
              <line class="grid" x1={plotLeft} x2={plotRight} y1={2 * AXIS - label.y} y2={2 * AXIS - label.y} />
              <text class="scale-label" x={plotLeft - 5} y={label.y} text-anchor="end" dominant-baseline="middle">
                {label.text}
              </text>
              <text class="scale-label" x={plotLeft - 5} y={2 * AXIS - label.y} text-anchor="end" dominant-baseline="middle">
                {label.text}
              </text>
            </g>
          ))}
          <text class="scale-label" x={plotLeft - 5} y={PAD} text-anchor="end" dominant-baseline="middle" data-testid="scale-top">
            {topText}
          </text>
          <text class="scale-label" x={plotLeft - 5} y={HEIGHT - PAD} text-anchor="end" dominant-baseline="middle">
            {topText}
          </text>
          <text class="scale-label" x={plotLeft - 5} y={AXIS} text-anchor="end" dominant-baseline="middle">
            {formatCompactWhole(SCALE_FLOOR, locale)}
          </text>
          <line class="axis" x1={plotLeft} x2={plotRight} y1={AXIS} y2={AXIS} />
          <line class="axis" x1={plotLeft} x2={plotLeft} y1={0} y2={HEIGHT} />
          <text class="axis-label" x={plotLeft + 4} y={PAD / 2} dominant-baseline="middle">
            bought
          </text>
          <text class="axis-label" x={plotLeft + 4} y={HEIGHT - PAD / 2} dominant-baseline="middle">
            sold
          </text>
          {/* At the mark's own day, which a crowded window may have moved its column from. */}
          {current && currentIndex !== null && <line class="guide" x1={placed[currentIndex]!.dayX} x2={placed[currentIndex]!.dayX} y1={0} y2={HEIGHT} />}
          {days.map((day, index) => {
            const h = scale.height(day.value);
            const at = placed[index]!;
            const exact = toExactText(toTimelineDaySentence(day, locale), locale);
            const url = day.filings.find((filing) => filing.url !== null)?.url ?? undefined;
            const classes = [
              'mark',
              day.code === 'P' ? 'mark-buy' : 'mark-sell',
              index === currentIndex ? 'mark-active' : '',
              index === valid(pinned) ? 'mark-pinned' : '',
              day.value === null ? 'mark-unpriced' : '',
            ];
            return (
              <a key={day.id} href={url} target="_blank" rel="noopener noreferrer" tabindex={-1} aria-label={exact} class={classes.filter(Boolean).join(' ')} data-date={day.date}>
                <title>{exact}</title>
                <rect x={at.x} width={at.width} y={day.code === 'P' ? AXIS - h : AXIS} height={h} />
              </a>
            );
          })}
        </svg>
      </div>
      <div class="timeline-months" aria-hidden="true" data-testid="timeline-months">
        {ticks.map((tick) => {
          const at = (x(tick.date) / width) * 100;
          // Centred on its tick, but never past the chart's edges.
          const shift = at < 12 ? '0' : at > 92 ? '-100%' : '-50%';
          return (
            <span key={tick.date} style={{ left: `${at}%`, transform: `translateX(${shift})` }}>
              {tick.label}
            </span>
          );
        })}
      </div>
      <p class="timeline-legend" data-testid="timeline-legend">
        One mark per insider and day, buys up, sells down. Height: dollars that day, log scale from {formatCompactWhole(SCALE_FLOOR, locale)} to {topText}.
      </p>
      <figcaption class="timeline-detail" data-testid="timeline-detail">
        <p class={current ? 'timeline-summary' : 'timeline-summary timeline-hint'} aria-live="polite" data-testid="timeline-summary">
          {current ? <Sentence parts={toTimelineDaySentence(current, locale)} locale={locale} /> : 'Hover a mark, or focus the chart and use the arrow keys, for its trades; click a mark to keep them here.'}
        </p>
        {current && <DayTrades day={current} locale={locale} onOpen={onOpen} />}
      </figcaption>
    </figure>
  );
}
