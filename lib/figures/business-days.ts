// Business days as the SEC counts them for filing deadlines: days other than Saturday, Sunday
// and federal holidays (Regulation S-T Rule 11, "business day"; the holidays of 5 U.S.C. 6103,
// moved to the Friday before when they fall on a Saturday and the Monday after on a Sunday).
// Days the government closed by executive order (a national day of mourning, e.g. 2018-12-05
// and 2025-01-09) are not known here: on such a day a count is one too high.

const DAY_MS = 86_400_000;

function utc(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

/** The nth (1-based) weekday (0 Sunday .. 6 Saturday) of a month; n = -1 for the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = new Date(utc(year, month, 1)).getUTCDay();
    return utc(year, month, 1 + ((weekday - first + 7) % 7) + (n - 1) * 7);
  }
  const lastDay = new Date(utc(year, month + 1, 0));
  return lastDay.getTime() - ((lastDay.getUTCDay() - weekday + 7) % 7) * DAY_MS;
}

/** A fixed-date holiday on the day it is observed. */
function observed(time: number): number {
  const weekday = new Date(time).getUTCDay();
  return weekday === 6 ? time - DAY_MS : weekday === 0 ? time + DAY_MS : time;
}

const holidayCache = new Map<number, Set<number>>();

/** The federal holidays observed in a year, as UTC midnights. */
function federalHolidays(year: number): Set<number> {
  let days = holidayCache.get(year);
  if (days) return days;
  days = new Set([
    observed(utc(year, 1, 1)),
    nthWeekday(year, 1, 1, 3), // Birthday of Martin Luther King, Jr. (from 1986)
    nthWeekday(year, 2, 1, 3), // Washington's Birthday
    nthWeekday(year, 5, 1, -1), // Memorial Day
    observed(utc(year, 7, 4)),
    nthWeekday(year, 9, 1, 1), // Labor Day
    nthWeekday(year, 10, 1, 2), // Columbus Day
    observed(utc(year, 11, 11)),
    nthWeekday(year, 11, 4, 4), // Thanksgiving Day
    observed(utc(year, 12, 25)),
  ]);
  if (year < 1986) days.delete(nthWeekday(year, 1, 1, 3));
  if (year >= 2021) days.add(observed(utc(year, 6, 19))); // Juneteenth, from 2021
  // New Year's Day of the next year observed on this year's December 31 (a Saturday January 1).
  if (new Date(utc(year + 1, 1, 1)).getUTCDay() === 6) days.add(utc(year, 12, 31));
  holidayCache.set(year, days);
  return days;
}

function toTime(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = utc(year, month, day);
  // A real date comes back as itself: not 2021-02-30 (March 2nd), nor year 0050 (Date.UTC's 1950).
  const date = new Date(time);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : null;
}

export function isBusinessDay(isoDate: string): boolean {
  const time = toTime(isoDate);
  if (time === null) return false;
  const date = new Date(time);
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !federalHolidays(date.getUTCFullYear()).has(time);
}

/** Calendar days from one ISO date to another (negative when `to` is earlier); null if either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  const start = toTime(from);
  const end = toTime(to);
  return start === null || end === null ? null : Math.round((end - start) / DAY_MS);
}

// A filing years after its trade is possible (a late Form 5); counting day by day stays cheap
// up to this bound, past which the count is not worth a loop.
const MAX_COUNTED_DAYS = 3_660;

/**
 * Business days after `from` up to and including `to`: a Form 4 filed on the second business day
 * after the trade counts 2. null when either is not a date, `to` is earlier, or they are more
 * than ten years apart.
 */
export function businessDaysBetween(from: string, to: string): number | null {
  const days = daysBetween(from, to);
  if (days === null || days < 0 || days > MAX_COUNTED_DAYS) return null;
  const start = toTime(from)!;
  const startWeekday = new Date(start).getUTCDay();
  let count = 0;
  // Day by day on UTC midnights, weekdays by arithmetic; a year's holidays looked up once per
  // year crossed (a date string per day made this most of the figures' time on a late filing).
  let holidays = federalHolidays(new Date(start).getUTCFullYear());
  let nextYear = utc(new Date(start).getUTCFullYear() + 1, 1, 1);
  for (let offset = 1; offset <= days; offset += 1) {
    const weekday = (startWeekday + offset) % 7;
    if (weekday === 0 || weekday === 6) continue;
    const time = start + offset * DAY_MS;
    if (time >= nextYear) {
      const year = new Date(time).getUTCFullYear();
      holidays = federalHolidays(year);
      nextYear = utc(year + 1, 1, 1);
    }
    if (!holidays.has(time)) count += 1;
  }
  return count;
}
