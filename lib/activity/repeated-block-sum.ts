// What an issuer's panel says of the blocks it counted once (docs/design.md section 10, "One
// block, one count"): how many rows, their shares and dollars, and whose filings repeated them.

import type { BlockRow } from './blocks';
import { ExactSum, MONEY_DECIMALS, SHARE_DECIMALS } from './exact-sum';
import type { FilingEntry } from './filing-entry';

export interface RepeatedBlocks {
  /** Rows left out because a related owner's filing already reported them. */
  rows: number;
  shares: number;
  value: number;
  /** "Mithril II GP LP, as reported by MITHRIL II LP": who repeated whom, once per pair. */
  reportedBy: { repeated: string; first: string }[];
}

const nameOf = (entry: FilingEntry) => entry.owners.map((owner) => owner.name ?? owner.cik).join(', ');

export class RepeatedBlockSum {
  private rows = 0;
  private readonly shares = new ExactSum();
  private readonly value = new ExactSum();
  private readonly pairs = new Map<string, { repeated: string; first: string }>();

  add(row: BlockRow, first: FilingEntry, repeated: FilingEntry): void {
    this.rows += 1;
    this.shares.add(row.shares);
    if (row.value !== null) this.value.add(row.value);
    const pair = { repeated: nameOf(repeated), first: nameOf(first) };
    this.pairs.set(`${pair.repeated}\u0000${pair.first}`, pair);
  }

  result(): RepeatedBlocks | null {
    if (this.rows === 0) return null;
    return { rows: this.rows, shares: this.shares.value(SHARE_DECIMALS), value: this.value.value(MONEY_DECIMALS), reportedBy: [...this.pairs.values()] };
  }
}
