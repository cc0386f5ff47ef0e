import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, neutraliseFormula, quoteCell, toCsv } from '../lib/csv';
import type { Filing } from '../lib/model';
import { parseOwnership } from '../lib/parse-ownership';
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
  // product.md section 6: a text cell starting with = + - @ tab or CR must never run.
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
  ])('neutralises %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each(['Common Stock', '106150.00', '-25.5', '', 'a=b', ' =1'])('leaves %j alone', (cell) => {
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

  it('uses the chosen delimiter', () => {
    expect(readCsv(toCsv(filing, { delimiter: ';' }), ';')).toEqual(readCsv(toCsv(filing)).map((r) => ({ ...r, source_url: '' })));
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
