// An insider's table I holdings after their latest filing. A filing reports only the lines it
// touches (a sale from a trust says nothing of shares held directly), so each line keeps the
// amount of the latest filing that reported it, and the total adds the lines. Lines are known by
// their name (lib/figures/holding-lines.ts): the footnotes of a "See Footnote" line tell it from
// another, whatever their ids (docs/design.md section 10).

import type { EntryHolding } from './filing-entry';
import { ExactSum, SHARE_DECIMALS } from './exact-sum';
import { normalise } from '../text/text-key';

export class HoldingsOverTime {
  private readonly lines = new Map<string, EntryHolding>();

  /** Call in date order: a later filing's line replaces an earlier one. */
  add(lines: readonly EntryHolding[]): void {
    for (const line of lines) {
      // Re-inserted so the map lists lines in the order they were last reported.
      this.lines.delete(line.line);
      this.lines.set(line.line, line);
    }
  }

  /** Table I shares after the latest filing; null with no line, or lines in different securities. */
  total(): number | null {
    const lines = [...this.lines.values()];
    const securities = new Set(lines.map((line) => normalise(line.securityTitle)));
    if (lines.length === 0 || securities.size > 1) return null;
    const total = new ExactSum();
    for (const line of lines) total.add(line.sharesOwnedAfter ?? 0);
    return total.value(SHARE_DECIMALS);
  }
}
