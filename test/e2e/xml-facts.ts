// What a filing's XML says, read in the TEST with plain string scans, never with lib/: the
// end-to-end tests compare what the extension shows with figures computed here from the raw
// XML text, so a bug in lib/filing/parse-ownership.ts or lib/figures cannot hide behind itself.
// Definitions from docs/design.md section 4: open-market bought = code P with A/D = A, sold =
// code S with A/D = D, over non-derivative transactions; value = sum of shares x price over
// rows with a price; net = bought - sold. Arithmetic is exact (BigInt decimals); numbers are
// formatted with Intl en-US from exact decimal strings, as a reader in en-US sees them.

export type XmlTable = 'nonDerivative' | 'derivative';
export type XmlRowKind = 'transaction' | 'holding';

export interface XmlRow {
  table: XmlTable;
  kind: XmlRowKind;
  /** The element's inner XML. */
  block: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) =>
      name[0] === '#'
        ? String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10))
        : ENTITIES[name.toLowerCase()]!,
    );
}

/** Inner XML of every `<tag>...</tag>` (a self-closing `<tag/>` gives ''), in document order. */
export function elements(xml: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${tag}\\s*>)`, 'g');
  return [...xml.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** Trimmed, decoded text of the first `<tag>`; for value-wrapped fields, of its `<value>`. null when absent or empty. */
export function textOf(xml: string, tag: string): string | null {
  const inner = elements(xml, tag)[0];
  if (inner === undefined) return null;
  const wrapped = elements(inner, 'value')[0];
  const text = decodeXmlText((wrapped ?? (inner.includes('<') ? '' : inner)).trim());
  return text === '' ? null : text;
}

/** Rows in the order of the SEC's form: table I transactions and holdings, then table II. */
export function rowsOf(xml: string): XmlRow[] {
  const rows: XmlRow[] = [];
  for (const [table, prefix] of [['nonDerivative', 'nonDerivative'], ['derivative', 'derivative']] as const) {
    for (const block of elements(xml, `${prefix}Transaction`)) rows.push({ table, kind: 'transaction', block });
    for (const block of elements(xml, `${prefix}Holding`)) rows.push({ table, kind: 'holding', block });
  }
  return rows;
}

export function footnotesOf(xml: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const match of xml.matchAll(/<footnote\s+id="([^"]+)"\s*>([\s\S]*?)<\/footnote>/g)) {
    notes.set(match[1]!, decodeXmlText(match[2]!).replace(/\s+/g, ' ').trim());
  }
  return notes;
}

// --- exact decimals

export interface Dec {
  units: bigint;
  scale: number;
}

export const ZERO: Dec = { units: 0n, scale: 0 };

export function dec(text: string): Dec {
  const match = /^([-+]?)(\d*)(?:\.(\d*))?$/.exec(text.replace(/[,$\s]/g, ''));
  if (!match || (match[2] === '' && !match[3])) throw new Error(`xml-facts: "${text}" is not a decimal number`);
  const fraction = match[3] ?? '';
  const units = BigInt((match[2] || '0') + fraction);
  return { units: match[1] === '-' ? -units : units, scale: fraction.length };
}

function at(value: Dec, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

export function plus(a: Dec, b: Dec): Dec {
  const scale = Math.max(a.scale, b.scale);
  return { units: at(a, scale) + at(b, scale), scale };
}

function minus(a: Dec, b: Dec): Dec {
  return plus(a, { units: -b.units, scale: b.scale });
}

export function times(a: Dec, b: Dec): Dec {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** Half away from zero, to `decimals` places. */
export function round(value: Dec, decimals: number): Dec {
  if (value.scale <= decimals) return value;
  const divisor = 10n ** BigInt(value.scale - decimals);
  const magnitude = value.units < 0n ? -value.units : value.units;
  let units = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) units += 1n;
  return { units: value.units < 0n ? -units : units, scale: decimals };
}

/** a / b rounded half up to `decimals` places (a, b > 0). */
function divide(a: Dec, b: Dec, decimals: number): Dec {
  const numerator = a.units * 10n ** BigInt(b.scale + decimals + 1);
  const denominator = b.units * 10n ** BigInt(a.scale);
  return round({ units: numerator / denominator, scale: decimals + 1 }, decimals);
}

/** Plain decimal text, no exponent, no trailing zeros: "1039330", "-2710", "0.5". */
export function decText(value: Dec): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : whole;
  return text === '0' ? '0' : `${negative ? '-' : ''}${text}`;
}

function isZero(value: Dec): boolean {
  return value.units === 0n;
}

function sign(value: Dec): number {
  return value.units > 0n ? 1 : value.units < 0n ? -1 : 0;
}

// --- formatting, en-US (Intl formats a decimal string exactly)

type IntlInput = Parameters<Intl.NumberFormat['format']>[0];

function intl(value: Dec, options: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat('en-US', options).format(decText(value) as unknown as IntlInput);
}

export function fmtShares(value: Dec, signed = false): string {
  return intl(value, { maximumFractionDigits: 4, signDisplay: signed ? 'exceptZero' : 'auto' });
}

/** Dollars; cents shown only when there are any. */
/** Money is always to the cent (docs/design.md section 4, "Numbers"). */
export function fmtMoney(value: Dec, signed = false): string {
  return intl(round(value, 2), {
    style: 'currency', currency: 'USD', signDisplay: signed ? 'exceptZero' : 'auto',
    minimumFractionDigits: 2, maximumFractionDigits: 2,
  });
}

export function fmtPrice(value: Dec): string {
  return intl(value, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });
}

// --- the figures

export interface TradeFacts {
  rows: number;
  shares: Dec;
  value: Dec;
  pricedShares: Dec;
}

export interface FilingFacts {
  issuerName: string | null;
  ticker: string | null;
  issuerCik: string | null;
  documentType: string | null;
  periodOfReport: string | null;
  ownerNames: string[];
  rows: XmlRow[];
  footnotes: Map<string, string>;
  bought: TradeFacts;
  sold: TradeFacts;
  netShares: Dec;
  netValue: Dec;
  /** Non-derivative transactions by code: acquired and disposed shares. */
  byCode: Map<string, { acquired: Dec; disposed: Dec }>;
  acquired: Dec;
  disposed: Dec;
  /** Shares the open-market rows' lines held before them: the base of the change in holdings. */
  heldBefore: Dec;
  /** noSecuritiesOwned set (Form 3). */
  noSecuritiesOwned: boolean;
  /** Rows of either table that are holdings (a Form 3's lines). */
  holdingRows: number;
}

export function code(row: XmlRow): string | null {
  const coding = elements(row.block, 'transactionCoding')[0];
  return coding === undefined ? null : textOf(coding, 'transactionCode');
}

export function acquiredDisposed(row: XmlRow): string | null {
  return textOf(row.block, 'transactionAcquiredDisposedCode');
}

function trades(rows: XmlRow[]): TradeFacts {
  const totals: TradeFacts = { rows: rows.length, shares: ZERO, value: ZERO, pricedShares: ZERO };
  for (const row of rows) {
    const shares = dec(textOf(row.block, 'transactionShares') ?? '0');
    totals.shares = plus(totals.shares, shares);
    const price = textOf(row.block, 'transactionPricePerShare');
    if (price !== null) {
      totals.value = plus(totals.value, times(shares, dec(price)));
      totals.pricedShares = plus(totals.pricedShares, shares);
    }
  }
  return totals;
}

export function filingFacts(xml: string): FilingFacts {
  const rows = rowsOf(xml);
  const equityTransactions = rows.filter((row) => row.table === 'nonDerivative' && row.kind === 'transaction');
  const bought = trades(equityTransactions.filter((row) => code(row) === 'P' && acquiredDisposed(row) === 'A'));
  const sold = trades(equityTransactions.filter((row) => code(row) === 'S' && acquiredDisposed(row) === 'D'));
  const byCode = new Map<string, { acquired: Dec; disposed: Dec }>();
  let acquired = ZERO;
  let disposed = ZERO;
  for (const row of equityTransactions) {
    const key = code(row) ?? '';
    const totals = byCode.get(key) ?? { acquired: ZERO, disposed: ZERO };
    byCode.set(key, totals);
    const shares = dec(textOf(row.block, 'transactionShares') ?? '0');
    if (acquiredDisposed(row) === 'A') {
      totals.acquired = plus(totals.acquired, shares);
      acquired = plus(acquired, shares);
    }
    if (acquiredDisposed(row) === 'D') {
      totals.disposed = plus(totals.disposed, shares);
      disposed = plus(disposed, shares);
    }
  }
  const issuer = elements(xml, 'issuer')[0] ?? '';
  const openMarket = equityTransactions.filter(
    (row) => (code(row) === 'P' && acquiredDisposed(row) === 'A') || (code(row) === 'S' && acquiredDisposed(row) === 'D'),
  );
  return {
    issuerName: textOf(issuer, 'issuerName'),
    ticker: textOf(issuer, 'issuerTradingSymbol'),
    issuerCik: textOf(issuer, 'issuerCik'),
    documentType: textOf(xml, 'documentType'),
    periodOfReport: textOf(xml, 'periodOfReport'),
    ownerNames: elements(xml, 'reportingOwnerId').map((id) => textOf(id, 'rptOwnerName') ?? textOf(id, 'rptOwnerCik') ?? ''),
    rows,
    footnotes: footnotesOf(xml),
    bought,
    sold,
    netShares: minus(bought.shares, sold.shares),
    netValue: minus(round(bought.value, 2), round(sold.value, 2)),
    byCode,
    acquired,
    disposed,
    heldBefore: heldBefore(openMarket),
    noSecuritiesOwned: /^(1|true)$/i.test(textOf(xml, 'noSecuritiesOwned') ?? ''),
    holdingRows: rows.filter((row) => row.kind === 'holding').length,
  };
}

/** The holding line of a row: security, direct or indirect, nature of ownership and the footnotes on those two. */
function lineOf(row: XmlRow): string {
  const nature = elements(row.block, 'ownershipNature')[0] ?? '';
  const ids = [...nature.matchAll(/<footnoteId\s+id="([^"]+)"/g)].map((match) => match[1]);
  const normal = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return [normal(textOf(row.block, 'securityTitle')), textOf(nature, 'directOrIndirectOwnership'), normal(textOf(nature, 'natureOfOwnership')), ...ids].join('|');
}

/**
 * OpenInsider's base for "change in holdings": per line, the amount owned after its last
 * open-market row minus that line's open-market shares (+ bought, - sold), summed over lines.
 */
function heldBefore(openMarket: XmlRow[]): Dec {
  const lines = new Map<string, { after: Dec; traded: Dec }>();
  for (const row of openMarket) {
    const key = lineOf(row);
    const line = lines.get(key) ?? { after: ZERO, traded: ZERO };
    const shares = dec(textOf(row.block, 'transactionShares') ?? '0');
    line.after = dec(textOf(row.block, 'sharesOwnedFollowingTransaction') ?? '0');
    line.traded = acquiredDisposed(row) === 'A' ? plus(line.traded, shares) : minus(line.traded, shares);
    lines.set(key, line);
  }
  let before = ZERO;
  for (const line of lines.values()) before = plus(before, minus(line.after, line.traded));
  return before;
}

/** The headline sentence (docs/design.md section 4 "Net open market"), as an en-US reader reads it. */
export function expectedNetLine(facts: FilingFacts): string {
  // A Form 3 is a statement of holdings: it leads with them, never with trades (section 4, "Reading right").
  if (facts.documentType?.startsWith('3')) {
    if (facts.noSecuritiesOwned) return 'Owns no securities of the issuer.';
    return facts.holdingRows === 0
      ? 'Initial statement of holdings: no holdings are listed.'
      : 'Initial statement of holdings: what the insider owns on becoming an insider.';
  }
  if (facts.bought.rows + facts.sold.rows === 0) return 'No open-market trades.';
  const direction = sign(facts.netShares);
  const lead =
    direction > 0 ? 'Net open-market buy: ' : direction < 0 ? 'Net open-market sell: ' : 'Open-market buys and sells even out: ';
  const value = isZero(facts.netValue) ? '' : ` (${fmtMoney(facts.netValue, true)})`;
  // The net as a share of what its lines held before, one decimal (OpenInsider's "ΔOwn").
  const change = isZero(facts.heldBefore)
    ? ', a new position'
    : `, ${new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(
        Number(decText(divide(facts.netShares, facts.heldBefore, 6))),
      )} of holdings`;
  return `${lead}${fmtShares(facts.netShares, true)} shares${value}${change}`;
}

/** The numbers the "Bought ... · Sold ..." line must show: shares, value and average price of each side. */
export function expectedTradeNumbers(facts: FilingFacts): string[] {
  const numbers: string[] = [];
  for (const side of [facts.bought, facts.sold]) {
    if (side.rows === 0) continue;
    numbers.push(`${fmtShares(side.shares)} shares`);
    if (!isZero(side.pricedShares)) {
      numbers.push(fmtMoney(side.value), fmtPrice(divide(round(side.value, 8), side.pricedShares, 4)));
    }
  }
  return numbers;
}

/** "+122,728" / "-25,893" per code other than P and S, and the net change, as the headline lists them. */
export function expectedActivityNumbers(facts: FilingFacts): string[] {
  const numbers: string[] = [];
  for (const [key, totals] of facts.byCode) {
    if (key === 'P' || key === 'S') continue;
    if (!isZero(totals.acquired)) numbers.push(fmtShares(totals.acquired, true));
    if (!isZero(totals.disposed)) numbers.push(fmtShares(minus(ZERO, totals.disposed), true));
  }
  if (!isZero(facts.acquired) || !isZero(facts.disposed)) {
    numbers.push(`Net change: ${fmtShares(minus(facts.acquired, facts.disposed), true)} shares`);
  }
  return numbers;
}

/** Shares owned after the last table I transaction, formatted (the "held afterwards" of its line). */
export function expectedLastHolding(facts: FilingFacts): string | null {
  const equity = facts.rows.filter((row) => row.table === 'nonDerivative' && row.kind === 'transaction');
  const last = equity.at(-1);
  const after = last ? textOf(last.block, 'sharesOwnedFollowingTransaction') : null;
  return after === null ? null : fmtShares(dec(after));
}

/** shares x price of a row as plain text without grouping ("1039330"), or '' when either is missing. */
export function rowValueText(row: XmlRow): string {
  const shares = textOf(row.block, 'transactionShares');
  const price = textOf(row.block, 'transactionPricePerShare');
  if (shares === null || price === null) return '';
  return decText(round(times(dec(shares), dec(price)), 6));
}

/** Footnote ids a row cites on any field, in order of first citation. */
export function citedIds(row: XmlRow): string[] {
  return [...new Set([...row.block.matchAll(/<footnoteId\s+id="([^"]+)"/g)].map((match) => match[1]!))];
}
