// Property tests: real corpus filings, mutated at random (an element or a line dropped, an
// element duplicated, the file cut short, values replaced with junk, unknown transaction codes,
// random characters including lone UTF-16 surrogates inserted). Whatever the mutation,
// parseOwnership must not throw, must return quickly, and must return either a sound document
// or a one-sentence error with a known prefix.

import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseOwnership } from '../lib/filing/parse-ownership';
import type { OwnershipDocument, ParseResult, Row } from '../lib/filing/model';
import { readCorpus } from './corpus-path';
import { NUMBER_FIELDS } from './number-fields';

/** Varied real files: Forms 3/4/5 and amendments, SEC samples (CRLF, no schemaVersion),
 * browser-saved files with a <script>, leading whitespace, many rows, many footnotes, many owners,
 * and three full submissions (.txt and .nc). */
const FUZZ_FILES = [
  'xml/InsidersTradeMonitor__AAPL_wf-form4_155718184308434.xml',
  'xml/InsidersTradeMonitor__AAPL_wf-form4_156582182214854.xml',
  'xml/edgar_client__doc3.xml',
  'xml/edgar_client__doc4a.xml',
  'xml/edgar_client__doc5.xml',
  'xml/edgar_client__form3.xml',
  'xml/edgar_client__form4a.xml',
  'xml/edgartools__form3.nosecurities.xml',
  'xml/edgartools__form3.snow.xml',
  'xml/edgartools__form5.snow.xml',
  'xml/springloading_insider_trades__xml_deriv_and_nonderiv.xml',
  'xml/springloading_insider_trades__xml_timestamp.xml',
  'xml/springloading_insider_trades__should_fail.xml',
  'xml/follow-insider-api__ownership-doc.extracted.xml',
  'xml/go-edgar__beckton_dickerson_remarks_10b51_input.xml',
  'xml/datamule-python__000117911020011380_edgar.xml',
  'xml/datamule-python__000089924321049992_doc4.xml',
  'xml/datamule-python__000089924321036608_doc3.xml',
  'submissions/edgartools__0001127602-25-004598.nc',
  'submissions/secform4project__softbank_derivative_acquisition.xml',
  'submissions/sec-edgar-parser__form4A.txt',
];

// Read once; a missing corpus throws here with a clear message and fails the file.
const TEXTS = FUZZ_FILES.map((file) => readCorpus(file));

/**
 * The same cases on every machine and every run: a fixed seed and a fixed number of runs.
 * FUZZ_RUNS=20000 FUZZ_SEED=n npx vitest run test/parse-fuzz.test.ts for a longer hunt. Time on
 * hostile text is measured by growth ratios (test/linear-time.test.ts), not here.
 */
const RUNS = Number(process.env.FUZZ_RUNS) || 200;
const SEED = Number(process.env.FUZZ_SEED) || 20261206;

const KNOWN_PREFIXES = ['Form 4 XML: ', 'This submission holds no ownership XML: '];

// ---------------------------------------------------------------------------------------------
// Mutations, as plain data so that fast-check prints (and shrinks) readable counterexamples.

type Mutation =
  | { kind: 'dropElement'; pick: number }
  | { kind: 'dropLine'; pick: number }
  | { kind: 'duplicateElement'; pick: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'junkValue'; pick: number; junk: string }
  | { kind: 'unknownCode'; pick: number; code: string }
  | { kind: 'insertText'; at: number; text: string };

