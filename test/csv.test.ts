import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, neutraliseFormula, quoteCell, toCsv } from '../lib/csv/csv';
import { MAX_FOOTNOTE_CHARS } from '../lib/csv/csv-cell';
import type { Filing } from '../lib/filing/model';
import { parseOwnership } from '../lib/filing/parse-ownership';
import { corpusFile } from './corpus-path';

function filingOf(text: string): Filing {
  const result = parseOwnership(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.filing;
}

function readCsv(csv: string, delimiter = ','): Record<string, string>[] {
  return parseCsv(csv, { columns: true, delimiter, relax_column_count: false });
}

describe('neutraliseFormula', () => {
  // docs/design.md section 6: a text cell starting with = + - @ tab or CR must never run.
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    // Full-width forms: spreadsheets read them as the ASCII signs (docs/design.md section 7).
    ['\uFF1D1+1', `'\uFF1D1+1`],
    ['\uFF0B1', `'\uFF0B1`],
    ['\uFF0Dcmd', `'\uFF0Dcmd`],
    ['\uFF20SUM(A1)', `'\uFF20SUM(A1)`],
    // A zero-width space in front hides the formula from a naive check.
    ['\u200B=1+1', `'\u200B=1+1`],
    ['\uFEFF\u200D@x', `'\uFEFF\u200D@x`],
    // However many invisible, format or space characters stand in front (65 zero-width spaces
    // passed a bound of 64), and the small forms spreadsheets also read as the signs.
    [`${'\u200B'.repeat(65)}=1`, `'${'\u200B'.repeat(65)}=1`],
    ['\u2061=1', `'\u2061=1`], // FUNCTION APPLICATION, a format character
    ['\u00A0\u2028=1', `'\u00A0\u2028=1`], // no-break space, line separator
    [' =1', `' =1`],
    ['\uFE66cmd', `'\uFE66cmd`], // SMALL EQUALS SIGN
    ['\uFE62cmd', `'\uFE62cmd`], // SMALL PLUS SIGN
    ['\uFE63cmd', `'\uFE63cmd`], // SMALL HYPHEN-MINUS
    ['\uFE6Bcmd', `'\uFE6Bcmd`], // SMALL COMMERCIAL AT
  ])('neutralises %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each(['Common Stock', '106150.00', '-25.5', '', 'a=b', '\u200B'])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('quoteCell', () => {
  it.each([
    ['plain', ',', 'plain'],
    ['a,b', ',', '"a,b"'],
    ['a;b', ',', 'a;b'],
    ['a;b', ';', '"a;b"'],
    ['say "hi"', ',', '"say ""hi"""'],
    ['two\nlines', ',', '"two\nlines"'],
    ['=1,2', ',', `"'=1,2"`],
  ])('%j with %j', (cell, delimiter, expected) => {
    expect(quoteCell(cell, delimiter)).toBe(expected);
  });
});

