// A filing as the small badge beside its link on EDGAR's latest filings (docs/design.md section
// 11): its open-market codes, the net dollars, the insider's role, and the flags a reader scans
// for. Made from the filing's lines of the trades table (trade-lines.ts), so the badge and the
// trades view never disagree; small and plain, so it travels from the background to the page.

import type { Figures } from '../figures/figures';
import type { Filing } from '../filing/model';
import { describeRelationship } from '../filing/relationship';
import { ROLE_LABELS, ROLES, rolesOf, toTradeLines, type Role, type TradeCode, type TradeLine } from './trade-lines';

/** The one role a badge has room for: the most senior any owner holds. */
export type BadgeRole = (typeof ROLE_LABELS)[Role];

export interface BadgeFlags {
  plan10b5_1: boolean;
  late: boolean;
  amended: boolean;
  /** A P or S the filing says was private, or a purchase in the issuer's offering: kept out of the net. */
  private: boolean;
}

export interface FilingBadge {
  accession: string | null;
  /** As filed: 4, 4/A, 3, 5. */
  form: string;
  /** P, S, both (P first) or none: the open-market codes of the filing. */
  codes: TradeCode[];
  /** Bought minus sold, in dollars over the priced rows (docs/design.md section 4); 0 without open-market trades. */
  netValue: number;
  /** Shares bought minus sold on the open market. */
  netShares: number;
  /** Dollars bought and sold, for the badge's full description. */
  boughtValue: number;
  soldValue: number;
  role: BadgeRole | null;
  /** Every owner's relationship as filed ("Director, Officer (Chief Executive Officer)"). */
  relationship: string;
  /** The issuer and the first owner, for the badge's description. */
  issuer: string | null;
  owner: string | null;
  flags: BadgeFlags;
}

function roleOf(roles: readonly Role[]): BadgeRole | null {
  const senior = ROLES.find((role) => roles.includes(role));
  return senior === undefined ? null : ROLE_LABELS[senior];
}

/**
 * Late: a line of the filing is (a row marked late, or a Form 4 after two business days); a
 * filing without open-market lines is late on the same rule over all its rows.
 */
function isLate(lines: readonly TradeLine[], filing: Filing, figures: Figures): boolean {
  if (lines.some((line) => line.flags.late)) return true;
  const form = filing.document.documentType;
  return figures.flags.lateRows.length > 0 || ((form === '4' || form === '4/A') && (figures.dates.businessDaysAfterTrade ?? 0) > 2);
}

function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals)) || 0;
}

export function toFilingBadge(filing: Filing, figures: Figures): FilingBadge {
  const lines = toTradeLines(filing, figures);
  const { document } = filing;
  const bought = lines.find((line) => line.code === 'P');
  const sold = lines.find((line) => line.code === 'S');
  const owners = document.reportingOwners;
  return {
    accession: filing.accession,
    form: document.documentType,
    codes: lines.map((line) => line.code),
    netValue: figures.openMarket.netValue,
    netShares: figures.openMarket.netShares,
    boughtValue: round(bought?.value ?? 0, 2),
    soldValue: round(sold?.value ?? 0, 2),
    // Every owner's roles, as the trades table's role filter reads them.
    role: roleOf(rolesOf(owners)),
    relationship: owners.map(describeRelationship).filter(Boolean).join('; '),
    issuer: document.issuer.name,
    owner: owners[0]?.name ?? null,
    flags: {
      plan10b5_1: figures.flags.tenB5One !== null,
      late: isLate(lines, filing, figures),
      amended: document.documentType.endsWith('/A'),
      private: figures.privateTrades.rows.length > 0,
    },
  };
}