/** Any UTF-16 code unit, so lone surrogates (D800-DFFF) and NUL are included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const markupBit = fc.constantFrom(
  '<', '>', '&', '"', "'", '/', '\u0000', '\ud800', '\udc00', '\udfff\ud800', '\ufeff', '\ufffe', '\r', '\n',
  ']]>', '<!--', '-->', '<![CDATA[', '<?', '?>', '&amp;', '&#0;', '&#xD800;', '&#x110000;', '&nbsp;', '&lol;',
  '<value>', '</value>', '<footnoteId id="F99"/>', '<footnoteId/>', '<x>', '</x>', '<ownershipDocument>',
  '</ownershipDocument>', '<XML>', '</XML>', '<!ENTITY', '<script>alert(1)</script>',
);
const randomText = fc.string({ unit: fc.oneof(codeUnit, markupBit, fc.string({ unit: 'binary', maxLength: 2 })), maxLength: 24 });

const junkValue = fc.oneof(
  fc.constantFrom(
    '', ' ', 'abc', 'N/A', 'see footnote', '1e999', '-1e999', '1e-999', '-0', '+0', '0.', '.5', '.', '-', '+', 'e5',
    'NaN', 'Infinity', '-Infinity', '0x1F', '1_000', '1,234,567.89', '$12.50', '(100)', '12%', '١٢٣', '１２３',
    '9'.repeat(400), `-${'9'.repeat(400)}`, `0.${'0'.repeat(400)}1`, `${'1'.repeat(309)}.5`, '1.7976931348623157e308',
    '2021-13-45', '2021-09-30-05:00', 'true', 'A', 'D', 'I', 'Z',
  ),
  fc.stringMatching(/^[-+]?\d{1,400}(\.\d{0,20})?([eE][-+]?\d{1,4})?$/),
  randomText.filter((text) => !text.includes('<') && !text.includes('&')),
);

const unknownCode = fc.oneof(
  fc.constantFrom('Z', 'Q', 'B', 'N', 'R', 'T', 'Y', 'p', 's', 'PP', 'S1', '?', '', ' ', '0', 'ZZZZZZZZ'),
  fc.string({ unit: 'grapheme-ascii', maxLength: 4 }).filter((text) => !text.includes('<') && !text.includes('&')),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('dropElement' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('dropLine' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateElement' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('junkValue' as const), pick: fc.nat(), junk: junkValue }),
  fc.record({ kind: fc.constant('unknownCode' as const), pick: fc.nat(), code: unknownCode }),
  fc.record({ kind: fc.constant('insertText' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: randomText }),
);

/** Start positions of `<name ...>` start tags (not closing tags, declarations or self-closing tags). */
function startTags(text: string): { name: string; start: number }[] {
  const tags: { name: string; start: number }[] = [];
  for (const match of text.matchAll(/<([A-Za-z_][\w.:-]*)(?:\s[^<>]*)?(?<!\/)>/g)) tags.push({ name: match[1]!, start: match.index });
  return tags;
}

/** The span of a random element `<tag …>…</tag>` (its first closing tag), or null. */
function elementSpan(text: string, pick: number): { start: number; end: number } | null {
  const tags = startTags(text);
  if (tags.length === 0) return null;
  const { name, start } = tags[pick % tags.length]!;
  const close = `</${name}>`;
  const at = text.indexOf(close, start);
  return at === -1 ? null : { start, end: at + close.length };
}