describe('toCsv on a real filing', () => {
  // Apple Form 4 of 2019-08-12 (director Arthur Levinson): table I has an M and an S row
  // and a holding by spouse; table II has the option exercise. 4 lines in all.
  const filing = filingOf(readFileSync(corpusFile('xml/InsidersTradeMonitor__AAPL_wf-form4_156582182214854.xml'), 'utf8'));
  const csv = toCsv(filing, { sourceUrl: 'https://www.sec.gov/Archives/edgar/data/320193/x.xml' });
  const records = readCsv(csv);

  it('has one header with the columns and one line per row, CRLF-terminated', () => {
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(records).toHaveLength(4);
    expect(records.map((r) => `${r.table}/${r.row_kind}/${r.code}`)).toEqual([
      'non-derivative/transaction/M',
      'non-derivative/transaction/S',
      'derivative/transaction/M',
      'non-derivative/holding/',
    ]);
  });

  it('writes the sale as filed, with its value and the footnote text', () => {
    const sale = records[1]!;
    expect(sale).toMatchObject({
      issuer_cik: '0000320193',
      issuer_name: 'Apple Inc.',
      ticker: 'AAPL',
      reporting_owners: 'LEVINSON ARTHUR D',
      relationship: 'Director',
      security_title: 'Common Stock',
      transaction_date: '2019-08-12',
      code_meaning: 'Sale on the open market or in a private deal.',
      acquired_disposed: 'D',
      shares: '17500',
      price: '201.69',
      // 17,500 x 201.69 = 3,529,575
      value: '3529575',
      shares_owned_after: '1133283',
      direct_indirect: 'D',
      source_url: 'https://www.sec.gov/Archives/edgar/data/320193/x.xml',
    });
    expect(sale.footnotes).toMatch(/^F1: This transaction was executed in multiple trades at prices ranging from \$201\.68 to \$201\.70/);
  });

  it('writes the holding without transaction fields', () => {
    expect(records[3]).toMatchObject({ shares_owned_after: '14000', direct_indirect: 'I', nature_of_ownership: 'By Spouse', code: '', value: '' });
  });

  it('uses the chosen delimiter; with semicolons decimals take a comma, numbers stay as filed otherwise', () => {
    const semicolon = readCsv(toCsv(filing, { delimiter: ';' }), ';');
    // 17,500 x 23.8257 = 416,949.75; 17,500 x 201.69 = 3,529,575; 17,500 x 0 = 0.
    expect(semicolon.map((r) => [r.shares, r.signed_shares, r.price, r.value, r.conversion_or_exercise_price])).toEqual([
      ['17500', '17500', '23,8257', '416949,75', ''],
      ['17500', '-17500', '201,69', '3529575', ''],
      ['17500', '-17500', '0', '0', '23,8257'],
      ['', '', '', '', ''],
    ]);
    expect(records.map((r) => [r.price, r.value])).toEqual([
      ['23.8257', '416949.75'],
      ['201.69', '3529575'],
      ['0', '0'],
      ['', ''],
    ]);
    // Every text cell the same as with commas.
    const texts = (r: Record<string, string>) => ({ ...r, price: '', value: '', conversion_or_exercise_price: '', underlying_shares: '', source_url: '' });
    expect(semicolon.map(texts)).toEqual(readCsv(toCsv(filing)).map(texts));
  });

  it('has the owner CIKs, the filing date when known and signed shares that sum to the net', () => {
    expect(records.map((r) => r.owner_ciks)).toEqual(['0001214128', '0001214128', '0001214128', '0001214128']);
    expect(records.map((r) => r.filing_date)).toEqual(['', '', '', '']);
    const dated = readCsv(toCsv({ ...filing, filingDate: '2019-08-14' }));
    expect(dated.map((r) => r.filing_date)).toEqual(['2019-08-14', '2019-08-14', '2019-08-14', '2019-08-14']);
    const overridden = readCsv(toCsv({ ...filing, filingDate: '2019-08-14' }, { filingDate: '2019-08-15' }));
    expect(overridden[0]!.filing_date).toBe('2019-08-15');
    // Table I: +17,500 (M) - 17,500 (S) = 0, the filing's net change.
    const tableOne = records.filter((r) => r.table === 'non-derivative' && r.row_kind === 'transaction');
    expect(tableOne.reduce((sum, r) => sum + Number(r.signed_shares), 0)).toBe(0);
  });

  it('leaves the header out on request', () => {
    expect(toCsv(filing, { header: false }).split('\r\n')).toHaveLength(5);
  });
});

describe('toCsv with hostile text', () => {
  const base = readFileSync(corpusFile('xml/InsidersTradeMonitor__AAPL_wf-form4_156582182214854.xml'), 'utf8');
  const footnote = '=HYPERLINK("http://evil","click"), and "quotes"\nand a second line';
  const hostile = base
    .replace('LEVINSON ARTHUR D', '@LEVINSON, ARTHUR "ART"')
    .replace(/<footnote id="F1">[\s\S]*?<\/footnote>/, `<footnote id="F1">${footnote.replace(/"/g, '&quot;')}</footnote>`)
    .replace('<value>By Spouse</value>', '<value>-1+cmd|calc</value>');
  const records = readCsv(toCsv(filingOf(hostile)));

  it('round-trips quotes, delimiters and newlines through a CSV parser', () => {
    expect(records).toHaveLength(4);
    expect(records[1]!.footnotes).toBe(`F1: ${footnote}`);
  });

  it('neutralises formula-like cells', () => {
    expect(records[0]!.reporting_owners).toBe(`'@LEVINSON, ARTHUR "ART"`);
    expect(records[3]!.nature_of_ownership).toBe(`'-1+cmd|calc`);
  });
});

