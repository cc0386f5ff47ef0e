// The built command line (bin/form4-lens.mjs -> dist/cli.mjs), run as a user runs it, on
// real filings of the shared corpus, a full submission, a broken file and a missing path.

import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The shared corpus of real filings (see its README for sources), next to this checkout.
const CORPUS = 'test/corpus';

// Sells 56,411 shares in five S rows under a 10b5-1 plan; worked out by hand below.
const APPLE_SALES = `${CORPUS}/xml/InsidersTradeMonitor__AAPL_wf-form4_155718184308434.xml`;
// Full EDGAR submission (.txt): one P of fractional shares, two holding rows.
const ISABELLA_SUBMISSION = `${CORPUS}/submissions/sec-edgar-parser__1.txt`;
// Full submission of a 4/A: a gift out (G, D) and back in to a trust (G, A), no P or S.
const LAM_GIFT_AMENDMENT = `${CORPUS}/submissions/sec-edgar-parser__form4A.txt`;
// Browser-saved copy with the reporting owner's CIK commented out: a schema failure.
const NO_OWNER_CIK = `${CORPUS}/xml/springloading_insider_trades__xml_error.xml`;
// Year-2000 plain-text Form 4: a submission with no ownership XML.
const PLAIN_TEXT_2000 = `${CORPUS}/submissions/edgartools__0001094891-00-000193.txt`;
const MISSING = `${CORPUS}/xml/no-such-filing.xml`;

let scratch: string;
let broken: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runNode(args: string[], cwd = ROOT): Promise<Run> {
  // Without vitest's variables, so the child runs as it would from a shell.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name)),
  );
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const cli = (...args: string[]) => runNode(['bin/form4-lens.mjs', ...args]);

