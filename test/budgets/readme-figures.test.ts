// The README's "Speed and size" table is the one place the project states its budgets and
// sizes: its budgets must be those of budgets.json, and its script sizes those of the build
// (within 1 KB, so a size that moved is noticed and the table updated).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from './budgets';
import { contentScriptSizes, KB } from './built-extension';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = README.slice(README.indexOf('## Speed and size'), README.indexOf('\n## ', README.indexOf('## Speed and size') + 1));

/** The table row whose first cell contains `label`: its budget and measured cells. */
function row(label: string): { budget: string; measured: string } {
  const line = section.split('\n').find((one) => one.startsWith('|') && one.split('|')[1]!.includes(label));
  if (!line) throw new Error(`README "Speed and size" has no row for ${label}`);
  const [, , budget, measured] = line.split('|').map((cell) => cell.trim());
  return { budget: budget!, measured: measured! };
}

describe('README, "Speed and size"', () => {
  it.each([
    ['content-scripts/sec.js', BUDGETS.filingPageScriptGzipKB],
    ['content-scripts/company.js', BUDGETS.companyPageScriptGzipKB],
    ['content-scripts/history.js', BUDGETS.historyScriptGzipKB],
    ['content-scripts/latest.js', BUDGETS.latestFilingsScriptGzipKB],
  ])('%s: the budget of budgets.json, and its built size within 1 KB', (file, budgetKb) => {
    const { budget, measured } = row(file);
    expect(budget).toBe(`${budgetKb} KB`);
    const built = contentScriptSizes('chrome-mv3').find((size) => size.file === file);
    expect(built, `${file} is built`).toBeDefined();
    const quoted = Number(/^([\d.]+) KB$/.exec(measured)?.[1]);
    expect(Math.abs(quoted - built!.gzipBytes / KB), `README says ${measured}, the build is ${(built!.gzipBytes / KB).toFixed(1)} KB`).toBeLessThanOrEqual(1);
  });

  it('quotes the overlay time budgets of budgets.json', () => {
    expect(row('DOMContentLoaded to the overlay').budget).toBe(`${BUDGETS.overlayFiguresMs} ms`);
    expect(row('service worker stopped').budget).toBe(`${BUDGETS.overlayFiguresWorkerStoppedMs} ms`);
  });

  it('states sizes of the built scripts nowhere else', () => {
    const elsewhere = README.replace(section, '').match(/\d+(?:\.\d+)? KB (?:gzip|\(budget)/g) ?? [];
    expect(elsewhere).toEqual([]);
  });
});
