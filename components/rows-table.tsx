import { useMemo, useRef } from 'preact/hooks';
import type { Field, Row, TableKind } from '../lib/filing/model';
import { formatMoney, formatPrice, formatPriceFixed, formatShares, toPriceDecimals } from '../lib/wording/format';
import { transactionValue } from '../lib/figures/row-value';
import { Cell, Markers, type FootnoteProps } from './cell';
import { CodeChip } from './code-chip';
import { toOffsets, useItemWindow } from './rows-window';

interface RowsTableProps extends FootnoteProps {
  rows: Row[];
  /** P/S rows whose A/D contradicts the code. */
  inconsistentRows: Set<Row>;
  /** The holding line of each row, in the order of `rows` (Figures.holdingLineIds). */
  lineIds: string[];
  locale?: string;
}

const TABLE_TITLES: Record<TableKind, string> = {
  nonDerivative: 'Table I: shares and other non-derivative securities',
  derivative: 'Table II: options, units and other derivative securities',
};

// Every item has a fixed height (the CSS keeps each cell to its lines), so a long filing can
// draw only the rows in view and still know where each one sits.
const ROW_HEIGHT = 36;
const LINE_HEIGHT = 22;
const DERIVATIVE_LINE_HEIGHT = 38;

/** A run of rows in one holding line (same security, held the same way), under one heading. */
type Item = { kind: 'line'; row: Row; key: string } | { kind: 'row'; row: Row; key: string };

/** Rows in filing order, with a heading wherever the holding line changes. */
function toItems(rows: Row[], lineKeys: ReadonlyMap<Row, string>): Item[] {
  const items: Item[] = [];
  let previous: string | null = null;
  for (const row of rows) {
    const key = lineKeys.get(row) ?? '';
    const id = `${row.kind}-${row.index}`;
    if (key !== previous) items.push({ kind: 'line', row, key: `line-${id}` });
    items.push({ kind: 'row', row, key: id });
    previous = key;
  }
  return items;
}

function itemHeight(item: Item): number {
  if (item.kind === 'row') return ROW_HEIGHT;
  return item.row.table === 'derivative' ? DERIVATIVE_LINE_HEIGHT : LINE_HEIGHT;
}

/** A field filed with a value or with footnotes (a date "see footnote 6"). */
function isFilled(field: Field<unknown>): boolean {
  return field.text !== null || field.footnoteIds.length > 0;
}

function amount(field: Field<number>, locale?: string, signed?: 'A' | 'D' | null): string {
  if (field.value === null) return field.text ?? '';
  return signed ? formatShares(signed === 'A' ? field.value : -field.value, locale, true) : formatShares(field.value, locale);
}

function dollars(field: Field<number>, locale?: string, signed?: 'A' | 'D' | null): string {
  if (field.value === null) return field.text ?? '';
  return signed ? formatMoney(signed === 'A' ? field.value : -field.value, locale, true) : formatMoney(field.value, locale);
}

/** Footnotes on the fields a line heading shows: they concern every row of the line. */
function lineFootnoteIds(row: Row): string[] {
  const fields: Field<unknown>[] = [row.securityTitle, row.directOrIndirect, row.natureOfOwnership];
  if (row.table === 'derivative') fields.push(row.conversionOrExercisePrice, row.exerciseDate, row.expirationDate, row.underlyingTitle, row.underlyingShares, row.underlyingValue);
  return fields.flatMap((field) => field.footnoteIds);
}

function ownership(row: Row): string {
  const held = row.directOrIndirect.value === 'D' ? 'direct' : row.directOrIndirect.value === 'I' ? 'indirect' : '';
  return [held, row.natureOfOwnership.text].filter(Boolean).join(': ');
}

