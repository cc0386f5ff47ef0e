// Where the activity timeline marks the months of its window: the first day of every 1st, 2nd,
// 3rd, 6th or 12th month, whichever step gives at most MAX_TICKS, so a 3-month window shows
// each month and a 24-month one each half year. A label names the year on the first tick and on
// every January; the others give the month alone.

const MAX_TICKS = 6;
const STEPS = [1, 2, 3, 6, 12];

export interface MonthTick {
  /** The first of the month, YYYY-MM-01. */
  date: string;
  label: string;
}

function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

function firstOfMonth(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The month ticks within [from, until] (ISO dates); none when the window is not two valid dates in order. */
export function toMonthTicks(from: string, until: string, locale?: string): MonthTick[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(until) || from > until) return [];
  // The first month that starts inside the window.
  const first = monthIndex(from) + (from.endsWith('-01') ? 0 : 1);
  const last = monthIndex(until);
  if (first > last) return [];
  const step = STEPS.find((s) => Math.floor((last - first) / s) + 1 <= MAX_TICKS) ?? 12;
  // Steps of several months fall on calendar quarters and halves (Jan, Apr ...), not on the window's edge.
  const start = first + ((step - (first % step)) % step);
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const ticks: MonthTick[] = [];
  for (let index = start; index <= last; index += step) {
    const date = firstOfMonth(index);
    const day = new Date(`${date}T00:00:00Z`);
    ticks.push({ date, label: (ticks.length === 0 || index % 12 === 0 ? monthYear : month).format(day) });
  }
  return ticks;
}
