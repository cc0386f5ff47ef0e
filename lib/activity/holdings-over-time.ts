// An insider's table I holdings after their latest filing. A filing reports only the lines it
// touches (a sale from a trust says nothing of shares held directly), so each line keeps the
// amount of the latest filing that reported it, and the total adds the lines. Lines are known by
// their name (lib/figures/holding-lines.ts): the footnotes of a "See Footnote" line tell it from
// another, whatever their ids (docs/design.md section 10).
//
// A line whose name is new may still be an old position reworded: Hoffman's Aurora filings name
// the same 1,000,000 shares by a footnote that says "acquired by Reprogrammed Interchange LLC"
// (2021), "held directly by" (2023), then "held by" (2024). As within a filing, a line whose
// amount continues a line the filing does not report (its amount before the filing equals that
// line's last amount, same security, held the same way) is that line, not a second one.

import type { EntryHolding } from './filing-entry';
import { ExactSum, SHARE_DECIMALS } from './exact-sum';
import { normalise } from '../text/text-key';

export class HoldingsOverTime {
  private readonly lines = new Map<string, EntryHolding>();

  /** Call in date order: a later filing's line replaces an earlier one. */
  add(lines: readonly EntryHolding[]): void {
    const reported = new Set(lines.map((line) => line.line));
    for (const line of lines) {
      if (!this.lines.has(line.line)) {
        const continued = this.findContinued(line, reported);
        if (continued !== undefined) this.lines.delete(continued);
      }
      // Re-inserted so the map lists lines in the order they were last reported.
      this.lines.delete(line.line);
      this.lines.set(line.line, line);
    }
  }

  /** The name of an unreported line that `line` continues, if any. */
  private findContinued(line: EntryHolding, reported: ReadonlySet<string>): string | undefined {
    if (line.before === null) return undefined;
    for (const [key, old] of this.lines) {
      if (reported.has(key) || old.sharesOwnedAfter !== line.before) continue;
      if (normalise(old.securityTitle) === normalise(line.securityTitle) && old.directOrIndirect === line.directOrIndirect) return key;
    }
    return undefined;
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