/** The heading of a holding line: the security, how it is held and, in table II, its terms. */
function LineHeading({ row, locale, ...footnotes }: { row: Row; locale?: string } & FootnoteProps) {
  const strike = row.conversionOrExercisePrice;
  const underlying = row.underlyingShares.value !== null ? formatShares(row.underlyingShares.value, locale) : row.underlyingShares.text;
  const cited = footnotes.activeFootnote !== null && lineFootnoteIds(row).includes(footnotes.activeFootnote);
  return (
    <div role="row" class={`line line-${row.table}${cited ? ' cited' : ''}`} data-testid="line">
      <div role="rowheader" class="line-heading">
        <span class="line-title">
          <bdi>{row.securityTitle.text ?? 'Security not named'}</bdi>
          <Markers {...footnotes} footnoteIds={row.securityTitle.footnoteIds} />
          <span class="muted">
            {' · '}
            <bdi>{ownership(row) || 'holding not stated'}</bdi>
            <Markers {...footnotes} footnoteIds={[...row.directOrIndirect.footnoteIds, ...row.natureOfOwnership.footnoteIds]} />
          </span>
        </span>
        {row.table === 'derivative' && (
          <span class="line-terms muted">
            {isFilled(strike) && (
              <span>
                {strike.value !== null ? `${formatPrice(strike.value, locale)} strike` : (strike.text ?? 'strike')}
                <Markers {...footnotes} footnoteIds={strike.footnoteIds} />{' '}
              </span>
            )}
            {isFilled(row.exerciseDate) && (
              <span>
                · exercisable {row.exerciseDate.text ?? ''}
                <Markers {...footnotes} footnoteIds={row.exerciseDate.footnoteIds} />{' '}
              </span>
            )}
            {isFilled(row.expirationDate) && (
              <span>
                · expires {row.expirationDate.text ?? ''}
                <Markers {...footnotes} footnoteIds={row.expirationDate.footnoteIds} />{' '}
              </span>
            )}
            {(underlying || row.underlyingTitle.text) && (
              <span>
                · on {underlying ?? ''} <bdi>{row.underlyingTitle.text ?? ''}</bdi>
                <Markers {...footnotes} footnoteIds={[...row.underlyingTitle.footnoteIds, ...row.underlyingShares.footnoteIds, ...row.underlyingValue.footnoteIds]} />
              </span>
            )}
          </span>
        )}
      </div>
    </div>
  );
}

interface RowLineProps extends FootnoteProps {
  row: Row;
  inconsistent: boolean;
  decimals: number;
  locale?: string;
}

function TableRow({ row, inconsistent, decimals, locale, ...footnotes }: RowLineProps) {
  const direction = row.acquiredDisposed.value;
  const isTransaction = row.kind === 'transaction';
  const inDollars = row.shares.value === null && (row.totalValue.text !== null || row.valueOwnedAfter.text !== null);
  const value = isTransaction ? transactionValue(row) : null;
  const after = row.sharesOwnedAfter.text !== null ? amount(row.sharesOwnedAfter, locale) : row.valueOwnedAfter.text !== null ? dollars(row.valueOwnedAfter, locale) : null;
  const change = inDollars ? dollars(row.totalValue, locale, direction) : amount(row.shares, locale, direction);
  const late = row.timeliness.text?.toUpperCase() === 'L';
  const early = row.timeliness.text?.toUpperCase() === 'E';
  return (
    <div role="row" data-testid="row" class={`row ${direction === 'A' ? 'acquired' : direction === 'D' ? 'disposed' : ''}`}>
      <Cell
        {...footnotes}
        footnoteIds={[...row.transactionDate.footnoteIds, ...row.deemedExecutionDate.footnoteIds]}
        citedIds={[...row.transactionDate.footnoteIds, ...row.deemedExecutionDate.footnoteIds, ...lineFootnoteIds(row)]}
        class="date"
      >
        <span class="first">{isTransaction ? (row.transactionDate.value ?? row.transactionDate.text ?? '') : <span class="muted">holding</span>}</span>
        <span class="second">
          {row.deemedExecutionDate.text && <span class="muted">deemed {row.deemedExecutionDate.text} </span>}
          {late && <span class="late">late</span>}
          {early && <span class="muted">early</span>}
        </span>
      </Cell>
      <Cell {...footnotes} footnoteIds={row.codingFootnoteIds} class="codes">
        {row.code && <CodeChip code={row.code} />}
        {row.flagCodes.map((flag) => (
          <CodeChip key={flag} code={flag} />
        ))}
        {inconsistent && (
          <span class="warn" title="The code and the A/D column disagree; left out of the open-market totals">
            {' '}
            A/D?
          </span>
        )}
      </Cell>
      <Cell
        {...footnotes}
        footnoteIds={[]}
        citedIds={[...row.shares.footnoteIds, ...row.totalValue.footnoteIds, ...row.acquiredDisposed.footnoteIds, ...row.sharesOwnedAfter.footnoteIds, ...row.valueOwnedAfter.footnoteIds]}
        class="num amount"
      >
        <span class="first change">
          {isTransaction ? change : after}
          {isTransaction && direction && <span class="sr-only">{direction === 'A' ? ' acquired' : ' disposed'}</span>}
          {inDollars && <span class="unit"> in $</span>}
          <Markers {...footnotes} footnoteIds={[...row.shares.footnoteIds, ...row.totalValue.footnoteIds, ...row.acquiredDisposed.footnoteIds]} />
        </span>
        <span class="second muted">
          {isTransaction ? (after !== null ? `${after} after` : '') : 'held'}
          <Markers {...footnotes} footnoteIds={[...row.sharesOwnedAfter.footnoteIds, ...row.valueOwnedAfter.footnoteIds]} />
        </span>
      </Cell>
      <Cell {...footnotes} footnoteIds={[]} citedIds={row.pricePerShare.footnoteIds} class="num">
        <span class="first">
          {row.pricePerShare.value !== null ? (
            formatPriceFixed(row.pricePerShare.value, decimals, locale)
          ) : row.pricePerShare.footnoteIds.length > 0 ? (
            <span class="muted">in note</span>
          ) : (
            (row.pricePerShare.text ?? '')
          )}
          <Markers {...footnotes} footnoteIds={row.pricePerShare.footnoteIds} />
        </span>
        <span class="second muted">{value !== null && value !== 0 && !inDollars ? formatMoney(value, locale) : ''}</span>
      </Cell>
    </div>
  );
}

