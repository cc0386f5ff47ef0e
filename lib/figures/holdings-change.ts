// The change in holdings next to an open-market net (docs/design.md section 4, "Reading right";
// OpenInsider's "ΔOwn" = traded / (owned after - traded)): the net as a share of what the traded
// line(s) held before the open-market trading. Per line, before = the amount owned after its last
// open-market row minus the line's open-market signed shares (+ acquired, - disposed).
//
// Counting from the line's last row rather than its first keeps other rows of the same day out
// of the base: YELP 2013-03-18 (Levchin) converts Class B to Class A (C) and sells it (S) four
// times; counted from the first sale, the base would be 633 + 1,265 shares and the net -22,398
// would read -1,180%. Counted this way the base is the 22,398 shares sold: -100%. Where no
// other row sits between, both agree (AAPL 2019-05-02, Williams: 151,187 after the first sale of
// 13,433 and 108,209 after the last, 164,620 before either way).

import { add, subtract, toDecimal, toRoundedNumber, ZERO, type Decimal } from './decimal';
import { toHoldingLineKey } from './holdings-after';
import type { Field, Row } from '../filing/model';
import { normalise } from '../text/text-key';

export interface HoldingsChange {
  /** Signed shares of the open-market rows: bought - sold (the open-market net). */
  netShares: number;
  /** Shares held on the traded line(s) just before their first open-market row. */
  sharesBefore: number;
  /** netShares / sharesBefore as a fraction (-0.3731 is -37.31%), to 6 decimals; null for a new position. */
  change: number | null;
  /** Nothing was held before (sharesBefore is 0): a new position, not a percentage. */
  newPosition: boolean;
  /** How many holding lines the open-market rows are on. */
  lines: number;
}

function exact(field: Field<number>): Decimal {
  return toDecimal(field.value!, field.text);
}

function signed(row: Row): Decimal {
  const shares = exact(row.shares);
  return row.acquiredDisposed.value === 'D' ? { units: -shares.units, scale: shares.scale } : shares;
}

/**
 * The change in holdings made by the open-market rows given (table I P acquired and S disposed,
 * in filing order). null when there are none, when a row lacks its shares, its direction or its
 * amount owned after, when the rows are in different securities (no one percentage), or when the
 * amounts say less than nothing was held before (a filing error).
 */
export function toHoldingsChange(openMarketRows: Row[]): HoldingsChange | null {
  if (openMarketRows.length === 0) return null;
  const complete = openMarketRows.every(
    (row) => row.shares.value !== null && row.sharesOwnedAfter.value !== null && row.acquiredDisposed.value !== null,
  );
  if (!complete) return null;
  if (new Set(openMarketRows.map((row) => normalise(row.securityTitle.text))).size > 1) return null;

  const lines = new Map<string, { last: Row; traded: Decimal }>();
  for (const row of openMarketRows) {
    const key = toHoldingLineKey(row);
    const line = lines.get(key);
    if (line) {
      line.last = row;
      line.traded = add(line.traded, signed(row));
    } else {
      lines.set(key, { last: row, traded: signed(row) });
    }
  }
  let before = ZERO;
  let net = ZERO;
  for (const { last, traded } of lines.values()) {
    before = add(before, subtract(exact(last.sharesOwnedAfter), traded));
    net = add(net, traded);
  }

  const sharesBefore = toRoundedNumber(before, 6);
  if (sharesBefore < 0) return null;
  const netShares = toRoundedNumber(net, 6);
  return {
    netShares,
    sharesBefore,
    change: sharesBefore === 0 ? null : Number((netShares / sharesBefore).toFixed(6)),
    newPosition: sharesBefore === 0,
    lines: lines.size,
  };
}
