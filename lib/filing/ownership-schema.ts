// The zod schema that turns fast-xml-parser's output for an <ownershipDocument> into the
// model of ./model.ts. It follows the SEC's Ownership XML schema (X0203 to X0508): required
// elements fail with a message naming the element; optional ones, present-but-empty ones
// and malformed values never drop a row (they come out as empty fields).
// zod/mini keeps the content script small; its API is functional (z.optional(x), z.pipe).

import * as z from 'zod/mini';
import type { DocumentType, OwnershipDocument, ReportingOwner, Row, RowKind, TableKind } from './model';
import { quoteInMessage } from '../text/quote-in-message';
import { isRecord, toBoolean, toCitedIds, toIsoDate, toText } from '../xml/xml-values';
import { toDateField, toLetterField, toNumberField, toTextField } from './fields';

const DOCUMENT_TYPES: readonly DocumentType[] = ['3', '3/A', '4', '4/A', '5', '5/A'];

const text = z.transform(toText);
const flag = z.transform(toBoolean);
const textField = z.transform(toTextField);
const numberField = z.transform(toNumberField);
const dateField = z.transform(toDateField);

function required(element: string) {
  return z.transform((raw: unknown, ctx) => {
    const value = toText(raw);
    if (value === null) ctx.issues.push({ code: 'custom', message: `missing <${element}>`, input: raw });
    return value ?? '';
  });
}

/** An element holding others; absent or empty (`<x/>`) reads as an element with no children. */
function container<Shape extends z.core.$ZodShape>(shape: Shape) {
  return z.pipe(
    z.transform((raw: unknown) => (isRecord(raw) ? raw : {})),
    z.object(shape),
  );
}

/** A repeated element: fast-xml-parser gives an array when told to, but be sure. */
function list<Item extends z.core.$ZodType>(item: Item) {
  return z.pipe(
    z.transform((raw: unknown) => (Array.isArray(raw) ? raw : raw == null || raw === '' ? [] : [raw])),
    z.array(item),
  );
}

// <transactionCoding> carries its own footnotes beside its children.
const coding = z.transform((raw: unknown) => {
  const element = isRecord(raw) ? raw : {};
  return {
    formType: toText(element.transactionFormType),
    code: toText(element.transactionCode)?.toUpperCase() ?? null,
    equitySwapInvolved: toBoolean(element.equitySwapInvolved) === true,
    footnoteIds: toCitedIds(raw),
  };
});

const rawRow = container({
  securityTitle: textField,
  conversionOrExercisePrice: numberField,
  transactionDate: dateField,
  deemedExecutionDate: dateField,
  transactionCoding: coding,
  transactionTimeliness: textField,
  transactionAmounts: container({
    transactionShares: numberField,
    transactionTotalValue: numberField,
    transactionPricePerShare: numberField,
    transactionAcquiredDisposedCode: z.transform((raw: unknown) => toLetterField(raw, ['A', 'D'] as const)),
  }),
  exerciseDate: dateField,
  expirationDate: dateField,
  underlyingSecurity: container({
    underlyingSecurityTitle: textField,
    underlyingSecurityShares: numberField,
    underlyingSecurityValue: numberField,
  }),
  postTransactionAmounts: container({
    sharesOwnedFollowingTransaction: numberField,
    valueOwnedFollowingTransaction: numberField,
  }),
  ownershipNature: container({
    directOrIndirectOwnership: z.transform((raw: unknown) => toLetterField(raw, ['D', 'I'] as const)),
    natureOfOwnership: textField,
  }),
});

type RawRow = z.output<typeof rawRow>;

function toRow(raw: RawRow, table: TableKind, kind: RowKind, index: number): Row {
  const coding = raw.transactionCoding;
  const timeliness = raw.transactionTimeliness;
  const flagCodes: Row['flagCodes'] = [];
  if (coding.equitySwapInvolved) flagCodes.push('K');
  if (timeliness.text?.toUpperCase() === 'E') flagCodes.push('V');
  return {
    table,
    kind,
    index,
    securityTitle: raw.securityTitle,
    conversionOrExercisePrice: raw.conversionOrExercisePrice,
    transactionDate: raw.transactionDate,
    deemedExecutionDate: raw.deemedExecutionDate,
    transactionFormType: coding.formType,
    code: coding.code,
    equitySwapInvolved: coding.equitySwapInvolved,
    codingFootnoteIds: coding.footnoteIds,
    timeliness,
    flagCodes,
    shares: raw.transactionAmounts.transactionShares,
    totalValue: raw.transactionAmounts.transactionTotalValue,
    pricePerShare: raw.transactionAmounts.transactionPricePerShare,
    acquiredDisposed: raw.transactionAmounts.transactionAcquiredDisposedCode,
    sharesOwnedAfter: raw.postTransactionAmounts.sharesOwnedFollowingTransaction,
    valueOwnedAfter: raw.postTransactionAmounts.valueOwnedFollowingTransaction,
    directOrIndirect: raw.ownershipNature.directOrIndirectOwnership,
    natureOfOwnership: raw.ownershipNature.natureOfOwnership,
    exerciseDate: raw.exerciseDate,
    expirationDate: raw.expirationDate,
    underlyingTitle: raw.underlyingSecurity.underlyingSecurityTitle,
    underlyingShares: raw.underlyingSecurity.underlyingSecurityShares,
    underlyingValue: raw.underlyingSecurity.underlyingSecurityValue,
  };
}

