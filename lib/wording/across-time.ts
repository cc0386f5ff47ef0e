// The sentences that tell a reader a figure across filings is not as filed, or what an insider's
// trading pattern says (docs/design.md section 10): one wording for the company panel, the
// history and `form4-lens activity`.

import type { RepeatedBlocks } from '../activity/repeated-block-sum';
import type { InsiderSignals } from '../activity/signals';
import { SIGNAL_DEFINITIONS } from '../activity/signals';
import type { Split } from '../activity/splits';
import { formatShares } from './format';

/** "3-for-1", "1-for-50 reverse". */
export function describeSplitRatio(ratio: number): string {
  return ratio >= 1 ? `${Number(ratio.toFixed(4))}-for-1` : `1-for-${Number((1 / ratio).toFixed(4))} reverse`;
}

function describeSplit(split: Split): string {
  const when =
    split.from === split.to ? `of ${split.to}` : split.from === null ? `before ${split.to}` : `between ${split.from} and ${split.to}`;
  return `the ${describeSplitRatio(split.ratio)} split ${when}`;
}

/**
 * "Shares and prices are adjusted for the 3-for-1 split between 2022-08-09 and 2022-11-04, in
 * the shares of 2022-11-30." Null without splits.
 */
export function describeSplitAdjustment(splits: readonly Split[], windowEnd: string | null): string | null {
  if (splits.length === 0) return null;
  const which = splits.map(describeSplit).join(' and ');
  return `Shares and prices are adjusted for ${which}${windowEnd ? `, in the shares of ${windowEnd}` : ''}.`;
}

/** "As filed: sold 43,607,743 shares." Null when nothing differs. */
export function describeAsFiled(asFiled: { boughtShares: number; soldShares: number } | null, locale?: string): string | null {
  if (asFiled === null) return null;
  const parts = [
    ...(asFiled.boughtShares !== 0 ? [`bought ${formatShares(asFiled.boughtShares, locale)}`] : []),
    ...(asFiled.soldShares !== 0 ? [`sold ${formatShares(asFiled.soldShares, locale)}`] : []),
  ];
  return parts.length === 0 ? null : `As filed, before adjusting: ${parts.join(', ')} shares.`;
}

/** "1 trade reported again by Mithril II GP LP (already in MITHRIL II LP's filing) is counted once." */
export function describeRepeatedBlocks(blocks: RepeatedBlocks | null, locale?: string): string | null {
  if (blocks === null) return null;
  const trades = `${blocks.rows} trade${blocks.rows === 1 ? '' : 's'} (${formatShares(blocks.shares, locale)} shares)`;
  const who = blocks.reportedBy.map(({ repeated, first }) => `${repeated}, already in ${first}'s filing`).join('; ');
  return `${trades} reported again by a related owner (${who}) ${blocks.rows === 1 ? 'is' : 'are'} counted once in these totals.`;
}

export interface SignalWords {
  /** "opportunistic", "routine", "first buy", "unclassified" ... */
  label: string;
  /** The one-line definition, and why it is undecided when it is. */
  title: string;
}

/** An insider's signals as short labels with their definitions: what a table cell and a terminal line show. */
export function describeSignals(signals: InsiderSignals | null): SignalWords[] {
  if (signals === null) return [];
  const words: SignalWords[] = [];
  if (signals.routine === true) words.push({ label: 'routine', title: SIGNAL_DEFINITIONS.routine });
  else if (signals.routine === false) words.push({ label: 'opportunistic', title: SIGNAL_DEFINITIONS.opportunistic });
  else if (signals.routineUndecided !== null) {
    words.push({ label: 'unclassified', title: `Neither routine nor opportunistic: ${signals.routineUndecided}. ${SIGNAL_DEFINITIONS.opportunistic}` });
  }
  if (signals.firstBuy === true) words.push({ label: 'first buy', title: SIGNAL_DEFINITIONS.firstBuy });
  else if (signals.firstBuy === null && signals.firstBuyUndecided !== null) {
    words.push({ label: 'first buy?', title: `First buy: undecided, ${signals.firstBuyUndecided}. ${SIGNAL_DEFINITIONS.firstBuy}` });
  }
  return words;
}

/** "+0.42" for a net purchase ratio, "n/a" without priced trades. */
export function formatNetPurchaseRatio(ratio: number | null): string {
  if (ratio === null) return 'n/a';
  return `${ratio > 0 ? '+' : ''}${ratio.toFixed(2)}`;
}

export { SIGNAL_DEFINITIONS };
