// An exercise (or conversion) and a sale of the underlying shares on the same day read as one
// story (docs/design.md section 4, "Reading right"): TSLA 2021-11-08 (Musk) reads "exercised
// 2,154,572 options at $6.24 and sold 257,279 shares the same day", not as two unrelated lines.
// Codes M (exempt exercise or conversion), X (in- or at-the-money exercise) and C (conversion),
// Form 4 General Instruction 8. A filer reports the exercise twice: the derivative given up in
// table II (A/D = D) and the shares received in table I (A/D = A); either may be missing.

import { add, multiply, toRoundedNumber, ZERO } from './decimal';
import type { Row } from '../filing/model';
import { normalise } from '../text/text-key';
import { exactValue } from './row-value';

export interface Exercise {
  /** Index into document.transactions of the table II row given up (null when only table I reports it). */
  derivativeRow: number | null;
  /** Index into document.transactions of the table I row of shares received (null when not filed). */
  acquisitionRow: number | null;
  code: 'M' | 'X' | 'C';
  /** "Non-Qualifed Stock Option (right to buy)", "Class B Common Stock"; the table I title when table II is silent. */
  derivativeTitle: string | null;
  /** Options or units exercised, in the derivative's own units (table II shares; else table I shares). */
  units: number | null;
  /** Shares of the underlying received (table I shares; else table II underlying shares). */
  underlyingShares: number | null;
  /** conversionOrExercisePrice of the derivative; else the table I row's price (the strike, as filers put it). */
  exercisePrice: number | null;
}

export interface ExerciseAndSale {
  /** The transaction date both share (ISO). */
  date: string;
  /** The security received and sold ("Common Stock"). */
  underlyingTitle: string | null;
  exercises: Exercise[];
  /**
   * Sum of the exercises' units (options or units exercised); null when they are units of
   * different derivative securities (Series A and Series B preferred are not one number), or
   * when an exercise does not give its units. See exercises.
   */
  exercisedUnits: number | null;
  /** The exercise price when every exercise has the same one; null when none is given or they differ. */
  exercisePrice: number | null;
  /** The derivative's title when every exercise has the same one, else null (see exercises). */
  derivativeTitle: string | null;
  /** Sum of the exercises' underlying shares received. */
  acquiredShares: number;
  /** Indexes into document.transactions of the same-day S rows (disposed) of the underlying. */
  saleRows: number[];
  soldShares: number;
  /** Shares x filed price of the priced sale rows, to the cent. */
  soldValue: number;
  /** Shares of the sale rows with a filed price: the shares soldValue covers. */
  soldPricedShares: number;
  /** soldValue / soldPricedShares to 4 decimals; null when no sale row is priced. */
  soldAveragePrice: number | null;
}

const EXERCISE_CODES = new Set(['M', 'X', 'C']);

function isExercise(row: Row): row is Row & { code: 'M' | 'X' | 'C' } {
  return row.code !== null && EXERCISE_CODES.has(row.code);
}

interface Indexed {
  row: Row;
  index: number;
}

/** Table II rows given up and table I rows received, matched in filing order per code and underlying. */
function toExercises(rows: Indexed[]): { underlying: string; exercise: Exercise }[] {
  // Table I receipts waiting for their table II row, by code and security: linear in the rows.
  const waiting = new Map<string, Indexed[]>();
  const received = rows.filter(({ row }) => row.table === 'nonDerivative' && isExercise(row) && row.acquiredDisposed.value === 'A');
  for (const item of received) {
    const key = `${item.row.code}\u0000${normalise(item.row.securityTitle.text)}`;
    const queue = waiting.get(key);
    if (queue) queue.push(item);
    else waiting.set(key, [item]);
  }
  const matched = new Set<number>();
  const exercises: { underlying: string; exercise: Exercise }[] = [];
  for (const { row, index } of rows) {
    if (row.table !== 'derivative' || !isExercise(row) || row.acquiredDisposed.value !== 'D') continue;
    const underlying = normalise(row.underlyingTitle.text);
    const acquisition = waiting.get(`${row.code}\u0000${underlying}`)?.shift() ?? null;
    if (acquisition) matched.add(acquisition.index);
    exercises.push({
      underlying,
      exercise: {
        derivativeRow: index,
        acquisitionRow: acquisition?.index ?? null,
        code: row.code,
        derivativeTitle: row.securityTitle.text,
        units: row.shares.value,
        underlyingShares: acquisition?.row.shares.value ?? row.underlyingShares.value,
        exercisePrice: row.conversionOrExercisePrice.value ?? acquisition?.row.pricePerShare.value ?? null,
      },
    });
  }
  for (const { row, index } of received) {
    if (matched.has(index)) continue;
    exercises.push({
      underlying: normalise(row.securityTitle.text),
      exercise: {
        derivativeRow: null,
        acquisitionRow: index,
        code: row.code as Exercise['code'],
        derivativeTitle: null,
        units: row.shares.value,
        underlyingShares: row.shares.value,
        exercisePrice: row.pricePerShare.value,
      },
    });
  }
  return exercises;
}

