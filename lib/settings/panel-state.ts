// Where the overlay sits and whether it is collapsed, remembered in extension storage (local:
// a position suits one screen, so it is not synced). Read through toPanelState so a missing,
// old or tampered value always yields a valid state.

import type { Settings } from './settings';
import { isRecord } from '../xml/xml-values';

export const PANEL_STATE_KEY = 'overlayPanel';

export interface PanelPosition {
  left: number;
  top: number;
}

export interface PanelState {
  collapsed: boolean;
  /** Where the reader dragged the panel; null keeps it in the bottom-right corner. */
  position: PanelPosition | null;
}

export function toPanelState(raw: unknown): PanelState {
  const value = isRecord(raw) ? raw : {};
  const position = isRecord(value.position) ? value.position : undefined;
  const valid = position && Number.isFinite(position.left) && Number.isFinite(position.top);
  return {
    collapsed: value.collapsed === true,
    position: valid ? { left: Number(position.left), top: Number(position.top) } : null,
  };
}

/** The state a panel opens in: as stored, but collapsed when the reader chose to open it on a click. */
export function toOpeningState(stored: PanelState, openOverlay: Settings['openOverlay']): PanelState {
  return { ...stored, collapsed: openOverlay === 'on-click' ? true : stored.collapsed };
}

/** Gap kept between the panel and the window's edges. */
const MARGIN = 8;

/**
 * A position that keeps a box of this size wholly inside the window (a position saved on a
 * bigger screen, or before the window shrank, would leave the panel partly or wholly off it).
 * A box bigger than the window keeps its top-left corner on screen.
 */
export function fitInWindow(
  position: PanelPosition,
  box: { width: number; height: number },
  window: { width: number; height: number },
): PanelPosition {
  const fit = (start: number, size: number, room: number) =>
    Math.max(0, Math.min(start, room - size - MARGIN));
  return { left: fit(position.left, box.width, window.width), top: fit(position.top, box.height, window.height) };
}