beforeAll(async () => {
  // Always build: the bundle must hold the lib/ and cli/ sources being tested (~2 s).
  const build = await runNode(['node_modules/vite/bin/vite.js', 'build', '--config', 'cli/vite.config.ts']);
  expect(build.stderr.replace(/.*nodedir.*\n?/g, '')).toBe('');
  expect(build.code).toBe(0);

  scratch = mkdtempSync(join(tmpdir(), 'form4-lens-cli-'));
  // A filing cut short in the middle of table I, as an interrupted download leaves it.
  const whole = readFileSync(join(ROOT, APPLE_SALES), 'utf8');
  broken = join(scratch, 'cut-short.xml');
  writeFileSync(broken, whole.slice(0, whole.indexOf('<transactionShares>', whole.indexOf('<nonDerivativeTable>'))));
}, 60_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('usage', () => {
  it('prints help on stdout and exits 0', async () => {
    for (const args of [['--help'], ['summary', '-h']]) {
      const run = await cli(...args);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: form4-lens summary [--json | --csv] FILE...');
      expect(run.stderr).toBe('');
    }
  });

  it.each([
    { args: [], says: 'name a command' },
    { args: ['summary'], says: 'name at least one file' },
    { args: ['list', APPLE_SALES], says: 'unknown command "list"' },
    { args: ['summary', '--bogus', APPLE_SALES], says: "'--bogus'" },
    { args: ['summary', '--json', '--csv', APPLE_SALES], says: 'choose one of --json and --csv' },
  ])('$args: usage on stderr, exit 2', async ({ args, says }) => {
    const run = await cli(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(says);
    expect(run.stderr).toContain('Usage: form4-lens summary');
  });

  it('says to build first when dist/cli.mjs is missing', async () => {
    const checkout = join(scratch, 'unbuilt');
    mkdirSync(join(checkout, 'bin'), { recursive: true });
    copyFileSync(join(ROOT, 'bin/form4-lens.mjs'), join(checkout, 'bin/form4-lens.mjs'));
    const run = await runNode(['bin/form4-lens.mjs', 'summary', APPLE_SALES], checkout);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('form4-lens: run `npm run build` first.\n');
  });
});

describe('summary (text)', () => {
  it('summarises every readable file and reports the others on stderr, exit 1', async () => {
    const run = await cli('summary', APPLE_SALES, broken, LAM_GIFT_AMENDMENT, MISSING);
    expect(run.code).toBe(1);

    const [apple, lam, ...rest] = run.stdout.split(/\n\n(?=\S)/);
    expect(rest).toEqual([]);
    expect(apple).toContain(APPLE_SALES);
    expect(apple).toContain('Issuer: APPLE INC (AAPL, CIK 0000320193)');
    expect(apple).toContain('Owner: WILLIAMS JEFFREY E (CIK 0001496686): Officer (COO)');
    expect(apple).toContain('Sold 56,411 shares for $11,866,355.34 (average $210.3553)');
    expect(apple).toContain('Net -56,411 shares, -$11,866,355.34');
    expect(apple).toContain('Holdings after: 108,209 Common Stock, direct');
    expect(apple).toContain('Rule 10b5-1 plan: footnote F1; plan adopted 2019-02-18');
    expect(apple).not.toContain('No open-market trades');

    expect(lam).toContain(LAM_GIFT_AMENDMENT);
    expect(lam).toContain('Form 4/A, period 2024-11-04, accession 0000707549-25-000004');
    expect(lam).toContain('Issuer: LAM RESEARCH CORP (LRCX, CIK 0000707549)');
    expect(lam).toContain('No open-market trades.\nBy code: G (gift) +3,690 -3,690');
    expect(lam).toContain('Net change: 0 shares');
    expect(lam).toContain('Amendment (4/A) of the filing of 2024-11-04');

    const errors = run.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^form4-lens: .*cut-short\.xml: Form 4 XML: line \d+: /);
    expect(errors[1]).toBe(`form4-lens: ${MISSING}: Could not read the file: no such file; check the path.`);
  });

  it('exits 0 when every file was read', async () => {
    const run = await cli('summary', ISABELLA_SUBMISSION);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Issuer: ISABELLA BANK Corp (ISBA, CIK 0000842517)');
    expect(run.stdout).toContain('Bought 275.634 shares for $5,000 (average $18.14)');
    expect(run.stdout).toContain('Total non-derivative: 401,144.7327');
  });

  it('says plainly that a pre-2003 submission has no XML', async () => {
    const run = await cli('summary', PLAIN_TEXT_2000);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('holds no ownership XML');
  });
});

type Json = Record<string, any>;

const isNumberOrNull = (value: unknown) => value === null || typeof value === 'number';

function expectFilingShape(line: Json) {
  expect(line).toEqual(
    expect.objectContaining({
      file: expect.any(String),
      documentType: expect.stringMatching(/^[345](\/A)?$/),
      issuer: expect.objectContaining({ cik: expect.any(String) }),
      reportingOwners: expect.any(Array),
      transactions: expect.any(Array),
      summary: expect.any(Object),
      holdingsAfter: expect.any(Object),
      flags: expect.any(Object),
    }),
  );
  expect(line.issuer.name).toSatisfy(isStringOrNull);
  expect(line.issuer.tradingSymbol).toSatisfy(isStringOrNull);
  for (const owner of line.reportingOwners) expect(Object.keys(owner).sort()).toEqual(['cik', 'name', 'relationship']);
  for (const row of line.transactions) {
    expect(['nonDerivative', 'derivative']).toContain(row.table);
    for (const key of ['shares', 'price', 'value', 'sharesOwnedAfter']) expect(row[key], key).toSatisfy(isNumberOrNull);
    for (const key of ['securityTitle', 'date', 'code', 'acquiredDisposed', 'directOrIndirect']) {
      expect(row[key], key).toSatisfy(isStringOrNull);
    }
    expect(row.footnoteIds).toEqual(expect.any(Array));
  }
  const { openMarket, byCode, derivativeByCode, netShares } = line.summary;
  for (const key of ['boughtShares', 'boughtValue', 'soldShares', 'soldValue', 'netShares', 'netValue']) {
    expect(typeof openMarket[key], key).toBe('number');
  }
  expect(openMarket.boughtAveragePrice).toSatisfy(isNumberOrNull);
  expect(openMarket.soldAveragePrice).toSatisfy(isNumberOrNull);
  for (const totals of [...Object.values(byCode), ...Object.values(derivativeByCode)] as Json[]) {
    expect(typeof totals.acquired).toBe('number');
    expect(typeof totals.disposed).toBe('number');
  }
  expect(typeof netShares).toBe('number');
}

function isStringOrNull(value: unknown) {
  return value === null || typeof value === 'string';
}

const ndjson = (stdout: string): Json[] => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Json);

