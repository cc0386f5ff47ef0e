import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Filings with more items than this render only what the scroll area shows. */
export const WINDOW_FROM = 120;
/** Items drawn beyond each edge of the visible area, so a quick scroll shows no gap. */
const OVERSCAN_PX = 600;

export interface ItemWindow {
  start: number;
  end: number;
  /** Height of the items before `start` and after `end`, kept as spacers so the scrollbar stays true. */
  before: number;
  after: number;
}

/** Offsets of item tops: offsets[i] is the height of the items before i; the last entry is the total. */
export function toOffsets(heights: number[]): number[] {
  const offsets = [0];
  for (const height of heights) offsets.push(offsets[offsets.length - 1]! + height);
  return offsets;
}

/** First index whose bottom lies below `y` (binary search: rows have different heights). */
function indexAt(offsets: number[], y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle + 1]! <= y) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The items of a list of known heights that meet the band [top, bottom] (list coordinates). */
export function toItemWindow(offsets: number[], top: number, bottom: number): ItemWindow {
  const count = offsets.length - 1;
  const start = Math.min(count, indexAt(offsets, Math.max(0, top - OVERSCAN_PX)));
  const end = Math.min(count, indexAt(offsets, bottom + OVERSCAN_PX) + 1);
  return { start, end, before: offsets[start]!, after: offsets[count]! - offsets[end]! };
}

/**
 * Which items of a long table to draw, following the scroll of the nearest scrolling ancestor.
 * Short tables draw everything (null). The work per scroll event is one binary search.
 */
export function useItemWindow(list: RefObject<HTMLElement | null>, offsets: number[]): ItemWindow | null {
  const windowed = offsets.length - 1 > WINDOW_FROM;
  const [band, setBand] = useState({ top: 0, bottom: 1200 });
  useEffect(() => {
    const element = list.current;
    if (!windowed || !element) return;
    let scroller: HTMLElement | null = element.parentElement;
    while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
    if (!scroller) return;
    const area = scroller;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const listTop = element.getBoundingClientRect().top;
      const areaRect = area.getBoundingClientRect();
      setBand({ top: areaRect.top - listTop, bottom: areaRect.bottom - listTop });
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    area.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      area.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [list, windowed]);
  return windowed ? toItemWindow(offsets, band.top, band.bottom) : null;
}
