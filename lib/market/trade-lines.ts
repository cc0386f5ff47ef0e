// One filing as lines of the market-wide trades table (docs/design.md section 11): one line per
// filing and open-market code, P or S, as OpenInsider lists them. The numbers are the filing's
// figures (lib/figures): open market as sections 4 and 10 define it (private placements and
// offering purchases left out), dollars over the priced rows only.

import type { Figures } from '../figures/figures';
import type { Filing, ReportingOwner, Row } from '../filing/model';
import { describeRelationship } from '../filing/relationship';

export type TradeCode = 'P' | 'S';
export type Role = 'ceo' | 'cfo' | 'officer' | 'director' | '10%';
/** Most senior first. */
export const ROLES: readonly Role[] = ['ceo', 'cfo', 'officer', 'director', '10%'];

/** What the trades table, the command line and a badge call each role. */
export const ROLE_LABELS = { ceo: 'CEO', cfo: 'CFO', officer: 'Officer', director: 'Dir', '10%': '10%' } as const satisfies Record<Role, string>;

/** The roles worth naming: an officer titled CEO or CFO is named by the title alone. */
export function namedRoles(roles: readonly Role[]): Role[] {
  const titled = roles.includes('ceo') || roles.includes('cfo');
  return roles.filter((role) => !(role === 'officer' && titled));
}

export interface TradeFlags {
  /** A: the filing is an amendment (4/A). */
  amended: boolean;
  /** D: the filing also reports table II (derivative) transactions. */
  derivative: boolean;
  /** M: more than one row of this code. */
  multiple: boolean;
  /** L: a row of this code is marked late, or a Form 4 came more than two business days after its trades. */
  late: boolean;
  /** The filing ticks the Rule 10b5-1 box or mentions a plan in its footnotes or remarks. */
  plan10b5_1: boolean;
}

export interface TradeLine {
  accession: string | null;
  /** When EDGAR accepted the filing, if the input says (a full submission, an index page, the feed); null for a bare XML file. */
  filingDate: string | null;
  /** The latest owner's signature date: what a bare XML file offers in place of its filing date. */
  signatureDate: string | null;
  /** The earliest trade date of the line; `tradeDates` has every one, oldest first. */
  tradeDate: string | null;
  tradeDates: string[];
  issuer: { cik: string; name: string | null; tradingSymbol: string | null };
  owner: { ciks: string[]; names: (string | null)[]; relationship: string };
  /** Every owner's roles, for the filters: an officer titled CEO is both 'officer' and 'ceo'. */
  roles: Role[];
  code: TradeCode;
  shares: number;
  averagePrice: number | null;
  /** Dollars of the priced rows. */
  value: number;
  /** Shares held after the filing's open-market trades, over the lines ΔOwn is measured on; null when unknown. */
  sharesAfter: number | null;
  /** This line's shares (signed: sales negative) as a fraction of the holdings before (0.0548 is +5.48%); null for a new position or contradictory amounts. */
  deltaOwn: number | null;
  flags: TradeFlags;
  /** Where the filing was read from (a file, a URL). */
  source: string | null;
}

const CEO = /\bchief\s+executive\b|\bc\.?e\.?o\b/i;
const CFO = /\bchief\s+financial\b|\bc\.?f\.?o\b/i;

/** Every owner's roles: an officer titled CEO is both 'officer' and 'ceo'. */
export function rolesOf(owners: readonly ReportingOwner[]): Role[] {
  const roles = new Set<Role>();
  for (const { relationship } of owners) {
    const title = (relationship.officerTitle ?? '').slice(0, 200);
    if (relationship.isOfficer) roles.add('officer');
    if (relationship.isOfficer && CEO.test(title)) roles.add('ceo');
    if (relationship.isOfficer && CFO.test(title)) roles.add('cfo');
    if (relationship.isDirector) roles.add('director');
    if (relationship.isTenPercentOwner) roles.add('10%');
  }
  return ROLES.filter((role) => roles.has(role));
}

/** Table I rows of `code` on the open market: P acquired or S disposed, not private or in an offering. */
function openMarketRows(filing: Filing, figures: Figures, code: TradeCode): Row[] {
  const notOpenMarket = new Set(figures.privateTrades.rows.map((one) => one.row));
  const direction = code === 'P' ? 'A' : 'D';
  return filing.document.transactions.filter(
    (row, index) => row.table === 'nonDerivative' && row.code === code && row.acquiredDisposed.value === direction && !notOpenMarket.has(index),
  );
}

/** Late as the form marks it, or a Form 4 filed more than two business days after its trades (Section 16(a)). */
function isLate(filing: Filing, figures: Figures, rows: Row[]): boolean {
  if (rows.some((row) => row.timeliness.text?.toUpperCase() === 'L')) return true;
  const form = filing.document.documentType;
  return (form === '4' || form === '4/A') && (figures.dates.businessDaysAfterTrade ?? 0) > 2;
}

function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals)) || 0;
}

/** The filing's lines: P first, then S; none when it has no open-market trade. */
export function toTradeLines(filing: Filing, figures: Figures, source: string | null = null): TradeLine[] {
  const { document } = filing;
  const change = figures.holdingsChange;
  const sharesAfter = change === null ? figures.holdingsAfter.total : round(change.sharesBefore + change.netShares, 6);
  const owner = {
    ciks: document.reportingOwners.map((one) => one.cik),
    names: document.reportingOwners.map((one) => one.name),
    relationship: document.reportingOwners.map(describeRelationship).join('; '),
  };
  const roles = rolesOf(document.reportingOwners);
  const derivative = document.transactions.some((row) => row.table === 'derivative');
  const lines: TradeLine[] = [];
  for (const code of ['P', 'S'] as const) {
    const totals = code === 'P' ? figures.openMarket.bought : figures.openMarket.sold;
    if (totals.rows === 0) continue;
    const rows = openMarketRows(filing, figures, code);
    const tradeDates = [...new Set(rows.map((row) => row.transactionDate.text ?? '').filter(Boolean))].sort();
    const signed = code === 'P' ? totals.shares : -totals.shares;
    const deltaOwn = change === null || change.newPosition || change.contradictory || change.sharesBefore === 0 ? null : round(signed / change.sharesBefore, 6);
    lines.push({
      accession: filing.accession,
      filingDate: filing.filingDate ?? figures.dates.filingDate,
      signatureDate: figures.dates.signatureDate,
      tradeDate: tradeDates[0] ?? null,
      tradeDates,
      issuer: { ...document.issuer },
      owner,
      roles,
      code,
      shares: totals.shares,
      averagePrice: totals.averagePrice,
      value: totals.value,
      sharesAfter,
      deltaOwn,
      flags: {
        amended: document.documentType.endsWith('/A'),
        derivative,
        multiple: totals.rows > 1,
        late: isLate(filing, figures, rows),
        plan10b5_1: figures.flags.tenB5One !== null,
      },
      source,
    });
  }
  return lines;
}
