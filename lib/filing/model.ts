// The typed model of an ownershipDocument (SEC EDGAR Ownership XML, Forms 3, 4 and 5).
// Every field keeps the text as filed (for display and CSV), a parsed value (for
// arithmetic) and the footnotes cited on that very field: a price can cite F2 while
// its shares cite F1, so footnotes belong to fields, not rows.

export interface Field<T = string> {
  /** The `<value>` as filed, trimmed; null when absent or empty. */
  text: string | null;
  /** The parsed value; null when absent or not parseable (the text is kept). */
  value: T | null;
  footnoteIds: string[];
}

export type DocumentType = '3' | '3/A' | '4' | '4/A' | '5' | '5/A';
export type TableKind = 'nonDerivative' | 'derivative';
export type RowKind = 'transaction' | 'holding';

export interface ReportingOwner {
  /** As filed, leading zeros kept; '' when the filing leaves it out (read with a warning). */
  cik: string;
  /** Optional in the SEC's schema (a filer may give the CIK alone). */
  name: string | null;
  address: {
    street1: string | null;
    street2: string | null;
    city: string | null;
    state: string | null;
    zipCode: string | null;
    stateDescription: string | null;
  };
  relationship: {
    isDirector: boolean;
    isOfficer: boolean;
    isTenPercentOwner: boolean;
    isOther: boolean;
    officerTitle: string | null;
    otherText: string | null;
  };
}

/** One line of table I or II: a transaction or a holding (holdings leave transaction fields empty). */
export interface Row {
  table: TableKind;
  kind: RowKind;
  /** Position among the rows of the same table and kind, from 0, in filing order. */
  index: number;
  securityTitle: Field;
  /** Derivative only. */
  conversionOrExercisePrice: Field<number>;
  transactionDate: Field;
  deemedExecutionDate: Field;
  transactionFormType: string | null;
  /** `transactionCode` as filed (P, S, A, ...); null on holdings and rows without coding. */
  code: string | null;
  equitySwapInvolved: boolean;
  /** Footnotes cited on `transactionCoding` itself. */
  codingFootnoteIds: string[];
  /** E (early, the V code), L (late) or null (on time). */
  timeliness: Field;
  /** K (equity swap) and V (voluntary, early) are flags in the XML, codes on the paper form. */
  flagCodes: ('K' | 'V')[];
  shares: Field<number>;
  /** Derivative only: some derivative rows report a total value instead of shares. */
  totalValue: Field<number>;
  pricePerShare: Field<number>;
  acquiredDisposed: Field<'A' | 'D'>;
  sharesOwnedAfter: Field<number>;
  valueOwnedAfter: Field<number>;
  directOrIndirect: Field<'D' | 'I'>;
  natureOfOwnership: Field;
  /** Derivative only. */
  exerciseDate: Field;
  expirationDate: Field;
  underlyingTitle: Field;
  underlyingShares: Field<number>;
  underlyingValue: Field<number>;
}

export interface Footnote {
  id: string;
  text: string;
}

export interface OwnershipDocument {
  schemaVersion: string | null;
  documentType: DocumentType;
  periodOfReport: string | null;
  dateOfOriginalSubmission: string | null;
  notSubjectToSection16: boolean;
  noSecuritiesOwned: boolean;
  form3HoldingsReported: boolean | null;
  form4TransactionsReported: boolean | null;
  /** The Rule 10b5-1 checkbox (filings from 2023 on); null when the element is absent. */
  aff10b5One: boolean | null;
  issuer: { cik: string; name: string | null; tradingSymbol: string | null };
  reportingOwners: ReportingOwner[];
  /** Transactions of table I then table II, each in filing order. */
  transactions: Row[];
  /** Holdings of table I then table II, each in filing order. */
  holdings: Row[];
  footnotes: Footnote[];
  remarks: string | null;
  signatures: { name: string | null; date: string | null }[];
}

/** A parsed filing with what we know of where it came from. */
export interface Filing {
  document: OwnershipDocument;
  /** EDGAR accession number (0000950142-22-003095) when the input says it. */
  accession: string | null;
  /** ISO date EDGAR accepted the filing, when the input says it (a full submission's header, an index page). */
  filingDate: string | null;
  /**
   * One sentence each: what the filing lacks that a reader may miss (an owner's CIK, the
   * issuer's name), read anyway because the figures do not need it. Absent on filings made
   * before warnings existed; the parser always sets it.
   */
  warnings?: string[];
}

export interface ParseError {
  /** One sentence: what failed, what was expected, what to try. */
  message: string;
  /** Technical detail for a "details" toggle. */
  details?: string;
}

export type ParseResult = { ok: true; filing: Filing } | { ok: false; error: ParseError };
