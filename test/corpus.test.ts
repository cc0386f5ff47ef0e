// Every real filing of the shared corpus (xml/ and submissions/) goes through parseOwnership.
// Each one either parses or is listed in KNOWN_BROKEN with the error it must give and why.
// Parsed documents are checked against two independent readings of the same filing:
//   1. simple regexes over the raw text (element counts, transaction codes, filed values,
//      footnote references), computed here and not with the parser's code;
//   2. MANIFEST.tsv, computed by the corpus's authors with Python's xml.etree.

import { describe, it, expect } from 'vitest';
import { parseOwnership } from '../lib/filing/parse-ownership';
import type { OwnershipDocument, Row } from '../lib/filing/model';
import { CORPUS, corpusExists, corpusMissingMessage, listCorpus, readCorpus } from './corpus-path';
import { NUMBER_FIELDS } from './number-fields';

/** Files that must fail, with the distinctive part of their message and the reason. */
const KNOWN_BROKEN: Record<string, { message: RegExp; why: string }> = {
  // A year-2000 Form 4 filed as plain text: the submission has no <XML> block at all.
  'submissions/edgartools__0001094891-00-000193.txt': {
    message: /^This submission holds no ownership XML: .*plain text/,
    why: 'a pre-2003 plain-text Form 4 with no <XML> block',
  },
};

// The source repo's authors commented out <rptOwnerCik> (line 14: `<!-- <rptOwnerCik>...`).
const NO_OWNER_CIK = 'xml/springloading_insider_trades__xml_error.xml';

const FILES = [...listCorpus('xml'), ...listCorpus('submissions')];

const DOCUMENT_TYPES = ['3', '3/A', '4', '4/A', '5', '5/A'];

// ---------------------------------------------------------------------------------------------
// The independent reading of a raw file.

/**
 * The `<ownershipDocument>…</ownershipDocument>` span of a file (for submissions: of its <XML>
 * block), with comments and browser-injected `<script>` elements removed so that they are not
 * counted.
 */
function rawOwnershipXml(text: string): string {
  const block = /<XML>([\s\S]*?)<\/XML>/i.exec(text)?.[1] ?? text;
  const span = /<ownershipDocument[\s>][\s\S]*<\/ownershipDocument>/.exec(block)?.[0];
  if (span === undefined) throw new Error('no <ownershipDocument> span in the raw text');
  return span.replace(/<!--[\s\S]*?-->/g, '').replace(/<script[\s>][\s\S]*?<\/script>/gi, '');
}

/** Start tags of an element, not of longer names (`<reportingOwner>` but not `<reportingOwnerId>`). */
function countStartTags(xml: string, name: string): number {
  return (xml.match(new RegExp(`<${name}(?=[\\s/>])`, 'g')) ?? []).length;
}

