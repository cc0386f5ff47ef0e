import type { Field, Row, TableKind } from '../lib/model';
import { formatMoney, formatPrice, formatShares } from '../lib/format';
import { transactionValue } from '../lib/rows';
import { Cell, Markers, type FootnoteProps } from './cell';
import { CodeChip } from './code-chip';

interface RowsTableProps extends FootnoteProps {
  rows: Row[];
  /** P/S rows whose A/D contradicts the code. */
  inconsistentRows: Set<Row>;
  locale?: string;
}

const TABLE_TITLES: Record<TableKind, string> = {
  nonDerivative: 'Table I: shares and other non-derivative securities',
  derivative: 'Table II: options, units and other derivative securities',
};

function shares(field: Field<number>, locale?: string): string {
  return field.value !== null ? formatShares(field.value, locale) : (field.text ?? '');
}

/** A field filed with a value or with footnotes (a date "see footnote 6"). */
function isFilled(field: Field<unknown>): boolean {
  return field.text !== null || field.footnoteIds.length > 0;
}

/** Footnotes cited on the security and, for table II, on its terms. */
function securityFootnotes(row: Row): string[] {
  const fields = [row.securityTitle, row.conversionOrExercisePrice, row.exerciseDate, row.expirationDate, row.underlyingTitle, row.underlyingShares, row.underlyingValue];
  return fields.flatMap((field) => field.footnoteIds);
}

/** A derivative's strike, exercise and expiry dates and underlying shares, each with its footnotes. */
function DerivativeTerms({ row, locale, ...footnotes }: { row: Row; locale?: string } & FootnoteProps) {
  const price = row.conversionOrExercisePrice;
  const underlying = row.underlyingShares.value !== null ? formatShares(row.underlyingShares.value, locale) : row.underlyingShares.text;
  return (
    <span class="terms muted">
      {isFilled(price) && (
        <span>
          {' '}@ {price.value !== null ? formatPrice(price.value, locale) : (price.text ?? '')}
          <Markers {...footnotes} footnoteIds={price.footnoteIds} />
        </span>
      )}
      {isFilled(row.exerciseDate) && (
        <span class="term">
          exercisable {row.exerciseDate.text ?? ''}
          <Markers {...footnotes} footnoteIds={row.exerciseDate.footnoteIds} />
        </span>
      )}
      {isFilled(row.expirationDate) && (
        <span class="term">
          expires {row.expirationDate.text ?? ''}
          <Markers {...footnotes} footnoteIds={row.expirationDate.footnoteIds} />
        </span>
      )}
      {(underlying || row.underlyingTitle.text) && (
        <span class="term">
          underlying {underlying ?? ''} {row.underlyingTitle.text ?? ''}
          <Markers {...footnotes} footnoteIds={[...row.underlyingTitle.footnoteIds, ...row.underlyingShares.footnoteIds, ...row.underlyingValue.footnoteIds]} />
        </span>
      )}
    </span>
  );
}