function common<T>(values: T[]): T | null {
  return values.length > 0 && values.every((value) => value === values[0]) ? values[0]! : null;
}

function sumOf(values: (number | null)[]): number {
  return values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
}

function toPair(date: string, underlyingTitle: string | null, exercises: Exercise[], sales: Indexed[]): ExerciseAndSale {
  let soldShares = ZERO;
  let soldValue = ZERO;
  let soldPricedShares = ZERO;
  for (const { row } of sales) {
    const shares = exactValue(row.shares);
    soldShares = add(soldShares, shares);
    if (row.pricePerShare.value !== null) {
      soldValue = add(soldValue, multiply(shares, exactValue(row.pricePerShare)));
      soldPricedShares = add(soldPricedShares, shares);
    }
  }
  const weight = toRoundedNumber(soldPricedShares, 6);
  const titles = exercises.map((exercise) => (exercise.derivativeTitle === null ? null : normalise(exercise.derivativeTitle)));
  const sameSecurity = common(titles) !== null || exercises.every((exercise) => exercise.derivativeRow === null);
  const derivativeTitle = sameSecurity ? (exercises[0]?.derivativeTitle ?? null) : null;
  const addable = sameSecurity && exercises.every((exercise) => exercise.units !== null);
  return {
    date,
    underlyingTitle,
    exercises,
    exercisedUnits: addable ? Number(sumOf(exercises.map((exercise) => exercise.units)).toFixed(6)) : null,
    exercisePrice: common(exercises.map((exercise) => exercise.exercisePrice)),
    derivativeTitle,
    acquiredShares: Number(sumOf(exercises.map((exercise) => exercise.underlyingShares)).toFixed(6)),
    saleRows: sales.map((sale) => sale.index),
    soldShares: toRoundedNumber(soldShares, 6),
    soldValue: toRoundedNumber(soldValue, 2),
    soldPricedShares: weight,
    soldAveragePrice: weight !== 0 ? Number((toRoundedNumber(soldValue, 8) / weight).toFixed(4)) : null,
  };
}

/**
 * Each date and underlying security with both an exercise (M, X or C) and a sale (S, disposed,
 * table I) of that security: one pair, in date order. Exercises with no same-day sale, and sales
 * with no same-day exercise, make no pair.
 */
export function findExerciseAndSales(transactions: Row[]): ExerciseAndSale[] {
  const byDate = new Map<string, Indexed[]>();
  transactions.forEach((row, index) => {
    const date = row.transactionDate.value;
    if (date === null) return;
    let rows = byDate.get(date);
    if (!rows) byDate.set(date, (rows = []));
    rows.push({ row, index });
  });
  const pairs: ExerciseAndSale[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const rows = byDate.get(date)!;
    const exercises = toExercises(rows);
    const byUnderlying = new Map<string, Exercise[]>();
    for (const { underlying, exercise } of exercises) {
      const list = byUnderlying.get(underlying);
      if (list) list.push(exercise);
      else byUnderlying.set(underlying, [exercise]);
    }
    const salesBySecurity = new Map<string, Indexed[]>();
    for (const item of rows) {
      const { row } = item;
      if (row.table !== 'nonDerivative' || row.code !== 'S' || row.acquiredDisposed.value !== 'D') continue;
      const security = normalise(row.securityTitle.text);
      const list = salesBySecurity.get(security);
      if (list) list.push(item);
      else salesBySecurity.set(security, [item]);
    }
    for (const [underlying, mine] of byUnderlying) {
      const sales = salesBySecurity.get(underlying);
      if (sales) pairs.push(toPair(date, sales[0]!.row.securityTitle.text, mine, sales));
    }
  }
  return pairs;
}
