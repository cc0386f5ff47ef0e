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

/**
 * Compact dollars, as a reader scanning sees them (docs/design.md section 9): one decimal, two
 * when one would leave fewer than three significant figures ("$2.82M", "$25.0M"; "+$1.0M" signed).
 */
export function fmtCompactMoney(value: Dec, signed = false): string {
  const amount = Number(decText(round(value, 2)));
  const big = Math.abs(amount) >= 1000;
  const decimals = big && String(Math.floor(Math.abs(amount))).length % 3 === 1 ? 2 : 1;
  return new Intl.NumberFormat('en-US', {
    style: 'currency', currency: 'USD', notation: 'compact', signDisplay: signed ? 'exceptZero' : 'auto',
    minimumFractionDigits: big ? 1 : 0, maximumFractionDigits: decimals,
  }).format(amount);
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
  /** The insider's position before the open-market rows: the base of the change in holdings. */
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

/**
 * P rows bought in the issuer's public offering, not on the open market (docs/design.md section
 * 10): a footnote the row cites says "public offering price", "in the ... public offering" or
 * "from the underwriters"; or the row is dated the day a row citing "closing of the ... initial
 * public offering" is dated.
 */
function inOffering(rows: XmlRow[], footnotes: Map<string, string>): (row: XmlRow) => boolean {
  const says = (row: XmlRow, pattern: RegExp) => citedIds(row).some((id) => pattern.test(footnotes.get(id) ?? ''));
  const closedOn = new Set(
    rows.filter((row) => says(row, /closing (?:of )?(?:the )?(?:issuer'?s |company'?s )?initial public offering/i)).map((row) => textOf(row.block, 'transactionDate')),
  );
  return (row) =>
    says(row, /public offering price|in (?:the |a |its )?(?:issuer'?s |company'?s )?(?:registered |underwritten )?(?:initial )?public offering|from the underwriters?/i) ||
    closedOn.has(textOf(row.block, 'transactionDate'));
}

export function filingFacts(xml: string): FilingFacts {
  const rows = rowsOf(xml);
  const offering = inOffering(rows, footnotesOf(xml));
  const equityTransactions = rows.filter((row) => row.table === 'nonDerivative' && row.kind === 'transaction');
  const bought = trades(equityTransactions.filter((row) => code(row) === 'P' && acquiredDisposed(row) === 'A' && !offering(row)));
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
    (row) => (code(row) === 'P' && acquiredDisposed(row) === 'A' && !offering(row)) || (code(row) === 'S' && acquiredDisposed(row) === 'D'),
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
    heldBefore: heldBefore(rows, openMarket, footnotesOf(xml)),
    noSecuritiesOwned: /^(1|true)$/i.test(textOf(xml, 'noSecuritiesOwned') ?? ''),
    holdingRows: rows.filter((row) => row.kind === 'holding').length,
  };
}

/**
 * The holding line of a row: security, direct or indirect, and the nature of ownership; a nature
 * that only points to footnotes ("See Footnote", empty) is named by the texts of the footnotes
 * it cites, since ids are renumbered in every filing. In table II, strike and expiry too.
 */
function lineOf(row: XmlRow, footnotes: Map<string, string>): string {
  const nature = elements(row.block, 'ownershipNature')[0] ?? '';
  const normal = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const described = normal(textOf(nature, 'natureOfOwnership'));
  const ids = [...nature.matchAll(/<footnoteId\s+id="([^"]+)"/g)].map((match) => match[1]!);
  const pointerOnly = /^(?:see\s*)?(?:footnotes?)?[\s\d(),&.f-]*$/.test(described);
  const name = pointerOnly ? ids.map((id) => normal(footnotes.get(id) ?? id)).sort().join('|') : described;
  const terms = row.table === 'derivative' ? [textOf(row.block, 'conversionOrExercisePrice'), textOf(row.block, 'expirationDate')] : [];
  return [row.table, normal(textOf(row.block, 'securityTitle')), textOf(nature, 'directOrIndirectOwnership'), name, ...terms].join('|');
}

/**
 * The base of the change in holdings (docs/design.md section 10): the insider's position before
 * the open-market trading, over every line the filing reports. A table I line with open-market
 * rows counts its amount after the last of them minus their shares (+ bought, - sold); any other
 * table I line but preferred stock, its amount after the filing; a table II line, its amount
 * after when it is stock in another form: no exercise price, not an option, warrant, unit award
 * or preferred, and its last row covers as many shares as it moves (or holds).
 */
function heldBefore(rows: XmlRow[], openMarket: XmlRow[], footnotes: Map<string, string>): Dec {
  const last = new Map<string, XmlRow>();
  for (const row of rows) {
    const key = lineOf(row, footnotes);
    // A transaction's line keeps its last transaction; each holding row not on such a line is a line.
    if (row.kind === 'transaction') last.set(key, row);
    else if (!last.has(key)) last.set(`${key}|holding ${last.size}`, row);
  }
  const traded = new Map<string, { after: Dec; traded: Dec }>();
  for (const row of openMarket) {
    const key = lineOf(row, footnotes);
    const line = traded.get(key) ?? { after: ZERO, traded: ZERO };
    const shares = dec(textOf(row.block, 'transactionShares') ?? '0');
    line.after = dec(textOf(row.block, 'sharesOwnedFollowingTransaction') ?? '0');
    line.traded = acquiredDisposed(row) === 'A' ? plus(line.traded, shares) : minus(line.traded, shares);
    traded.set(key, line);
  }
  let before = ZERO;
  for (const line of traded.values()) before = plus(before, minus(line.after, line.traded));
  for (const [key, row] of last) {
    const after = textOf(row.block, 'sharesOwnedFollowingTransaction');
    const title = textOf(row.block, 'securityTitle') ?? '';
    if (traded.has(key) || after === null) continue;
    if (row.table === 'nonDerivative' && !/preferred/i.test(title)) before = plus(before, dec(after));
    if (row.table === 'derivative' && isStockInAnotherForm(row, title)) before = plus(before, dec(after));
  }
  return before;
}

function isStockInAnotherForm(row: XmlRow, title: string): boolean {
  if (/option|warrant|right|restricted|rsu|performance|phantom|appreciation|deferred|preferred|note|debenture|award/i.test(title)) return false;
  const price = textOf(row.block, 'conversionOrExercisePrice');
  if (price !== null && Number(price) !== 0) return false;
  const moved = textOf(row.block, row.kind === 'holding' ? 'sharesOwnedFollowingTransaction' : 'transactionShares');
  const covered = textOf(row.block, 'underlyingSecurityShares');
  return moved !== null && covered !== null && Number(moved) === Number(covered);
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
  // The net as a share of the position before, one decimal (OpenInsider's "ΔOwn"); a change too
  // small for one decimal is "<0.1%" with its sign.
  const fraction = isZero(facts.heldBefore) ? null : Number(decText(divide(facts.netShares, facts.heldBefore, 6)));
  const percent = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const change =
    fraction === null
      ? ', a new position'
      : fraction !== 0 && Math.abs(fraction) < 0.0005
        ? `, ${fraction < 0 ? '-' : '+'}<0.1% of holdings`
        : `, ${percent.format(fraction)} of holdings`;
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