function RowsOfTable({
  table,
  rows,
  inconsistentRows,
  lineKeys,
  locale,
  ...footnotes
}: Omit<RowsTableProps, 'lineIds'> & { table: TableKind; lineKeys: ReadonlyMap<Row, string> }) {
  const items = useMemo(() => toItems(rows, lineKeys), [rows, lineKeys]);
  const offsets = useMemo(() => toOffsets(items.map(itemHeight)), [items]);
  const decimals = useMemo(() => toPriceDecimals(rows.map((row) => row.pricePerShare.text)), [rows]);
  const body = useRef<HTMLDivElement>(null);
  const range = useItemWindow(body, offsets);
  const shown = range ? items.slice(range.start, range.end) : items;
  return (
    <div role="table" class="rows-table" aria-label={TABLE_TITLES[table]} data-testid={`table-${table}`}>
      <p class="caption" aria-hidden="true">
        {TABLE_TITLES[table]}
      </p>
      <div role="rowgroup" class="head">
        <div role="row" class="row-head">
          <span role="columnheader">Date</span>
          <span role="columnheader">Code</span>
          <span role="columnheader" class="num" title="Change, and the amount held after it">
            {table === 'derivative' ? 'Units' : 'Shares'}
          </span>
          <span role="columnheader" class="num" title="Price per share, and the value of the row">
            Price, value
          </span>
        </div>
      </div>
      <div role="rowgroup" ref={body}>
        {range && range.before > 0 && <div aria-hidden="true" style={{ height: `${range.before}px` }} />}
        {shown.map((item) =>
          item.kind === 'line' ? (
            <LineHeading key={item.key} row={item.row} locale={locale} {...footnotes} />
          ) : (
            <TableRow key={item.key} row={item.row} inconsistent={inconsistentRows.has(item.row)} decimals={decimals} locale={locale} {...footnotes} />
          ),
        )}
        {range && range.after > 0 && <div aria-hidden="true" style={{ height: `${range.after}px` }} />}
      </div>
    </div>
  );
}

/** Every row of tables I and II, with code chips and footnote markers where they are cited. */
export function RowsTable({ lineIds, ...props }: RowsTableProps) {
  const lineKeys = useMemo(() => new Map(props.rows.map((row, index) => [row, lineIds[index] ?? ''])), [props.rows, lineIds]);
  const tables = useMemo(
    () =>
      (['nonDerivative', 'derivative'] as const)
        .map((table) => ({ table, rows: props.rows.filter((row) => row.table === table) }))
        .filter(({ rows }) => rows.length > 0),
    [props.rows],
  );
  return (
    <div class="rows">
      {tables.map(({ table, rows }) => (
        <RowsOfTable key={table} {...props} lineKeys={lineKeys} table={table} rows={rows} />
      ))}
    </div>
  );
}
