// By-code totals over many filings (section 4's "by code", summed exactly).

import type { CodeTotals } from '../figures/figures';
import { ExactSum, SHARE_DECIMALS } from './exact-sum';

export class CodeTotalsSum {
  private readonly byCode = new Map<string, { acquired: ExactSum; disposed: ExactSum; rows: number }>();

  add(byCode: Record<string, CodeTotals>, leaveOut: readonly string[] = []): void {
    for (const [code, totals] of Object.entries(byCode)) {
      if (leaveOut.includes(code)) continue;
      let sum = this.byCode.get(code);
      if (!sum) this.byCode.set(code, (sum = { acquired: new ExactSum(), disposed: new ExactSum(), rows: 0 }));
      sum.acquired.add(totals.acquired);
      sum.disposed.add(totals.disposed);
      sum.rows += totals.rows;
    }
  }

  result(): Record<string, CodeTotals> {
    const result: Record<string, CodeTotals> = {};
    for (const [code, sum] of this.byCode) {
      result[code] = { acquired: sum.acquired.value(SHARE_DECIMALS), disposed: sum.disposed.value(SHARE_DECIMALS), rows: sum.rows };
    }
    return result;
  }
}