function nthMatch(text: string, pattern: RegExp, pick: number): RegExpExecArray | null {
  const matches = [...text.matchAll(pattern)];
  return matches.length === 0 ? null : matches[pick % matches.length]!;
}

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'dropElement': {
      const span = elementSpan(text, m.pick);
      return span ? text.slice(0, span.start) + text.slice(span.end) : text;
    }
    case 'duplicateElement': {
      const span = elementSpan(text, m.pick);
      return span ? text.slice(0, span.end) + text.slice(span.start, span.end) + text.slice(span.end) : text;
    }
    case 'dropLine': {
      const lines = text.split('\n');
      lines.splice(m.pick % lines.length, 1);
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, Math.floor(text.length * m.at));
    case 'junkValue': {
      const match = nthMatch(text, /<value>([^<]*)<\/value>/g, m.pick);
      if (!match) return text;
      const start = match.index + '<value>'.length;
      return text.slice(0, start) + m.junk + text.slice(start + match[1]!.length);
    }
    case 'unknownCode': {
      const match = nthMatch(text, /<transactionCode>([^<]*)<\/transactionCode>/g, m.pick);
      if (match) {
        const start = match.index + '<transactionCode>'.length;
        return text.slice(0, start) + m.code + text.slice(start + match[1]!.length);
      }
      // No transaction (a Form 3): give a holding a coding with the unknown code.
      const holding = nthMatch(text, /<(?:nonD|d)erivativeHolding>/g, m.pick);
      if (!holding) return text;
      const at = holding.index + holding[0].length;
      return `${text.slice(0, at)}<transactionCoding><transactionFormType>4</transactionFormType><transactionCode>${m.code}</transactionCode></transactionCoding>${text.slice(at)}`;
    }
    case 'insertText': {
      const at = Math.floor(text.length * m.at);
      return text.slice(0, at) + m.text + text.slice(at);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The property.


const DOCUMENT_TYPES = ['3', '3/A', '4', '4/A', '5', '5/A'];

function nonFinite(value: unknown, path: string): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFinite(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => nonFinite(item, `${path}.${key}`));
  }
  return [];
}

function checkRows(rows: Row[], kind: Row['kind']): void {
  const tables = rows.map((row) => row.table);
  // Table I rows, then table II rows.
  expect(tables).toEqual([...tables.filter((t) => t === 'nonDerivative'), ...tables.filter((t) => t === 'derivative')]);
  for (const table of ['nonDerivative', 'derivative'] as const) {
    const indexes = rows.filter((row) => row.table === table).map((row) => row.index);
    expect(indexes).toEqual(indexes.map((_, i) => i));
  }
  for (const row of rows) {
    expect(row.kind).toBe(kind);
    expect(['nonDerivative', 'derivative']).toContain(row.table);
    for (const name of NUMBER_FIELDS) {
      const field = row[name];
      if (field.value !== null) {
        expect(typeof field.value).toBe('number');
        expect(Number.isFinite(field.value)).toBe(true);
        expect(field.text).not.toBeNull();
      }
      // A plainly filed decimal of a realistic length (filings use at most ~20 characters) reads
      // as that number; a longer one reads as that number or as null, never as something else.
      if (field.text !== null && /^-?\d+(\.\d+)?$/.test(field.text)) {
        const number = Number(field.text);
        if (field.text.length <= 30) expect(field.value).toBe(number);
        else expect([Number.isFinite(number) ? number : null, null]).toContain(field.value);
      }
      if (field.text !== null && /^(NaN|-?Infinity|[-+]?\d*\.?\d*e\d{3,})$/i.test(field.text) && !Number.isFinite(Number(field.text))) {
        expect(field.value).toBeNull();
      }
      expect(Array.isArray(field.footnoteIds)).toBe(true);
    }
    if (row.acquiredDisposed.value !== null) expect(['A', 'D']).toContain(row.acquiredDisposed.value);
    if (row.directOrIndirect.value !== null) expect(['D', 'I']).toContain(row.directOrIndirect.value);
  }
}

function checkDocument(doc: OwnershipDocument): void {
  expect(nonFinite(doc, 'document')).toEqual([]);
  expect(DOCUMENT_TYPES).toContain(doc.documentType);
  expect(doc.reportingOwners.length).toBeGreaterThan(0);
  checkRows(doc.transactions, 'transaction');
  checkRows(doc.holdings, 'holding');
}

function checkError(error: { message: string; details?: string }): void {
  const { message } = error;
  expect(typeof message).toBe('string');
  expect(message.trim()).not.toBe('');
  expect(KNOWN_PREFIXES.some((prefix) => message.startsWith(prefix)), `known prefix: ${message}`).toBe(true);
  expect(message, 'one line').not.toMatch(/[\r\n]/);
  expect(message, 'ends with a full stop').toMatch(/\.$/);
  if (error.details !== undefined) expect(typeof error.details).toBe('string');
}

