// Where the activity timeline draws its marks (docs/design.md section 9, "Shown"), as numbers:
// - height: the mark's dollars on a log scale from SCALE_FLOOR ($10K) to the window's largest
//   mark, never below MIN_HEIGHT, so a $60K day stays visible next to a $4B one;
// - x: the day's place in the window. A day's marks (several insiders) stand side by side as
//   columns centred on the day; days whose columns would overlap are pushed apart as a group,
//   centred on their days (the least total shift), with columns as wide as fits: 8px when the
//   shift stays small, down to 2px on a crowded window.
// The pointer picks the nearest mark on its side of the axis, so every mark is reachable
// whatever its width (its target runs halfway to its neighbours and the whole half's height).

export const SCALE_FLOOR = 10_000;
export const MIN_HEIGHT = 3;
/** Column widths tried, widest first. */
const WIDTHS = [8, 6, 4, 3, 2];
/** Between a day's columns, and between days. */
const COLUMN_GAP = 1;
const DAY_GAP = 2;
/** The most a day's columns may move from the day for a width to be chosen. */
const TOLERANCE = 10;
/** How far from a mark's centre the pointer still picks it. */
export const PICK_REACH = 14;

export interface LogScale {
  floor: number;
  top: number;
  /** Whole powers of ten strictly between the floor and the top. */
  decades: number[];
  /** Pixels from the axis, MIN_HEIGHT to `reach`; MIN_HEIGHT without dollars. */
  height: (value: number | null) => number;
}

/** The scale for marks up to `largest` dollars in `reach` pixels. */
export function toLogScale(largest: number, reach: number): LogScale {
  const top = Math.max(largest, SCALE_FLOOR * 10);
  const low = Math.log10(SCALE_FLOOR);
  const high = Math.log10(top);
  const decades: number[] = [];
  for (let power = low + 1; 10 ** power < top; power += 1) decades.push(10 ** power);
  const height = (value: number | null) => {
    if (value === null || value <= SCALE_FLOOR) return MIN_HEIGHT;
    return MIN_HEIGHT + (reach - MIN_HEIGHT) * Math.min(1, (Math.log10(value) - low) / (high - low));
  };
  return { floor: SCALE_FLOOR, top, decades, height };
}

/** What the layout needs of a mark: its day and its side. */
export interface MarkSlot {
  date: string;
  code: 'P' | 'S';
}

export interface PlacedMark {
  /** Left edge and width of the column, and its centre. */
  x: number;
  width: number;
  centre: number;
  /** Where the day is on the axis (the column may stand a little beside it). */
  dayX: number;
}

interface Cluster {
  /** Groups first..last (indices into the day groups). */
  first: number;
  last: number;
  width: number;
  /** Sum over its groups of (the group's wanted left - its offset in the cluster). */
  sum: number;
}

/**
 * Columns for `marks` (sorted by date; a day's buys and sells share columns, each side in its
 * order), with `xOf` placing a day's centre, inside [left, right].
 */
export function placeMarks(marks: readonly MarkSlot[], xOf: (date: string) => number, left: number, right: number): PlacedMark[] {
  // Day groups: the first mark of each day, and the column of every mark within its day.
  const starts: number[] = [];
  const columns: number[] = [];
  const counts: number[] = [];
  let buys = 0;
  let sells = 0;
  marks.forEach((mark, index) => {
    if (index === 0 || mark.date !== marks[index - 1]!.date) {
      starts.push(index);
      counts.push(0);
      buys = 0;
      sells = 0;
    }
    const column = mark.code === 'P' ? buys++ : sells++;
    columns.push(column);
    counts[counts.length - 1] = Math.max(counts[counts.length - 1]!, column + 1);
  });
  const centres = starts.map((start) => xOf(marks[start]!.date));
  let chosen: { width: number; lefts: number[] } | null = null;
  for (const width of WIDTHS) {
    const lefts = packGroups(centres, counts.map((count) => count * width + (count - 1) * COLUMN_GAP), left, right);
    const shift = Math.max(0, ...lefts.map((at, group) => Math.abs(at + (counts[group]! * width + (counts[group]! - 1) * COLUMN_GAP) / 2 - centres[group]!)));
    chosen = { width, lefts };
    if (shift <= TOLERANCE) break;
  }
  const placed: PlacedMark[] = [];
  let group = -1;
  marks.forEach((_mark, index) => {
    if (starts[group + 1] === index) group += 1;
    const x = chosen!.lefts[group]! + columns[index]! * (chosen!.width + COLUMN_GAP);
    placed.push({ x, width: chosen!.width, centre: x + chosen!.width / 2, dayX: centres[group]! });
  });
  return placed;
}

/** Lefts for groups of `widths` wanting `centres` (in order): no overlap, least total shift, inside [left, right] when they fit. */
function packGroups(centres: readonly number[], widths: readonly number[], left: number, right: number): number[] {
  const stack: Cluster[] = [];
  centres.forEach((centre, group) => {
    let cluster: Cluster = { first: group, last: group, width: widths[group]!, sum: centre - widths[group]! / 2 };
    for (;;) {
      const previous = stack.at(-1);
      if (!previous) break;
      const at = cluster.sum / (cluster.last - cluster.first + 1);
      const previousRight = previous.sum / (previous.last - previous.first + 1) + previous.width;
      if (previousRight + DAY_GAP <= at) break;
      stack.pop();
      const offset = previous.width + DAY_GAP;
      cluster = {
        first: previous.first,
        last: cluster.last,
        width: previous.width + DAY_GAP + cluster.width,
        sum: previous.sum + cluster.sum - (cluster.last - cluster.first + 1) * offset,
      };
    }
    stack.push(cluster);
  });
  const lefts: number[] = [];
  for (const cluster of stack) {
    let at = cluster.sum / (cluster.last - cluster.first + 1);
    for (let group = cluster.first; group <= cluster.last; group += 1) {
      lefts.push(at);
      at += widths[group]! + DAY_GAP;
    }
  }
  // Inside the plot: pushed right off the left edge, then back left off the right edge.
  let floor = left;
  lefts.forEach((at, group) => {
    lefts[group] = Math.max(at, floor);
    floor = lefts[group]! + widths[group]! + DAY_GAP;
  });
  let ceiling = right;
  for (let group = lefts.length - 1; group >= 0; group -= 1) {
    lefts[group] = Math.min(lefts[group]!, ceiling - widths[group]!);
    ceiling = lefts[group]! - DAY_GAP;
  }
  return lefts;
}

/**
 * The mark the pointer at `x` points to: the nearest centre within PICK_REACH on the pointer's
 * side (`code`), else on either side; null when none is that near.
 */
export function pickMark(placed: readonly PlacedMark[], marks: readonly MarkSlot[], x: number, code: 'P' | 'S'): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  let other: number | null = null;
  let otherDistance = Infinity;
  placed.forEach((mark, index) => {
    const distance = Math.abs(mark.centre - x);
    if (distance > Math.max(PICK_REACH, mark.width / 2)) return;
    if (marks[index]!.code === code) {
      if (distance < bestDistance) [best, bestDistance] = [index, distance];
    } else if (distance < otherDistance) [other, otherDistance] = [index, distance];
  });
  return best ?? other;
}
