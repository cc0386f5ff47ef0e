// Where the activity timeline draws its marks (components/activity/timeline-layout.ts): the log
// scale of heights and the columns of days, worked out by hand.

import { describe, expect, it } from 'vitest';
import { MIN_HEIGHT, pickMark, placeMarks, SCALE_FLOOR, toLogScale, type MarkSlot } from '../../components/activity/timeline-layout';

describe('toLogScale', () => {
  const scale = toLogScale(4e9, 76);

  it('runs from $10K at the axis to the largest mark, never below the least height', () => {
    expect(SCALE_FLOOR).toBe(10_000);
    expect(scale.top).toBe(4e9);
    expect(scale.height(4e9)).toBe(76);
    expect(scale.height(SCALE_FLOOR)).toBe(MIN_HEIGHT);
    expect(scale.height(500)).toBe(MIN_HEIGHT);
    expect(scale.height(null)).toBe(MIN_HEIGHT);
  });

  it('keeps $60K visible next to $4B: log10(6) / log10(400,000) of the reach above the least height', () => {
    // 3 + 73 x 0.77815 / 5.60206 = 13.14 px
    expect(scale.height(60_000)).toBeCloseTo(13.14, 2);
    // A square root (area) scale would give 76 x sqrt(60,000 / 4e9) = 0.29 px.
    expect(scale.height(1e9) - scale.height(1e8)).toBeCloseTo(73 / 5.60206, 3);
  });

  it('names the decades between floor and top; a window of small trades reaches $100K', () => {
    expect(scale.decades).toEqual([1e5, 1e6, 1e7, 1e8, 1e9]);
    expect(toLogScale(5_000, 76)).toMatchObject({ top: 100_000, decades: [] });
  });
});

describe('placeMarks', () => {
  const at: Record<string, number> = { '2022-01-03': 100, '2022-01-04': 101, '2022-06-01': 300 };
  const xOf = (date: string) => at[date] ?? Number(date.slice(8)) + 99;
  const slots = (...list: [string, 'P' | 'S'][]): MarkSlot[] => list.map(([date, code]) => ({ date, code }));

  it('centres a lone mark, 8px wide, on its day', () => {
    expect(placeMarks(slots(['2022-06-01', 'S']), xOf, 0, 600)).toEqual([{ x: 296, width: 8, centre: 300, dayX: 300 }]);
  });

  it("stands a day's insiders side by side; its buys and sells share the columns", () => {
    // Two columns: 8 + 1 + 8 = 17 px centred on 100.
    const placed = placeMarks(slots(['2022-01-03', 'P'], ['2022-01-03', 'S'], ['2022-01-03', 'S']), xOf, 0, 600);
    expect(placed.map((mark) => mark.x)).toEqual([91.5, 91.5, 100.5]);
  });

  it('pushes neighbouring days apart, centred on them', () => {
    // 8 + 2 + 8 = 18 px for the days at 100 and 101: from 91.5, each 4.5 px off its day.
    const placed = placeMarks(slots(['2022-01-03', 'S'], ['2022-01-04', 'S'], ['2022-06-01', 'P']), xOf, 0, 600);
    expect(placed.map((mark) => [mark.x, mark.centre])).toEqual([
      [91.5, 95.5],
      [101.5, 105.5],
      [296, 300],
    ]);
  });

  it('narrows the columns on a crowded window, down to 2px', () => {
    // Ten days 1px apart (100 to 109): even 2px columns (38 px in all) move the outer ones 13.5 px.
    const days = Array.from({ length: 10 }, (_, i) => [`2022-02-${String(i + 1).padStart(2, '0')}`, 'S'] as [string, 'S']);
    const placed = placeMarks(slots(...days), xOf, 0, 600);
    expect(placed.map((mark) => mark.width)).toEqual(Array(10).fill(2));
    expect(placed[0]!.x).toBe(85.5);
    expect(placed.slice(1).every((mark, i) => mark.x - placed[i]!.x === 4)).toBe(true);
    // Four days (100 to 103): columns of w px move the outer ones 1.5 + 1.5w px: 13.5 for 8, 10.5
    // for 6, 7.5 for 4, the widest within the 10 px allowed.
    expect(placeMarks(slots(...days.slice(0, 4)), xOf, 0, 600).map((mark) => mark.width)).toEqual([4, 4, 4, 4]);
  });

  it('keeps marks inside the plot', () => {
    expect(placeMarks(slots(['2022-01-03', 'S']), () => 0, 10, 600)[0]!.x).toBe(10);
    expect(placeMarks(slots(['2022-01-03', 'S']), () => 600, 10, 600)[0]!.x).toBe(592);
  });
});

describe('pickMark', () => {
  const marks: MarkSlot[] = [
    { date: '2022-01-03', code: 'S' },
    { date: '2022-01-04', code: 'S' },
    { date: '2022-01-04', code: 'P' },
  ];
  const placed = [
    { x: 91.5, width: 8, centre: 95.5, dayX: 100 },
    { x: 101.5, width: 8, centre: 105.5, dayX: 101 },
    { x: 101.5, width: 8, centre: 105.5, dayX: 101 },
  ];

  it('takes the nearest centre on the pointer side of the axis', () => {
    expect(pickMark(placed, marks, 99, 'S')).toBe(0);
    expect(pickMark(placed, marks, 101, 'S')).toBe(1);
    expect(pickMark(placed, marks, 101, 'P')).toBe(2);
  });

  it('takes a mark on the other side when its own has none near, and none when nothing is near', () => {
    expect(pickMark(placed, marks, 90, 'P')).toBe(0);
    expect(pickMark(placed, marks, 200, 'S')).toBeNull();
  });
});
