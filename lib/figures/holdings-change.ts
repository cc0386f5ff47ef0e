// The change in holdings next to an open-market net (OpenInsider's "ΔOwn"), against the
// insider's position, not the line traded (docs/design.md section 10): the net as a share of
// what the owner held just before the open-market trading, over every table I line of the
// filing (each class of the issuer's stock, every way it is held, joint filers' lines once) and
// the table II lines that convert one for one into stock (Class B into Class A, units into
// shares).
//
// A traded line's amount before is its amount after its last open-market row minus the line's
// open-market signed shares (+ acquired, - disposed). Counting from the last row keeps other
// rows of the same day out: YELP 2013-03-18 (Levchin) converts Class B to Class A (C) and sells
// it (S) four times; from the first sale the line would read 633 + 1,265 shares before. Lines
// not traded count at their amount after the filing.
//
// Real failures of the one-line figure: Brin's GOOG 2015-10-02 (converted 16,670 Class B and
// sold them) read -100% while he held 21,109,310 Class B and 21,169,379 Class C; Fractyl's six
// joint filers of 2024-02-06 read +36.3% against the one line bought on, where the two lines
// held 6,078,868 shares before (+5.5%).

import { add, subtract, toDecimal, toRoundedNumber, ZERO, type Decimal } from './decimal';
import { lastRowOfEachLine } from './holdings-after';
import type { Field, OwnershipDocument, Row } from '../filing/model';
import { isMeasuredInDollars } from '../filing/row-amount';

export interface HoldingsChange {
  /** Signed shares of the open-market rows: bought - sold (the open-market net). */
  netShares: number;
  /** The position just before the open-market trading, over the lines in `basis`. */
  sharesBefore: number;
  /** netShares / sharesBefore as a fraction (-0.3731 is -37.31%), to 6 decimals; null when new or contradictory. */
  change: number | null;
  /** Nothing was held before (sharesBefore is 0): a new position, not a percentage. */
  newPosition: boolean;
  /** A traded line would have held less than nothing before: the filing's amounts contradict its trades ("n/a"). */
  contradictory: boolean;
  /** How many holding lines are in the position. */
  lines: number;
  /** The lines in the position: "Class B Common Stock, direct (converts one for one)". */
  basis: string[];
}

// Table II securities that are a right to stock at a price or on conditions, not stock in another
// form: they are not yet the insider's shares.
const NOT_STOCK_YET = /option|warrant|right|restricted|\brsus?\b|performance|phantom|appreciation|deferred|preferred|note|debenture|award/i;

function exact(field: Field<number>): Decimal {
  return toDecimal(field.value!, field.text);
}

function signed(row: Row): Decimal {
  const shares = exact(row.shares);
  return row.acquiredDisposed.value === 'D' ? { units: -shares.units, scale: shares.scale } : shares;
}

/**
 * A table II line that is the issuer's stock in another form: no exercise price, and its last
 * row covers as many underlying shares as it moves (a transaction) or holds (a holding row).
 */
function convertsOneForOne(row: Row): boolean {
  if (NOT_STOCK_YET.test(row.securityTitle.text ?? '') || isMeasuredInDollars(row)) return false;
  if ((row.conversionOrExercisePrice.value ?? 0) !== 0 || row.underlyingShares.value === null) return false;
  const units = row.kind === 'holding' ? row.sharesOwnedAfter.value : row.shares.value;
  return units !== null && units === row.underlyingShares.value;
}

function describeLine(row: Row, convertible: boolean): string {
  const held = row.directOrIndirect.value === 'I' ? 'indirect' : 'direct';
  const nature = row.natureOfOwnership.text ? ` (${row.natureOfOwnership.text})` : '';
  return `${row.securityTitle.text ?? 'Untitled security'}, ${held}${nature}${convertible ? ', converts one for one' : ''}`;
}

/**
 * The change in holdings made by the open-market rows given (table I P acquired and S disposed,
 * in filing order); `keys` names each row's holding line (toHoldingLineKeys). null when there
 * are no such rows, or when one lacks its shares, its direction or its amount owned after.
 */
export function toHoldingsChange(document: OwnershipDocument, openMarketRows: Row[], keys: ReadonlyMap<Row, string>): HoldingsChange | null {
  if (openMarketRows.length === 0) return null;
  const complete = openMarketRows.every(
    (row) => row.shares.value !== null && row.sharesOwnedAfter.value !== null && row.acquiredDisposed.value !== null,
  );
  if (!complete) return null;

  const traded = new Map<string, { last: Row; traded: Decimal }>();
  let net = ZERO;
  for (const row of openMarketRows) {
    const key = keys.get(row)!;
    const line = traded.get(key);
    if (line) {
      line.last = row;
      line.traded = add(line.traded, signed(row));
    } else {
      traded.set(key, { last: row, traded: signed(row) });
    }
    net = add(net, signed(row));
  }

  let before = ZERO;
  let contradictory = false;
  const basis: string[] = [];
  for (const row of lastRowOfEachLine(document, keys)) {
    const line = traded.get(keys.get(row)!);
    if (line) {
      const lineBefore = subtract(exact(line.last.sharesOwnedAfter), line.traded);
      if (lineBefore.units < 0n) contradictory = true;
      before = add(before, lineBefore);
      basis.push(describeLine(row, false));
      continue;
    }
    if (row.sharesOwnedAfter.value === null) continue;
    const convertible = row.table === 'derivative' && convertsOneForOne(row);
    const stock = row.table === 'nonDerivative' && !isMeasuredInDollars(row) && !/preferred/i.test(row.securityTitle.text ?? '');
    if (!stock && !convertible) continue;
    before = add(before, exact(row.sharesOwnedAfter));
    basis.push(describeLine(row, convertible));
  }

  const sharesBefore = toRoundedNumber(before, 6);
  const netShares = toRoundedNumber(net, 6);
  const newPosition = !contradictory && sharesBefore === 0;
  return {
    netShares,
    sharesBefore,
    change: contradictory || newPosition ? null : Number((netShares / sharesBefore).toFixed(6)),
    newPosition,
    contradictory,
    lines: basis.length,
    basis,
  };
}
