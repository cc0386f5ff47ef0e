// WCAG AA contrast (4.5:1 for text) of every colour pair the overlay's stylesheet uses, in
// the light and the dark scheme, read from the stylesheet itself. The browser test runs
// axe-core on what is in view; this covers every pair, scrolled into view or not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../components/overlay.css', import.meta.url).pathname, 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

const light = variables(/\.root\s*\{([^}]*)\}/.exec(css)![1]!);
const dark = { ...light, ...variables(/prefers-color-scheme:\s*dark\)\s*\{\s*\.root\s*\{([^}]*)\}/.exec(css)![1]!) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

// [text, background] as the stylesheet pairs them.
const PAIRS = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['accent', 'bg'],
  ['chip-fg', 'chip-bg'],
  ['buy', 'bg'],
  ['sell', 'bg'],
  ['warn', 'bg'],
  ['fg', 'cited'],
  ['accent', 'cited'],
  ['tip-fg', 'tip-bg'],
  ['bg', 'accent'], // the Copy CSV button
] as const;

describe('overlay colour contrast', () => {
  it('reads both schemes from the stylesheet', () => {
    expect(Object.keys(light).length).toBeGreaterThanOrEqual(12);
    expect(dark.bg).not.toBe(light.bg);
  });

  for (const [scheme, colours] of [['light', light], ['dark', dark]] as const) {
    it.each(PAIRS)(`${scheme}: %s on %s meets 4.5:1`, (text, background) => {
      expect(contrast(colours[text]!, colours[background]!)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('the formula is right: black on white is 21:1, grey #777 on white fails AA', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});
