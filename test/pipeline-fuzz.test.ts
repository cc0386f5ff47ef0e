// The whole pipeline on hostile variations of real filings: parseOwnership, then
// computeFigures, then toCsv read back by a real CSV parser. Whatever the mutation (elements
// dropped, duplicated, reordered or cut; empty, non-numeric, huge or negative values; unknown
// codes; more owners than the schema allows; thousands of rows; deep nesting; invalid UTF-8),
// nothing throws or hangs, and no NaN or Infinity reaches the figures or the CSV.

import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../lib/csv';
import { computeFigures, type Figures } from '../lib/figures';
import { parseOwnership } from '../lib/parse-ownership';
import { readCorpus } from './corpus-path';

const FILES = [
  'xml/InsidersTradeMonitor__AAPL_wf-form4_155718184308434.xml', // 5 S rows, weighted averages
  'xml/InsidersTradeMonitor__AAPL_wf-form4_156582182214854.xml', // M + S, both tables, a holding
  'xml/edgar_client__form4a.xml', // amendment
  'xml/edgartools__form3.snow.xml', // Form 3, holdings only, derivative holdings
  'xml/edgartools__form5.snow.xml', // Form 5
  'xml/springloading_insider_trades__xml_2.xml', // 3 reporting owners
  'xml/datamule-python__000149473018000006_edgardoc.xml', // P rows
  'xml/datamule-python__000089924321033350_doc4.xml', // many holding lines
  'submissions/sec-edgar-parser__1.txt', // a full submission
];
const TEXTS = FILES.map(readCorpus);
const RUNS = Number(process.env.FUZZ_RUNS) || 60;
const BOUND_MS = 2_000;

type Mutation =
  | { kind: 'drop' | 'duplicate' | 'truncate' | 'empty'; pick: number }
  | { kind: 'swap'; pick: number; other: number }
  | { kind: 'value'; pick: number; value: string }
  | { kind: 'code'; pick: number; code: string }
  | { kind: 'owners'; count: number }
  | { kind: 'rows'; count: number }
  | { kind: 'nest'; pick: number; depth: number };

const ELEMENT = /<(transactionShares|transactionPricePerShare|sharesOwnedFollowingTransaction|nonDerivativeTransaction|derivativeTransaction|nonDerivativeHolding|derivativeHolding|reportingOwner|footnotes|issuer|transactionCoding|postTransactionAmounts|ownershipNature)>[\s\S]*?<\/\1>/g;

function elements(text: string): { start: number; end: number }[] {
  return [...text.matchAll(ELEMENT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function at<T>(list: T[], pick: number): T | undefined {
  return list.length === 0 ? undefined : list[pick % list.length];
}

function nthValue(text: string, pick: number): RegExpExecArray | undefined {
  return at([...text.matchAll(/<value>([^<]*)<\/value>/g)], pick);
}

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'drop':
    case 'duplicate':
    case 'truncate': {
      const span = at(elements(text), m.pick);
      if (!span) return text;
      const element = text.slice(span.start, span.end);
      if (m.kind === 'drop') return text.slice(0, span.start) + text.slice(span.end);
      if (m.kind === 'duplicate') return text.slice(0, span.end) + element + text.slice(span.end);
      return text.slice(0, span.start) + element.slice(0, Math.floor(element.length / 2)) + text.slice(span.end);
    }
    case 'swap': {
      const spans = elements(text);
      const [a, b] = [at(spans, m.pick), at(spans, m.other)].sort((x, y) => (x?.start ?? 0) - (y?.start ?? 0));
      if (!a || !b || a.end > b.start) return text;
      return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
    }
    case 'empty': {
      const match = nthValue(text, m.pick);
      return match ? text.slice(0, match.index) + (m.pick % 2 ? '<value/>' : '<value></value>') + text.slice(match.index + match[0].length) : text;
    }
    case 'value': {
      const match = nthValue(text, m.pick);
      return match ? text.slice(0, match.index) + `<value>${m.value}</value>` + text.slice(match.index + match[0].length) : text;
    }
    case 'code':
      return text.replace(/<transactionCode>[^<]*<\/transactionCode>/, `<transactionCode>${m.code}</transactionCode>`);
    case 'owners': {
      const owner = /<reportingOwner>[\s\S]*?<\/reportingOwner>/.exec(text);
      return owner ? text.replace(owner[0], owner[0].repeat(m.count)) : text;
    }
    case 'rows': {
      const row = /<(nonDerivativeTransaction|nonDerivativeHolding|derivativeHolding)>[\s\S]*?<\/\1>/.exec(text);
      return row ? text.replace(row[0], row[0].repeat(m.count)) : text;
    }
    case 'nest': {
      const match = nthValue(text, m.pick);
      if (!match) return text;
      const wrapped = '<x>'.repeat(m.depth) + match[0] + '</x>'.repeat(m.depth);
      return text.slice(0, match.index) + wrapped + text.slice(match.index + match[0].length);
    }
  }
}

/** Invalid UTF-8 byte sequences, decoded as the browser and the CLI decode them (no throw, U+FFFD). */
function withInvalidUtf8(text: string, at: number, bytes: number[]): string {
  const buffer = Buffer.from(text, 'utf8');
  const offset = Math.floor(at * buffer.length);
  return new TextDecoder('utf-8').decode(Buffer.concat([buffer.subarray(0, offset), Buffer.from(bytes), buffer.subarray(offset)]));
}

function nonFinite(value: unknown, path = 'figures'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => nonFinite(inner, `${path}.${key}`));
}