const reportingOwner = container({
    // Names are optional in the SEC's schema: filers may give only CIKs (EDGAR adds names on
  // dissemination; the tech-spec sample documents have none).
  // A missing CIK is read as '' with a warning (lib/filing/filing-warnings.ts): the figures never need it.
  reportingOwnerId: container({ rptOwnerCik: text, rptOwnerName: text }),
  reportingOwnerAddress: container({
    rptOwnerStreet1: text,
    rptOwnerStreet2: text,
    rptOwnerCity: text,
    rptOwnerState: text,
    rptOwnerZipCode: text,
    rptOwnerStateDescription: text,
  }),
  reportingOwnerRelationship: container({
    isDirector: flag,
    isOfficer: flag,
    isTenPercentOwner: flag,
    isOther: flag,
    officerTitle: text,
    otherText: text,
  }),
});

function toReportingOwner(raw: z.output<typeof reportingOwner>): ReportingOwner {
  const address = raw.reportingOwnerAddress;
  const relationship = raw.reportingOwnerRelationship;
  return {
    cik: raw.reportingOwnerId.rptOwnerCik ?? '',
    name: raw.reportingOwnerId.rptOwnerName,
    address: {
      street1: address.rptOwnerStreet1,
      street2: address.rptOwnerStreet2,
      city: address.rptOwnerCity,
      state: address.rptOwnerState,
      zipCode: address.rptOwnerZipCode,
      stateDescription: address.rptOwnerStateDescription,
    },
    relationship: {
      isDirector: relationship.isDirector === true,
      isOfficer: relationship.isOfficer === true,
      isTenPercentOwner: relationship.isTenPercentOwner === true,
      isOther: relationship.isOther === true,
      officerTitle: relationship.officerTitle,
      otherText: relationship.otherText,
    },
  };
}

const documentType = z.transform((raw: unknown, ctx) => {
  const value = toText(raw);
  if (value === null) {
    ctx.issues.push({ code: 'custom', message: 'missing <documentType>', input: raw });
  } else if (!DOCUMENT_TYPES.includes(value as DocumentType)) {
    ctx.issues.push({
      code: 'custom',
      message: `unsupported <documentType> "${quoteInMessage(value)}" (expected 3, 4 or 5, or an amendment 3/A, 4/A, 5/A)`,
      input: raw,
    });
  }
  return value as DocumentType;
});

const footnote = z.transform((raw: unknown) => ({
  id: isRecord(raw) ? (toText(raw.id) ?? '') : '',
  text: toText(raw) ?? '',
}));

const signature = container({ signatureName: text, signatureDate: text });

const rawDocument = container({
  schemaVersion: text,
  documentType,
  periodOfReport: text,
  dateOfOriginalSubmission: text,
  notSubjectToSection16: flag,
  noSecuritiesOwned: flag,
  form3HoldingsReported: flag,
  form4TransactionsReported: flag,
  aff10b5One: flag,
  issuer: container({
    issuerCik: required('issuerCik'),
    issuerName: text,
    issuerTradingSymbol: text,
  }),
  reportingOwner: z.pipe(
    list(reportingOwner),
    z.transform((owners, ctx) => {
      if (owners.length === 0) ctx.issues.push({ code: 'custom', message: 'missing <reportingOwner>', input: owners });
      return owners;
    }),
  ),
  nonDerivativeTable: container({
    nonDerivativeTransaction: list(rawRow),
    nonDerivativeHolding: list(rawRow),
  }),
  derivativeTable: container({
    derivativeTransaction: list(rawRow),
    derivativeHolding: list(rawRow),
  }),
  footnotes: container({ footnote: list(footnote) }),
  remarks: text,
  ownerSignature: list(signature),
});

function toRows(raws: RawRow[], table: TableKind, kind: RowKind): Row[] {
  return raws.map((raw, index) => toRow(raw, table, kind, index));
}

/** The schema of the element `<ownershipDocument>` as fast-xml-parser returns it. */
export const ownershipDocumentSchema = z.pipe(
  rawDocument,
  z.transform((raw): OwnershipDocument => ({
    schemaVersion: raw.schemaVersion,
    documentType: raw.documentType,
    periodOfReport: toIsoDate(raw.periodOfReport) ?? raw.periodOfReport,
    dateOfOriginalSubmission: toIsoDate(raw.dateOfOriginalSubmission) ?? raw.dateOfOriginalSubmission,
    notSubjectToSection16: raw.notSubjectToSection16 === true,
    noSecuritiesOwned: raw.noSecuritiesOwned === true,
    form3HoldingsReported: raw.form3HoldingsReported,
    form4TransactionsReported: raw.form4TransactionsReported,
    aff10b5One: raw.aff10b5One,
    issuer: {
      cik: raw.issuer.issuerCik,
      name: raw.issuer.issuerName,
      tradingSymbol: raw.issuer.issuerTradingSymbol,
    },
    reportingOwners: raw.reportingOwner.map(toReportingOwner),
    transactions: [
      ...toRows(raw.nonDerivativeTable.nonDerivativeTransaction, 'nonDerivative', 'transaction'),
      ...toRows(raw.derivativeTable.derivativeTransaction, 'derivative', 'transaction'),
    ],
    holdings: [
      ...toRows(raw.nonDerivativeTable.nonDerivativeHolding, 'nonDerivative', 'holding'),
      ...toRows(raw.derivativeTable.derivativeHolding, 'derivative', 'holding'),
    ],
    footnotes: raw.footnotes.footnote,
    remarks: raw.remarks,
    signatures: raw.ownerSignature.map((s) => ({ name: s.signatureName, date: s.signatureDate })),
  })),
);

/** The repeated elements of the schema: always lists, even when a filing has one. */
export const REPEATED_ELEMENTS = new Set([
  'reportingOwner',
  'nonDerivativeTransaction',
  'nonDerivativeHolding',
  'derivativeTransaction',
  'derivativeHolding',
  'footnote',
  'footnoteId',
  'ownerSignature',
]);
