// axe-core in the real browser, on what we add only: the SEC's own page is not ours to judge.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Serious and critical axe violations inside `selector`; an array [host, inner] looks inside
 * the open shadow root of `host` (axe's "fromShadowDom" context).
 */
export async function seriousViolations(page: Page, selector: string | [string, string]): Promise<string[]> {
  // page.evaluate is not subject to the page's (or the extension page's) CSP, unlike a script tag.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const context = typeof include === 'string' ? { include: [[include]] } : { include: [{ fromShadowDom: include }] };
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations;
  }, selector);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}