function checkFigures(figures: Figures): void {
  expect(nonFinite(figures)).toEqual([]);
  const { bought, sold, netShares } = figures.openMarket;
  expect(Math.abs(netShares - (bought.shares - sold.shares))).toBeLessThan(1e-6);
  for (const totals of [bought, sold]) expect(totals.averagePrice === null).toBe(totals.pricedShares === 0);
}

/** Runs the pipeline on one input and checks every stage; returns what happened. */
function runPipeline(text: string): 'ok' | 'error' {
  const started = performance.now();
  const result = parseOwnership(text);
  if (!result.ok) {
    expect(result.error.message).toMatch(/^[^\n]+\.$/);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    return 'error';
  }
  const figures = computeFigures(result.filing.document);
  checkFigures(figures);
  const csv = toCsv(result.filing);
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  const records: string[][] = parseCsv(csv, { relax_quotes: false });
  const { transactions, holdings } = result.filing.document;
  expect(records).toHaveLength(1 + transactions.length + holdings.length);
  for (const record of records) expect(record).toHaveLength(CSV_COLUMNS.length);
  // Filed text is written as filed (even a filed "NaN"); the cells we compute never are.
  const value = CSV_COLUMNS.indexOf('value');
  expect(records.slice(1).map((record) => record[value]!).filter((cell) => /NaN|Infinity/.test(cell))).toEqual([]);
  return 'ok';
}

const pick = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop', 'duplicate', 'truncate', 'empty'), pick }),
  fc.record({ kind: fc.constant('swap'), pick, other: pick }),
  fc.record({
    kind: fc.constant('value'),
    pick,
    value: fc.oneof(
      fc.constantFrom('abc', '1e308', '-1e308', '9'.repeat(400), '-12.5', '-0', 'NaN', 'Infinity', '0.000000001', '1,000.5', '$3.17'),
      fc.double().map(String),
    ),
  }),
  fc.record({ kind: fc.constant('code'), code: fc.constantFrom('Q', 'ZZ', 'p', '', '9', 'K', 'V') , pick }),
  fc.record({ kind: fc.constant('owners'), count: fc.integer({ min: 11, max: 15 }) }),
  fc.record({ kind: fc.constant('nest'), pick, depth: fc.integer({ min: 10, max: 500 }) }),
);

describe('parse, figures and CSV on mutated real filings', () => {
  it('every chosen file goes through the pipeline as it is', () => {
    for (const text of TEXTS) expect(runPipeline(text)).toBe('ok');
  });

  it('never throws, stays bounded, and writes no NaN or Infinity (1 to 3 mixed mutations)', () => {
    fc.assert(
      fc.property(fc.nat({ max: TEXTS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (file, mutations) => {
        runPipeline(mutations.reduce(mutate, TEXTS[file]!));
      }),
      { numRuns: RUNS },
    );
  });

  // One deterministic case per kind, so a failure names its kind.
  const CASES: [string, Mutation][] = [
    ['an element dropped', { kind: 'drop', pick: 3 }],
    ['an element duplicated', { kind: 'duplicate', pick: 5 }],
    ['two elements swapped', { kind: 'swap', pick: 0, other: 7 }],
    ['an element cut in half', { kind: 'truncate', pick: 2 }],
    ['an empty value', { kind: 'empty', pick: 4 }],
    ['a non-numeric number', { kind: 'value', pick: 9, value: 'see footnote' }],
    ['a huge number', { kind: 'value', pick: 9, value: '1e308' }],
    ['a 400-digit number', { kind: 'value', pick: 9, value: '9'.repeat(400) }],
    ['a negative number', { kind: 'value', pick: 9, value: '-1e308' }],
    ['an unknown code', { kind: 'code', pick: 0, code: 'Q' }],
    ['15 reporting owners (the schema allows 10)', { kind: 'owners', count: 15 }],
    ['a value nested 5,000 elements deep', { kind: 'nest', pick: 6, depth: 5_000 }],
  ];
  it.each(CASES)('%s', (_name, m) => {
    for (const text of TEXTS) runPipeline(mutate(text, m));
  });

  it('3,000 rows: read whole, figures and CSV of every row', () => {
    const text = mutate(TEXTS[1]!, { kind: 'rows', count: 3_000 });
    expect(runPipeline(text)).toBe('ok');
    const result = parseOwnership(text);
    if (!result.ok) throw new Error(result.error.message);
    // The Apple file has 2 table I transactions, a holding and a derivative row: the first is repeated.
    expect(result.filing.document.transactions.filter((row) => row.table === 'nonDerivative')).toHaveLength(3_001);
  });

  it('invalid UTF-8 anywhere, decoded with replacement characters', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: TEXTS.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom<number[]>([0xc3, 0x28], [0xff], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf0, 0x28, 0x8c, 0xbc], [0x80, 0x80, 0x80]),
        (file, where, bytes) => {
          runPipeline(withInvalidUtf8(TEXTS[file]!, where, bytes));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
