// An insider's holdings after their latest filing. A filing reports only the lines it touches
// (a sale from a trust says nothing of shares held directly), so each line keeps the amount of
// the latest filing that reported it, and the total adds the lines of table I.

import type { HoldingLine } from '../figures';
import { ExactSum, SHARE_DECIMALS } from './exact-sum';
import { normalise } from '../text-key';

function lineKey(line: HoldingLine): string {
  return [line.table, normalise(line.securityTitle), line.directOrIndirect ?? '', normalise(line.natureOfOwnership)].join('\u0000');
}

export interface HoldingsAfter {
  lines: HoldingLine[];
  /** Shares of table I after the latest filing; null with no table I line, or lines in different securities. */
  total: number | null;
}

export class HoldingsOverTime {
  private readonly lines = new Map<string, HoldingLine>();

  /** Call in date order: a later filing's line replaces an earlier one. */
  add(lines: HoldingLine[]): void {
    for (const line of lines) {
      const key = lineKey(line);
      // Re-inserted so the map lists lines in the order they were last reported.
      this.lines.delete(key);
      this.lines.set(key, line);
    }
  }

  result(): HoldingsAfter {
    const lines = [...this.lines.values()];
    const equity = lines.filter((line) => line.table === 'nonDerivative');
    const securities = new Set(equity.map((line) => normalise(line.securityTitle)));
    if (equity.length === 0 || securities.size > 1) return { lines, total: null };
    const total = new ExactSum();
    for (const line of equity) total.add(line.sharesOwnedAfter ?? 0);
    return { lines, total: total.value(SHARE_DECIMALS) };
  }
}