function TableRows({ rows, inconsistentRows, locale, ...footnotes }: RowsTableProps) {
  return (
    <>
      {rows.map((row) => {
        const value = row.kind === 'transaction' ? transactionValue(row) : null;
        const direction = row.acquiredDisposed.value;
        const signed =
          row.shares.value === null || direction === null
            ? shares(row.shares, locale)
            : formatShares(direction === 'A' ? row.shares.value : -row.shares.value, locale, true);
        return (
          <tr
            key={`${row.table}-${row.kind}-${row.index}`}
            data-testid="row"
            class={direction === 'A' ? 'acquired' : direction === 'D' ? 'disposed' : undefined}
          >
            <Cell {...footnotes} footnoteIds={[]} citedIds={securityFootnotes(row)}>
              {row.securityTitle.text ?? ''}
              <Markers {...footnotes} footnoteIds={row.securityTitle.footnoteIds} />
              {row.table === 'derivative' && <DerivativeTerms row={row} locale={locale} {...footnotes} />}
            </Cell>
            <Cell {...footnotes} footnoteIds={[...row.transactionDate.footnoteIds, ...row.deemedExecutionDate.footnoteIds]} class="date">
              {row.kind === 'holding' ? <span class="muted">holding</span> : (row.transactionDate.value ?? row.transactionDate.text ?? '')}
              {row.deemedExecutionDate.text && <span class="muted"> (deemed {row.deemedExecutionDate.text})</span>}
              {row.timeliness.text?.toUpperCase() === 'L' && <span class="late"> late</span>}
            </Cell>
            <Cell {...footnotes} footnoteIds={row.codingFootnoteIds} class="codes">
              {row.code && <CodeChip code={row.code} />}
              {row.flagCodes.map((flag) => (
                <CodeChip key={flag} code={flag} />
              ))}
              {inconsistentRows.has(row) && (
                <span class="warn" title="The code and the A/D column disagree; left out of the open-market totals">
                  {' '}
                  A/D?
                </span>
              )}
            </Cell>
            <Cell {...footnotes} footnoteIds={[...row.shares.footnoteIds, ...row.acquiredDisposed.footnoteIds]} class="num">
              {row.kind === 'transaction' ? (
                <>
                  {signed}
                  {direction && <span class="sr-only">{direction === 'A' ? ' acquired' : ' disposed'}</span>}
                </>
              ) : null}
              {row.totalValue.value !== null && formatMoney(row.totalValue.value, locale)}
            </Cell>
            <Cell {...footnotes} footnoteIds={row.pricePerShare.footnoteIds} class="num">
              {row.pricePerShare.value !== null
                ? formatPrice(row.pricePerShare.value, locale)
                : row.pricePerShare.footnoteIds.length > 0
                  ? <span class="muted">see note</span>
                  : (row.pricePerShare.text ?? '')}
            </Cell>
            <td class="num">{value !== null && value !== 0 ? formatMoney(value, locale) : ''}</td>
            <Cell {...footnotes} footnoteIds={[...row.sharesOwnedAfter.footnoteIds, ...row.valueOwnedAfter.footnoteIds]} class="num">
              {row.sharesOwnedAfter.text !== null ? shares(row.sharesOwnedAfter, locale) : (row.valueOwnedAfter.text ?? '')}
            </Cell>
            <Cell {...footnotes} footnoteIds={[...row.directOrIndirect.footnoteIds, ...row.natureOfOwnership.footnoteIds]}>
              {row.directOrIndirect.text ?? ''}
              {row.natureOfOwnership.text && <span class="muted"> {row.natureOfOwnership.text}</span>}
            </Cell>
          </tr>
        );
      })}
    </>
  );
}

/** Every row of tables I and II, with code chips and footnote markers where they are cited. */
export function RowsTable(props: RowsTableProps) {
  const tables = (['nonDerivative', 'derivative'] as const)
    .map((table) => ({ table, rows: props.rows.filter((row) => row.table === table) }))
    .filter(({ rows }) => rows.length > 0);
  return (
    <div class="rows">
      {tables.map(({ table, rows }) => (
        <table key={table} data-testid={`table-${table}`}>
          <caption>{TABLE_TITLES[table]}</caption>
          <thead>
            <tr>
              <th scope="col">Security</th>
              <th scope="col">Date</th>
              <th scope="col">Code</th>
              <th scope="col" class="num">Shares</th>
              <th scope="col" class="num">Price</th>
              <th scope="col" class="num">Value</th>
              <th scope="col" class="num" title="Shares owned after the transaction">After</th>
              <th scope="col" title="Direct (D) or indirect (I) ownership">D/I</th>
            </tr>
          </thead>
          <tbody>
            <TableRows {...props} rows={rows} />
          </tbody>
        </table>
      ))}
    </div>
  );
}