/** Parse and check; returns the result for the callers that want more. */
function parseAndCheck(text: string): ParseResult {
  let result: ParseResult | undefined;
  expect(() => {
    result = parseOwnership(text);
  }).not.toThrow();
  if (result!.ok) checkDocument(result!.filing.document);
  else checkError(result!.error);
  return result!;
}

const fileIndex = fc.nat(FUZZ_FILES.length - 1);

describe('parseOwnership on mutated real filings', () => {
  it('reads every chosen file as it is', () => {
    for (const [i, text] of TEXTS.entries()) {
      const result = parseAndCheck(text);
      expect(result.ok, FUZZ_FILES[i]).toBe(true);
    }
  });

  it('never throws and gives a sound document or a one-sentence error (1 to 4 mixed mutations)', () => {
    fc.assert(
      fc.property(fileIndex, fc.array(mutation, { minLength: 1, maxLength: 4 }), (i, mutations) => {
        parseAndCheck(mutations.reduce(mutate, TEXTS[i]!));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('a dropped or duplicated element', () => {
    fc.assert(
      fc.property(fileIndex, fc.nat(), fc.boolean(), (i, pick, duplicate) => {
        parseAndCheck(mutate(TEXTS[i]!, { kind: duplicate ? 'duplicateElement' : 'dropElement', pick }));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('a file cut at any offset', () => {
    fc.assert(
      fc.property(fileIndex, fc.double({ min: 0, max: 1, noNaN: true }), (i, at) => {
        const result = parseAndCheck(mutate(TEXTS[i]!, { kind: 'truncate', at }));
        // Cutting at the very end changes nothing; anywhere before the root's closing tag fails.
        const text = TEXTS[i]!;
        const cut = Math.floor(text.length * at);
        if (cut < text.lastIndexOf('</ownershipDocument>')) expect(result.ok).toBe(false);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('a junk <value>: no row is dropped or added, and numbers stay finite (NaN, 1e999, 400 digits read as null)', () => {
    fc.assert(
      fc.property(fileIndex, fc.nat(), junkValue, (i, pick, junk) => {
        const original = parseOwnership(TEXTS[i]!);
        const result = parseAndCheck(mutate(TEXTS[i]!, { kind: 'junkValue', pick, junk }));
        if (!original.ok || !result.ok) return;
        // Junk in a value never drops or adds a row.
        expect(result.filing.document.transactions.length).toBe(original.filing.document.transactions.length);
        expect(result.filing.document.holdings.length).toBe(original.filing.document.holdings.length);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('an unknown transaction code is kept as filed (upper-cased), never dropping the row', () => {
    fc.assert(
      fc.property(fileIndex, fc.nat(), unknownCode, (i, pick, code) => {
        const original = parseOwnership(TEXTS[i]!);
        const mutated = mutate(TEXTS[i]!, { kind: 'unknownCode', pick, code });
        const result = parseAndCheck(mutated);
        // A file with no row at all (a Form 3 with no securities) has nowhere to put a code.
        if (!original.ok || !result.ok || mutated === TEXTS[i]) return;
        const rows = (r: typeof result) => [...r.filing.document.transactions, ...r.filing.document.holdings];
        expect(rows(result).length).toBe(rows(original).length);
        const trimmed = code.trim();
        if (trimmed !== '') expect(rows(result).map((row) => row.code)).toContain(trimmed.toUpperCase());
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('random characters, lone surrogates and markup inserted anywhere', () => {
    fc.assert(
      fc.property(fileIndex, fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), text: randomText }), { minLength: 1, maxLength: 5 }), (i, inserts) => {
        parseAndCheck(inserts.reduce((text, { at, text: extra }) => mutate(text, { kind: 'insertText', at, text: extra }), TEXTS[i]!));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
