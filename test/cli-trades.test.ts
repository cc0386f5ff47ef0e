// `form4-lens trades` built and run as a user runs it, on the real-filing corpus. The presets'
// lines are checked against the test's own reading of the raw XML (plain string scans with
// test/e2e/xml-facts.ts, never lib/): open market as docs/design.md sections 4 and 10 define it
// (table I; P acquired, S disposed; not a private deal or an offering purchase, as the row's own
// footnotes say), value = shares x filed price, each filing once however many files hold it.

import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { useBuiltCli } from './built-cli';
import { dec, decText, plus, ZERO, type Dec } from './e2e/xml-facts';
import { corpusLines, FOLDERS, type Expected } from './market-facts';

const { cli } = useBuiltCli('trades');

interface JsonLine {
  issuer: { tradingSymbol: string | null };
  code: 'P' | 'S';
  value: number;
}

const total = (values: Dec[]) => decText(values.reduce(plus, ZERO));
const summary = (lines: { ticker: string | null; code: string; value: string }[]) => lines.map((line) => `${line.ticker} ${line.code} ${line.value}`).sort();

describe('form4-lens trades on the corpus', { timeout: 120_000 }, () => {
  const expected = corpusLines();

  it.each([
    ['purchases', (line: Expected) => line.code === 'P' && Number(decText(line.value)) >= 25_000],
    ['sales', (line: Expected) => line.code === 'S' && Number(decText(line.value)) >= 100_000],
    ['ceo-cfo-purchases', (line: Expected) => line.code === 'P' && (line.roles.includes('ceo') || line.roles.includes('cfo'))],
    ['officer-purchases', (line: Expected) => line.code === 'P' && line.roles.includes('officer')],
  ])('--json --preset %s: the lines, their count and their total value agree with the XML', async (preset, keep) => {
    const run = await cli(['trades', '--json', '--preset', preset, ...FOLDERS]);
    // Some corpus files are not ownership XML (a plain-text filing of 2000): named on stderr, exit 1.
    expect(run.code).toBe(1);
    const got = run.stdout.trimEnd().split('\n').filter(Boolean).map((text) => JSON.parse(text) as JsonLine);
    const want = expected.filter(keep);
    expect(want.length).toBeGreaterThan(0);
    expect(got).toHaveLength(want.length);
    expect(total(got.map((line) => dec(line.value.toFixed(2))))).toBe(total(want.map((line) => line.value)));
    expect(summary(got.map((line) => ({ ticker: line.issuer.tradingSymbol, code: line.code, value: line.value.toFixed(2) })))).toEqual(
      summary(want.map((line) => ({ ticker: line.ticker, code: line.code, value: Number(decText(line.value)).toFixed(2) }))),
    );
  });
});

describe('form4-lens trades: output and options', { timeout: 120_000 }, () => {
  it('writes CSV with one header and a line per JSON line, the same values', async () => {
    const [json, csv] = await Promise.all([cli(['trades', '--json', '--code', 'S', ...FOLDERS]), cli(['trades', '--csv', '--code', 'S', ...FOLDERS])]);
    const records = parseCsv(csv.stdout, { columns: true }) as Record<string, string>[];
    const objects = json.stdout.trimEnd().split('\n').map((text) => JSON.parse(text) as JsonLine & { accession: string | null });
    expect(records).toHaveLength(objects.length);
    expect(records.map((record) => [record.code, Number(record.value)])).toEqual(objects.map((line) => [line.code, line.value]));
  });

  it('writes a table no wider than the terminal, widest columns dropped first', async () => {
    for (const columns of [70, 100, 160]) {
      const run = await cli(['trades', '--preset', 'sales', ...FOLDERS], { COLUMNS: String(columns) });
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^Filed +Trade|^Filed +Ticker/);
      // The closing count is a sentence; every line of the table fits.
      for (const line of lines.slice(0, -1)) expect(line.length, `${columns} columns: ${line}`).toBeLessThanOrEqual(columns);
      expect(lines.at(-1)).toMatch(/^\d+ lines of \d+ open-market lines in \d+ files\./);
    }
  });

  it.each([
    [['--preset', 'bargains'], /--preset takes one of purchases, officer-purchases, ceo-cfo-purchases, sales, clusters; got "bargains"\./],
    [['--role', 'chairman'], /--role takes ceo, cfo, officer, director, 10% \(or several, with commas\); got "chairman"\./],
    [['--code', 'M'], /--code takes P, S or P,S; got "M"\./],
    [['--min-value', '25k'], /--min-value takes dollars as a plain number, such as 25000; got "25k"\./],
    [['--since', '2022-02-31'], /--since takes a filing date as YYYY-MM-DD/],
    [['--json', '--csv'], /choose one of --json and --csv/],
  ])('refuses %j in one sentence (exit 2)', async (options, message) => {
    const run = await cli(['trades', ...options, FOLDERS[0]!]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it("refuses trades' options on the other commands", async () => {
    const run = await cli(['activity', '--preset', 'purchases', FOLDERS[0]!]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--preset is an option of trades\./);
  });
});