describe('toCsv removes control and bidi characters (docs/design.md sections 6 and 7)', () => {
  const base = readFileSync(corpusFile('xml/InsidersTradeMonitor__AAPL_wf-form4_156582182214854.xml'), 'utf8');
  // An OSC 52 clipboard write, a bell, a right-to-left override (as a reference and as filed),
  // a C1 control and an isolate, in a footnote and in the owner's name.
  const hostile = base
    .replace('LEVINSON ARTHUR D', 'LEVINSON&#x202E;DRAHTRA&#x202C; &#27;]52;c;Y2FsYw==&#7;\u0085X')
    .replace(/<footnote id="F1">[\s\S]*?<\/footnote>/, '<footnote id="F1">caf&#233; \u2066sold\u2069 &#x1b;[2J at $1&#8206;</footnote>');
  const records = readCsv(toCsv(filingOf(hostile)));

  it('keeps the text and drops the controls', () => {
    expect(records[0]!.reporting_owners).toBe('LEVINSONDRAHTRA ]52;c;Y2FsYw==X');
    expect(records[1]!.footnotes).toBe('F1: café sold [2J at $1');
    expect(toCsv(filingOf(hostile))).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
  });
});

describe('toCsv stays proportionate to the filing (docs/design.md section 7)', () => {
  const base = readFileSync(corpusFile('xml/InsidersTradeMonitor__AAPL_wf-form4_156582182214854.xml'), 'utf8');
  const transaction = /<nonDerivativeTransaction>[\s\S]*?<\/nonDerivativeTransaction>/.exec(base)![0];

  /** AAPL with `rows` copies of its first transaction, each citing F1, and F1 `footnoteChars` long. */
  function grown(rows: number, footnoteChars: number): string {
    const citing = transaction.replace('</transactionShares>', '<footnoteId id="F1"/></transactionShares>');
    return base
      .replace(transaction, citing.repeat(rows))
      .replace(/<footnote id="F1">[\s\S]*?<\/footnote>/, `<footnote id="F1">${'word '.repeat(footnoteChars / 5)}</footnote>`);
  }

  it('cuts a footnote at about 1,000 characters in each cell, saying so', () => {
    const records = readCsv(toCsv(filingOf(grown(1, 100_000))));
    const cell = records[0]?.footnotes ?? '';
    expect(cell.startsWith(`F1: ${'word '.repeat(200)}`.slice(0, 4 + MAX_FOOTNOTE_CHARS))).toBe(true);
    // 20,000 x "word " is 100,000 characters, 99,999 once trimmed: 98,999 after the first 1,000.
    expect(cell).toMatch(/\.\.\. \[cut; 98999 more characters in the filing\]$/);
    expect(cell.length).toBeLessThan(1100);
  });

  it('grows linearly with the filing: 4 times the rows and a 4 times longer footnote make about 4 times the CSV', () => {
    // Before: every row repeated the whole footnote, so this was 16 times (rows x footnote).
    const small = grown(200, 20_000);
    const large = grown(800, 80_000);
    const ratio = toCsv(filingOf(large)).length / toCsv(filingOf(small)).length;
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(4.5);
    // And no more than a few times the filing itself.
    expect(toCsv(filingOf(large)).length / large.length).toBeLessThan(5);
  });

  it('caps every cell, the owners and the issuer name included', () => {
    const longName = base.replace('LEVINSON ARTHUR D', 'A'.repeat(50_000));
    const records = readCsv(toCsv(filingOf(longName)));
    expect((records[0]?.reporting_owners ?? '').length).toBeLessThan(4100);
  });
});