function elements(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name}>[\\s\\S]*?</${name}>`, 'g')) ?? [];
}

/** The trimmed `<value>` text of `<name><value>…</value>` inside a row's raw XML; null when empty or absent. */
function rawValue(rowXml: string, name: string): string | null {
  const match = new RegExp(`<${name}>\\s*<value>([^<]*)</value>`).exec(rowXml);
  const text = match?.[1]?.trim() ?? '';
  return text === '' ? null : text;
}

function rawCode(rowXml: string): string | null {
  const text = /<transactionCode>([^<]*)<\/transactionCode>/.exec(rowXml)?.[1]?.trim() ?? '';
  return text === '' ? null : text;
}

interface RawReading {
  owners: number;
  nonDerivativeTransactions: string[];
  derivativeTransactions: string[];
  nonDerivativeHoldings: number;
  derivativeHoldings: number;
  footnotes: number;
  /** Footnote ids referenced inside the two tables. */
  tableFootnoteIds: Set<string>;
}

function readRaw(text: string): RawReading {
  const xml = rawOwnershipXml(text);
  const tables = [...elements(xml, 'nonDerivativeTable'), ...elements(xml, 'derivativeTable')].join('\n');
  return {
    owners: countStartTags(xml, 'reportingOwner'),
    nonDerivativeTransactions: elements(xml, 'nonDerivativeTransaction'),
    derivativeTransactions: elements(xml, 'derivativeTransaction'),
    nonDerivativeHoldings: countStartTags(xml, 'nonDerivativeHolding'),
    derivativeHoldings: countStartTags(xml, 'derivativeHolding'),
    footnotes: countStartTags(xml, 'footnote'),
    tableFootnoteIds: new Set([...tables.matchAll(/<footnoteId\s+id\s*=\s*"([^"]*)"/g)].map((m) => m[1]!)),
  };
}

// ---------------------------------------------------------------------------------------------
// Walks over the model.

type AnyField = { text: string | null; value: unknown; footnoteIds: string[] };

function isField(value: unknown): value is AnyField {
  return typeof value === 'object' && value !== null && Array.isArray((value as { footnoteIds?: unknown }).footnoteIds);
}

/** Every footnote id cited on a row: each Field's footnoteIds and the coding's own. */
function citedIds(row: Row): string[] {
  const ids = [...row.codingFootnoteIds];
  for (const value of Object.values(row)) if (isField(value)) ids.push(...value.footnoteIds);
  return ids;
}

/** Paths of every number in a value that is NaN or ±Infinity. */
function nonFiniteNumbers(value: unknown, path = 'document'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFiniteNumbers(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => nonFiniteNumbers(item, `${path}.${key}`));
  }
  return [];
}


const of = (rows: Row[], table: Row['table']) => rows.filter((row) => row.table === table);

// ---------------------------------------------------------------------------------------------

describe('the corpus', () => {
  it(`is present at ${CORPUS}`, () => {
    if (!corpusExists()) expect.unreachable(corpusMissingMessage());
    expect(listCorpus('xml').length, 'xml/ holds the 511 documents the corpus README lists').toBe(511);
    expect(listCorpus('submissions').length, 'submissions/ holds the 16 submissions the README lists').toBe(16);
  });

  it('parses more than 500 files, and fails exactly on the known-broken ones', () => {
    if (!corpusExists()) expect.unreachable(corpusMissingMessage());
    const failed: string[] = [];
    for (const file of FILES) if (!parseOwnership(readCorpus(file)).ok) failed.push(file);
    expect(failed.sort()).toEqual(Object.keys(KNOWN_BROKEN).sort());
    // 511 + 16 files, of which the one known-broken one fails.
    expect(FILES.length - failed.length).toBe(526);
    expect(FILES.length - failed.length).toBeGreaterThan(500);
  });
});

describe.each(Object.entries(KNOWN_BROKEN))('known-broken %s', (file, { message, why }) => {
  it(`fails with a one-sentence message (${why})`, () => {
    const result = parseOwnership(readCorpus(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect(result.error.message).toMatch(/\.$/);
    expect(result.error.message).not.toMatch(/[\r\n]/);
  });
});

describe.each(FILES.filter((file) => !(file in KNOWN_BROKEN)))('%s', (file) => {
  it('parses, and agrees with an independent reading of the raw XML', () => {
    const text = readCorpus(file);
    const result = parseOwnership(text);
    if (!result.ok) expect.unreachable(`${file}: ${result.error.message} (${result.error.details ?? 'no details'})`);
    const doc: OwnershipDocument = result.filing.document;
    const raw = readRaw(text);

    // Counts.
    expect(doc.reportingOwners.length, 'reporting owners').toBe(raw.owners);
    expect(of(doc.transactions, 'nonDerivative').length, 'non-derivative transactions').toBe(
      raw.nonDerivativeTransactions.length,
    );
    expect(of(doc.transactions, 'derivative').length, 'derivative transactions').toBe(raw.derivativeTransactions.length);
    expect(of(doc.holdings, 'nonDerivative').length, 'non-derivative holdings').toBe(raw.nonDerivativeHoldings);
    expect(of(doc.holdings, 'derivative').length, 'derivative holdings').toBe(raw.derivativeHoldings);
    expect(doc.footnotes.length, 'footnotes').toBe(raw.footnotes);

    // Rows are in table I then table II order, numbered within their table and kind.
    for (const [rows, kind] of [
      [doc.transactions, 'transaction'],
      [doc.holdings, 'holding'],
    ] as const) {
      expect(rows.map((row) => row.table)).toEqual([...of(rows, 'nonDerivative'), ...of(rows, 'derivative')].map((r) => r.table));
      for (const row of rows) expect(row.kind).toBe(kind);
      for (const table of ['nonDerivative', 'derivative'] as const) {
        expect(of(rows, table).map((row) => row.index)).toEqual(of(rows, table).map((_, i) => i));
      }
    }

    // Each transaction against its own raw element, in filing order.
    const rawTransactions = [...raw.nonDerivativeTransactions, ...raw.derivativeTransactions];
    doc.transactions.forEach((row, i) => {
      const rowXml = rawTransactions[i]!;
      const where = `${row.table} transaction ${row.index}`;
      expect(row.code, `${where}: transactionCode`).toBe(rawCode(rowXml)?.toUpperCase() ?? null);
      expect(row.shares.text, `${where}: transactionShares`).toBe(rawValue(rowXml, 'transactionShares'));
      expect(row.pricePerShare.text, `${where}: transactionPricePerShare`).toBe(
        rawValue(rowXml, 'transactionPricePerShare'),
      );
      expect(row.sharesOwnedAfter.text, `${where}: sharesOwnedFollowingTransaction`).toBe(
        rawValue(rowXml, 'sharesOwnedFollowingTransaction'),
      );
      expect(row.acquiredDisposed.text, `${where}: transactionAcquiredDisposedCode`).toBe(
        rawValue(rowXml, 'transactionAcquiredDisposedCode'),
      );
    });
    // Where the raw XML codes every transaction, every parsed transaction has a code.
    if (rawTransactions.every((rowXml) => rawCode(rowXml) !== null)) {
      expect(doc.transactions.filter((row) => row.code === null)).toEqual([]);
    }

    // Footnotes: every id cited on any field exists, and the cited ids are the ones the tables cite.
    const defined = new Set(doc.footnotes.map((footnote) => footnote.id));
    const cited = new Set([...doc.transactions, ...doc.holdings].flatMap(citedIds));
    expect([...cited].filter((id) => !defined.has(id)), 'cited footnotes that do not exist').toEqual([]);
    expect([...cited].sort()).toEqual([...raw.tableFootnoteIds].sort());

    // Numbers: nothing NaN or infinite anywhere; a plainly filed decimal reads as that decimal.
    expect(nonFiniteNumbers(doc)).toEqual([]);
    for (const row of [...doc.transactions, ...doc.holdings]) {
      for (const name of NUMBER_FIELDS) {
        const field = row[name];
        if (field.text !== null && /^-?\d+(\.\d+)?$/.test(field.text)) expect(field.value).toBe(Number(field.text));
        if (field.text === null) expect(field.value).toBeNull();
      }
    }

    expect(DOCUMENT_TYPES).toContain(doc.documentType);
    expect(doc.issuer.cik).toMatch(/^\d{1,10}$/);
    // The one filing without an owner CIK is read with a warning (tested below).
    for (const owner of doc.reportingOwners) expect(owner.cik).toMatch(file === NO_OWNER_CIK ? /^$/ : /^\d{1,10}$/);
  });
});

describe('tolerant reading (docs/design.md section 7)', () => {
  it('reads the filing whose owner CIK the source repo commented out, with a one-line warning', () => {
    const result = parseOwnership(readCorpus(NO_OWNER_CIK));
    if (!result.ok) return expect.unreachable(result.error.message);
    const { document, warnings } = result.filing;
    expect(document.reportingOwners.map((owner) => owner.cik)).toEqual(['']);
    expect(warnings).toHaveLength(1);
    expect(warnings![0]).toMatch(/^Reporting owner "[^"]+" has no <rptOwnerCik>; the filing was read without it\.$/);
  });

  it('reads a filing without the issuer name, with a warning, and no warnings on a complete filing', () => {
    const first = FILES.find((file) => file.startsWith('xml/') && file !== NO_OWNER_CIK)!;
    const text = readCorpus(first);
    const complete = parseOwnership(text);
    if (!complete.ok) return expect.unreachable(complete.error.message);
    expect(complete.filing.warnings).toEqual([]);
    const nameless = parseOwnership(text.replace(/<issuerName>[^<]*<\/issuerName>/, ''));
    if (!nameless.ok) return expect.unreachable(nameless.error.message);
    expect(nameless.filing.document.issuer.name).toBeNull();
    expect(nameless.filing.warnings).toEqual([
      `The issuer (CIK ${complete.filing.document.issuer.cik}) has no <issuerName>; the filing was read without it.`,
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// MANIFEST.tsv: a second, independent reading (Python's xml.etree), for every xml/ row with
// parse_status ok and every submission whose embedded XML parsed.

interface ManifestRow {
  [column: string]: string;
}

function readManifest(): ManifestRow[] {
  const [header, ...lines] = readCorpus('MANIFEST.tsv').split('\n').filter((line) => line !== '');
  const columns = header!.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [columns[i]!, cell])));
}

const MANIFEST = corpusExists() ? readManifest() : [];

/** The manifest's aff10b5One column (absent | 0 | 1 | true | false) as the model's boolean. */
function manifestFlag(cell: string): boolean | null {
  return cell === 'absent' ? null : cell === '1' || cell === 'true';
}

describe('MANIFEST.tsv', () => {
  it('lists every file of xml/ and submissions/, and nothing else of those folders', () => {
    if (!corpusExists()) expect.unreachable(corpusMissingMessage());
    const listed = MANIFEST.filter((row) => row.kind === 'xml' || row.kind === 'submission').map((row) => row.file);
    expect(listed.sort()).toEqual([...FILES].sort());
  });

  const checked = MANIFEST.filter(
    (row) =>
      (row.kind === 'xml' && row.parse_status === 'ok') ||
      (row.kind === 'submission' && /embedded xml ok/.test(row.parse_status ?? '')),
  );

  it('has the rows this test expects to check (510 xml ok + 15 submissions)', () => {
    if (!corpusExists()) expect.unreachable(corpusMissingMessage());
    expect(checked.filter((row) => row.kind === 'xml').length).toBe(510);
    expect(checked.filter((row) => row.kind === 'submission').length).toBe(15);
  });

  describe.each(checked.map((row) => [row.file!, row] as const))('%s', (file, row) => {
    it('agrees with the parsed document', () => {
      const result = parseOwnership(readCorpus(file));
      const broken = KNOWN_BROKEN[file];
      if (broken) {
        // Well-formed XML (so "ok" for xml.etree) that our schema rejects.
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toMatch(broken.message);
        return;
      }
      if (!result.ok) expect.unreachable(`${file}: ${result.error.message}`);
      const doc = result.filing.document;
      expect({
        documentType: doc.documentType,
        schemaVersion: doc.schemaVersion ?? '',
        reporting_owners: doc.reportingOwners.length,
        nonderiv_transactions: of(doc.transactions, 'nonDerivative').length,
        deriv_transactions: of(doc.transactions, 'derivative').length,
        nonderiv_holdings: of(doc.holdings, 'nonDerivative').length,
        deriv_holdings: of(doc.holdings, 'derivative').length,
        footnotes: doc.footnotes.length,
        aff10b5One: doc.aff10b5One,
        remarks: doc.remarks === null ? 'no' : 'yes',
        issuerTradingSymbol: doc.issuer.tradingSymbol ?? '',
        issuerCik: doc.issuer.cik,
        periodOfReport: doc.periodOfReport,
      }).toEqual({
        documentType: row.documentType,
        schemaVersion: row.schemaVersion,
        reporting_owners: Number(row.reporting_owners),
        nonderiv_transactions: Number(row.nonderiv_transactions),
        deriv_transactions: Number(row.deriv_transactions),
        nonderiv_holdings: Number(row.nonderiv_holdings),
        deriv_holdings: Number(row.deriv_holdings),
        footnotes: Number(row.footnotes),
        aff10b5One: manifestFlag(row.aff10b5One!),
        remarks: row.remarks,
        issuerTradingSymbol: row.issuerTradingSymbol,
        issuerCik: row.issuerCik,
        // The model keeps the date of a zone-suffixed period ("2021-09-30-05:00" -> "2021-09-30").
        periodOfReport: /^\d{4}-\d{2}-\d{2}/.exec(row.periodOfReport!)?.[0] ?? row.periodOfReport,
      });
      // Submissions carry their accession number in the header; stand-alone XML files do not.
      expect(result.filing.accession).toBe(row.kind === 'submission' ? row.accession : null);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The *.extracted.xml files are byte slices of a submission's <XML> block: both must give the
// same document.

const EXTRACTED = listCorpus('xml').filter((file) => file.endsWith('.extracted.xml'));

describe('a submission and its extracted <XML> block', () => {
  it('are paired for all 14 extracted files', () => {
    if (!corpusExists()) expect.unreachable(corpusMissingMessage());
    expect(EXTRACTED.length).toBe(14);
  });

  it.each(EXTRACTED)('%s reads the same as its submission', (file) => {
    const stem = file.replace(/^xml\//, '').replace(/\.extracted\.xml$/, '');
    const submission = listCorpus('submissions').find((name) => name.replace(/^submissions\//, '').replace(/\.[^.]+$/, '') === stem);
    expect(submission, `submission for ${stem}`).toBeDefined();
    const fromSlice = parseOwnership(readCorpus(file));
    const fromSubmission = parseOwnership(readCorpus(submission!));
    if (!fromSlice.ok || !fromSubmission.ok) {
      expect.unreachable(`${file}: ${JSON.stringify([fromSlice, fromSubmission].map((r) => (r.ok ? 'ok' : r.error.message)))}`);
    }
    expect(fromSubmission.filing.document).toEqual(fromSlice.filing.document);
    expect(fromSlice.filing.accession).toBeNull();
    expect(fromSubmission.filing.accession).toMatch(/^\d{10}-\d{2}-\d{6}$/);
  });
});
