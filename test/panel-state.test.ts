import { describe, expect, it } from 'vitest';
import { fitInWindow, toOpeningState, toPanelState } from '../lib/settings/panel-state';

describe('toPanelState', () => {
  it.each([
    [undefined, { collapsed: false, position: null }],
    ['junk', { collapsed: false, position: null }],
    [{ collapsed: true }, { collapsed: true, position: null }],
    [{ collapsed: 'yes', position: { left: 10, top: 20 } }, { collapsed: false, position: { left: 10, top: 20 } }],
    [{ position: { left: Infinity, top: 20 } }, { collapsed: false, position: null }],
    [{ position: { left: '5', top: 20 } }, { collapsed: false, position: null }],
  ])('%j -> %j', (raw, expected) => {
    expect(toPanelState(raw)).toEqual(expected);
  });
});

describe('fitInWindow', () => {
  const panel = { width: 620, height: 700 };
  it('keeps a position that already fits', () => {
    expect(fitInWindow({ left: 100, top: 50 }, panel, { width: 1920, height: 1080 })).toEqual({ left: 100, top: 50 });
  });
  it('pulls a panel dragged to the bottom-right corner of 1920x1080 back inside', () => {
    // 1920 - 620 - 8 = 1292; 1080 - 700 - 8 = 372
    expect(fitInWindow({ left: 1800, top: 1000 }, panel, { width: 1920, height: 1080 })).toEqual({ left: 1292, top: 372 });
  });
  it('brings that position wholly on screen at 800x600 with a narrower panel', () => {
    // 800 - 340 - 8 = 452; 600 - 560 - 8 = 32
    expect(fitInWindow({ left: 1292, top: 372 }, { width: 340, height: 560 }, { width: 800, height: 600 })).toEqual({ left: 452, top: 32 });
  });
  it('keeps the top-left corner on screen when the panel is bigger than the window', () => {
    expect(fitInWindow({ left: 300, top: 300 }, { width: 900, height: 700 }, { width: 800, height: 600 })).toEqual({ left: 0, top: 0 });
    expect(fitInWindow({ left: -50, top: -20 }, panel, { width: 1920, height: 1080 })).toEqual({ left: 0, top: 0 });
  });
});

describe('toOpeningState', () => {
  const stored = { collapsed: false, position: { left: 40, top: 60 } };

  it('opens as stored when the overlay opens automatically', () => {
    expect(toOpeningState(stored, 'automatically')).toEqual(stored);
    expect(toOpeningState({ ...stored, collapsed: true }, 'automatically')).toEqual({ ...stored, collapsed: true });
  });

  it('opens collapsed, where it was dragged, when the reader chose to open it on a click', () => {
    expect(toOpeningState(stored, 'on-click')).toEqual({ collapsed: true, position: { left: 40, top: 60 } });
  });
});