describe('summary --json', () => {
  it('writes one line per file, error lines included, in the order given', async () => {
    const run = await cli('summary', '--json', APPLE_SALES, broken, ISABELLA_SUBMISSION, MISSING, NO_OWNER_CIK);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = ndjson(run.stdout);
    expect(lines.map((line) => line.file)).toEqual([APPLE_SALES, broken, ISABELLA_SUBMISSION, MISSING, NO_OWNER_CIK]);
    const [apple, cut, isabella, missing, noCik] = lines as [Json, Json, Json, Json, Json];
    expectFilingShape(apple);
    expectFilingShape(isabella);
    for (const failed of [cut, missing, noCik]) {
      expect(Object.keys(failed).sort()).toEqual(['error', 'file']);
      expect(typeof failed.error.message).toBe('string');
    }
    expect(missing.error.message).toBe('Could not read the file: no such file; check the path.');
    expect(noCik.error.message).toBe('Form 4 XML: missing <rptOwnerCik> in <reportingOwnerId>.');
  });

  it('gives the figures worked out by hand from the XML', async () => {
    const run = await cli('summary', '--json', APPLE_SALES, ISABELLA_SUBMISSION);
    expect(run.code).toBe(0);
    const [apple, isabella] = ndjson(run.stdout) as [Json, Json];

    // APPLE_SALES, table I: five rows "Common Stock, 2019-05-02, S, D", no table II:
    //   13,433 x 208.99 =  2,807,362.67   (owned after 151,187)
    //   18,256 x 209.71 =  3,828,465.76   (132,931)
    //    8,601 x 210.98 =  1,814,638.98   (124,330)
    //   14,571 x 211.83 =  3,086,574.93   (109,759)
    //    1,550 x 212.46 =    329,313.00   (108,209)
    //   sold 56,411 shares, $11,866,355.34; average 11,866,355.34 / 56,411 = 210.35534 -> 210.3553
    //   nothing bought, so net -56,411 shares, -$11,866,355.34; holdings after: the last row, 108,209.
    expect(apple.documentType).toBe('4');
    expect(apple.issuer).toEqual({ cik: '0000320193', name: 'APPLE INC', tradingSymbol: 'AAPL' });
    expect(apple.reportingOwners).toEqual([{ cik: '0001496686', name: 'WILLIAMS JEFFREY E', relationship: 'Officer (COO)' }]);
    expect(apple.transactions.map((row: Json) => [row.shares, row.price, row.value, row.sharesOwnedAfter])).toEqual([
      [13433, 208.99, 2807362.67, 151187],
      [18256, 209.71, 3828465.76, 132931],
      [8601, 210.98, 1814638.98, 124330],
      [14571, 211.83, 3086574.93, 109759],
      [1550, 212.46, 329313, 108209],
    ]);
    expect(apple.transactions[0]).toMatchObject({
      table: 'nonDerivative',
      securityTitle: 'Common Stock',
      date: '2019-05-02',
      code: 'S',
      acquiredDisposed: 'D',
      directOrIndirect: 'D',
    });
    expect(apple.summary.openMarket).toEqual({
      boughtShares: 0,
      boughtValue: 0,
      boughtAveragePrice: null,
      soldShares: 56411,
      soldValue: 11866355.34,
      soldAveragePrice: 210.3553,
      netShares: -56411,
      netValue: -11866355.34,
    });
    expect(apple.summary.byCode).toEqual({ S: { acquired: 0, disposed: 56411 } });
    expect(apple.summary.derivativeByCode).toEqual({});
    expect(apple.summary.netShares).toBe(-56411);
    expect(apple.holdingsAfter.total).toBe(108209);
    expect(apple.flags.tenB5One).toMatchObject({ checkbox: false, footnoteIds: ['F1'], adoptionDates: ['2019-02-18'] });

    // ISABELLA_SUBMISSION (the <XML> block of a .txt submission): one P row, "common",
    // 275.634 shares at 18.14, A, owned after 15,711.8844 (direct); two holdings of "common":
    // 2,170.3157 (I, held by minor child) and 383,262.5326 (I, held by LLC).
    //   bought 275.634 x 18.14 = 4,961.412 + 38.58876 = 5,000.00076 -> $5,000.00, average 18.14
    //   holdings after: 15,711.8844 + 2,170.3157 + 383,262.5326 = 401,144.7327
    expect(isabella.accession).toBe('0000842517-24-000086');
    expect(isabella.issuer).toEqual({ cik: '0000842517', name: 'ISABELLA BANK Corp', tradingSymbol: 'ISBA' });
    expect(isabella.summary.openMarket).toMatchObject({
      boughtShares: 275.634,
      boughtValue: 5000,
      boughtAveragePrice: 18.14,
      soldShares: 0,
      netShares: 275.634,
      netValue: 5000,
    });
    expect(isabella.summary.byCode).toEqual({ P: { acquired: 275.634, disposed: 0 } });
    expect(isabella.summary.netShares).toBe(275.634);
    expect(isabella.holdingsAfter.lines.map((line: Json) => line.sharesOwnedAfter)).toEqual([15711.8844, 2170.3157, 383262.5326]);
    expect(isabella.holdingsAfter.total).toBe(401144.7327);
  });

  it('reads the whole corpus: one parseable line per file, numbers as numbers', async () => {
    const files = ['xml', 'submissions'].flatMap((folder) =>
      readdirSync(join(ROOT, CORPUS, folder)).map((name) => `${CORPUS}/${folder}/${name}`),
    );
    const run = await cli('summary', '--json', ...files);
    const lines = ndjson(run.stdout);
    expect(lines.map((line) => line.file)).toEqual(files);
    const failed = lines.filter((line) => 'error' in line).map((line) => line.file);
    expect(failed).toEqual([PLAIN_TEXT_2000]);
    expect(run.code).toBe(1);
    for (const line of lines) if (!('error' in line)) expectFilingShape(line);
  });
});

describe('summary --csv', () => {
  it('writes one header, then every row of every readable file', async () => {
    const run = await cli('summary', '--csv', broken, APPLE_SALES, ISABELLA_SUBMISSION, MISSING, LAM_GIFT_AMENDMENT);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(2);
    const records = parseCsv(run.stdout) as string[][];
    const header = records[0]!;
    expect(header.slice(0, 3)).toEqual(['accession', 'form_type', 'issuer_cik']);
    expect(records.filter((record) => record[0] === 'accession')).toHaveLength(1);
    // 5 transactions (Apple) + 1 transaction and 2 holdings (Isabella) + 2 transactions (Lam).
    expect(records).toHaveLength(1 + 5 + 3 + 2);
    const source = header.indexOf('source_url');
    expect(records.slice(1).map((record) => record[source])).toEqual([
      ...Array(5).fill(APPLE_SALES),
      ...Array(3).fill(ISABELLA_SUBMISSION),
      ...Array(2).fill(LAM_GIFT_AMENDMENT),
    ]);
    // Unquoted, the CSV is one line per record too: no cell here spans lines.
    expect(run.stdout.split('\r\n').filter(Boolean)).toHaveLength(11);
  });
});
