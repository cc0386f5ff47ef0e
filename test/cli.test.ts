// The built command line (bin/form4-lens.mjs -> dist/cli.mjs), run as a user runs it, on
// real filings of the shared corpus, a full submission, a broken file and a missing path.

import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// test/corpus: real filings (see its README for sources).
const CORPUS = 'test/corpus';

// Sells 56,411 shares in five S rows under a 10b5-1 plan; worked out by hand below.
const APPLE_SALES = `${CORPUS}/xml/InsidersTradeMonitor__AAPL_wf-form4_155718184308434.xml`;
// Full EDGAR submission (.txt): one P of fractional shares, two holding rows.
const ISABELLA_SUBMISSION = `${CORPUS}/submissions/sec-edgar-parser__1.txt`;
// Full submission of a 4/A: a gift out (G, D) and back in to a trust (G, A), no P or S.
const LAM_GIFT_AMENDMENT = `${CORPUS}/submissions/sec-edgar-parser__form4A.txt`;
// Browser-saved copy with the reporting owner's CIK commented out: read, with a warning.
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
    expect(apple).toContain('Rule 10b5-1 plan: footnote 1; plan adopted 2019-02-18');
    expect(apple).not.toContain('No open-market trades');

    expect(lam).toContain(LAM_GIFT_AMENDMENT);
    expect(lam).toContain('Form 4/A, period 2024-11-04, accession 0000707549-25-000004');
    expect(lam).toContain('Issuer: LAM RESEARCH CORP (LRCX, CIK 0000707549)');
    expect(lam).toContain('No open-market trades.\nBy code: Gift (G) +3,690 shares / -3,690 shares');
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
    // Money is always to the cent (docs/design.md section 4, "Numbers"): $5,000.00, not $5,000.
    expect(run.stdout).toContain('Bought 275.634 shares for $5,000.00 (average $18.14)');
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
    expectFilingShape(noCik);
    for (const failed of [cut, missing]) {
      expect(Object.keys(failed).sort()).toEqual(['error', 'file']);
      expect(typeof failed.error.message).toBe('string');
    }
    expect(missing.error.message).toBe('Could not read the file: no such file; check the path.');
    // Tolerant reading (docs/design.md section 7): the owner without a CIK is read, with a warning.
    expect(apple.warnings).toEqual([]);
    expect(noCik.reportingOwners.map((owner: Json) => owner.cik)).toEqual(['']);
    expect(noCik.warnings).toHaveLength(1);
    expect(noCik.warnings[0]).toMatch(/has no <rptOwnerCik>; the filing was read without it\.$/);
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

describe('reading right in the summary (docs/design.md section 4)', () => {
  // TSLA 2021-11-08 (Musk): M +2,154,572 at 6.24, then 29 S rows selling 257,279 (2,154,572 - 1,897,293).
  const MUSK_EXERCISE = `${CORPUS}/xml/datamule-python__000089924321044060_doc4.xml`;
  // PLTR Form 3 (Thiel): 17 Class A lines (16 "See Footnote", F1 .. F16) and 21 table II lines.
  const PALANTIR_FORM_3 = `${CORPUS}/xml/datamule-python__000120919120051619_doc3.xml`;
  // Form 3 with noSecuritiesOwned = 1.
  const OWNS_NOTHING = `${CORPUS}/xml/edgartools__form3.nosecurities.xml`;
  // CMMB 2021-03-16 (Thiel): a P "in a private placement transaction entered into directly with the Issuer" (F1).
  const PRIVATE_PLACEMENT = `${CORPUS}/xml/datamule-python__000120919121021966_doc4.xml`;

  it('frames Form 3s as holdings, with table II and footnote numbers', async () => {
    const run = await cli('summary', PALANTIR_FORM_3, OWNS_NOTHING);
    expect(run.code).toBe(0);
    const [palantir, nothing] = run.stdout.split(/\n\n(?=\S)/);
    expect(palantir).toContain('Initial statement of holdings: what the insider owns on becoming an insider.');
    expect(palantir).not.toContain('open-market');
    expect(palantir).toContain('  641,400 Class A Common Stock, indirect (footnote 1)');
    expect(palantir).toContain('  Total non-derivative: 59,190,992');
    expect(palantir).toContain('    Class B Common Stock covering 13,031,306 Class A Common Stock, direct');
    expect(nothing).toContain('Initial statement of holdings: owns no securities of the issuer.');
    expect(nothing).toContain('Holdings: none (owns no securities of the issuer)');
    expect(nothing).not.toContain('open-market');
  });

  it('tells an exercise and sale as one story, with the change in holdings and the lag', async () => {
    const run = await cli('summary', MUSK_EXERCISE, PRIVATE_PLACEMENT);
    const [musk, chemomab] = run.stdout.split(/\n\n(?=\S)/);
    expect(musk).toContain('Signed 2021-11-10 (filing date not known), 2 days (2 business days) after the latest trade (2021-11-08)');
    expect(musk).toContain(
      'Exercise and sale: Exercised 2,154,572 options at $6.24 and sold 257,279 shares the same day (2021-11-08) for $299,717,449.38',
    );
    // -257,279 / 2,154,572 = -11.94%
    expect(musk).toContain(
      '  Change in holdings: -11.9% of holdings (2,154,572 shares held before, on Common Stock, direct, the only line this filing reports)',
    );
    expect(chemomab).toContain(
      'No open-market trades.\nPrivate trades, not counted as open market: private purchase (footnote 1)\n  Bought 230,536 shares; the price is only in footnote 3, so no dollar figure',
    );
  });

  it('adds the new figures to --json', async () => {
    const run = await cli('summary', '--json', MUSK_EXERCISE, PRIVATE_PLACEMENT);
    const [musk, chemomab] = ndjson(run.stdout);
    expect(musk!.framing).toMatchObject({ form: '4', kind: 'changes', amends: null });
    expect(musk!.dates).toMatchObject({ filingDate: null, signatureDate: '2021-11-10', daysAfterTrade: 2, businessDaysAfterTrade: 2 });
    expect(musk!.exerciseAndSales).toHaveLength(1);
    expect(musk!.exerciseAndSales[0]).toMatchObject({ exercisedUnits: 2154572, exercisePrice: 6.24, soldShares: 257279, soldValue: 299717449.38 });
    expect(musk!.holdingsChange).toEqual({
      netShares: -257279,
      sharesBefore: 2154572,
      change: -0.119411,
      newPosition: false,
      contradictory: false,
      lines: 1,
      basis: ['Common Stock, direct'],
    });
    expect(musk!.openMarketPricing.sold).toEqual({
      pricedShares: 257279,
      unpricedShares: 0,
      unpricedRows: 0,
      unpricedPriceFootnoteIds: [],
      footnotePricedShares: 0,
      footnotePriceIds: [],
    });
    expect(musk!.transactions[0]).toMatchObject({ code: 'M', priceUsed: 6.24, priceSource: 'filed', unit: 'shares', signedAmount: 2154572 });
    expect(chemomab!.privateTrades.rows).toEqual([{ row: 0, side: 'bought', kind: 'private', footnoteId: 'F1' }]);
    expect(chemomab!.summary.openMarket.boughtShares).toBe(0);
  });
});

describe('summary --csv', () => {
  it('writes one header, then every row of every readable file', async () => {
    const run = await cli('summary', '--csv', broken, APPLE_SALES, ISABELLA_SUBMISSION, MISSING, LAM_GIFT_AMENDMENT);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(2);
    const records = parseCsv(run.stdout) as string[][];
    const header = records[0]!;
    expect(header.slice(0, 3)).toEqual(['accession', 'filing_date', 'form_type']);
    // The submissions' headers say "FILED AS OF DATE: 20240501" (Isabella) and 20250121 (Lam).
    const filed = header.indexOf('filing_date');
    expect([...new Set(records.slice(1).map((record) => record[filed]))]).toEqual(['', '2024-05-01', '2025-01-21']);
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

// ---------------------------------------------------------------------------------------------
// Hostile input (docs/design.md section 7): what a file is and how big it is are checked
// before reading; every encoding a saved filing comes in is read; nothing from a filing can
// drive the terminal; one bad file never stops the next.

describe('hostile input', () => {
  const apple = () => readFileSync(join(ROOT, APPLE_SALES), 'utf8');
  const scratchFile = (name: string, content: string | Uint8Array) => {
    const path = join(scratch, name);
    writeFileSync(path, content);
    return path;
  };

  it('refuses a named pipe at once (it used to wait forever), then reads the next file', async () => {
    const fifo = join(scratch, 'pipe.xml');
    execFileSync('mkfifo', [fifo]);
    const run = await cli('summary', fifo, APPLE_SALES);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`form4-lens: ${fifo}: Could not read the file: it is a named pipe, not a regular file; save the filing to a file first.\n`);
    expect(run.stdout).toContain('APPLE INC');
  });

  it('refuses a device in one sentence; a folder is read, its files in turn', async () => {
    const folder = mkdtempSync(join(scratch, 'folder-'));
    writeFileSync(join(folder, 'apple.xml'), readFileSync(APPLE_SALES));
    const run = await cli('summary', '/dev/zero', folder);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual(['form4-lens: /dev/zero: Could not read the file: it is a device, not a regular file.']);
    expect(run.stdout).toContain('APPLE INC');
  });

  it('refuses a file over 20 MB without reading it, then reads the next file', async () => {
    // A sparse file of 600 GB that takes no room: read, it would outlast the test's timeout many
    // times over, so the answer within the timeout shows it was refused unread.
    const huge = join(scratch, 'huge.xml');
    execFileSync('truncate', ['-s', '600G', huge]);
    const run = await cli('summary', '--json', huge, APPLE_SALES);
    const [refused, read] = ndjson(run.stdout) as [Json, Json];
    expect(refused.error.message).toBe('Could not read the file: it is 600.0 GB, more than the 20.0 MB any Form 3/4/5 filing needs.');
    expectFilingShape(read);
  });

  it.each([
    ['UTF-16 LE with a byte-order mark', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with a byte-order mark', (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
    ['UTF-16 LE without a byte-order mark', (text: string) => Buffer.from(text, 'utf16le')],
    ['UTF-8 with a byte-order mark', (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
  ])('reads %s, accents included', async (name, encode) => {
    const text = apple().replace('APPLE INC', 'Société Générale');
    const run = await cli('summary', '--json', scratchFile(`${name.replace(/\W+/g, '-')}.xml`, encode(text)));
    expect(run.code).toBe(0);
    expect(ndjson(run.stdout)[0]!.issuer.name).toBe('Société Générale');
    expect(run.stderr).toBe('');
  });

  it('reads Latin-1 bytes as Windows-1252 and says so on stderr (they used to become U+FFFD silently)', async () => {
    const text = apple().replace('APPLE INC', 'Société Générale');
    const latin1 = scratchFile('latin1.xml', Buffer.from(text, 'latin1'));
    const run = await cli('summary', '--json', latin1);
    expect(run.code).toBe(0);
    const [line] = ndjson(run.stdout) as [Json];
    expect(line.issuer.name).toBe('Société Générale');
    expect(line.warnings).toEqual(['The file is not valid UTF-8; it was read as Windows-1252 (Latin-1), so check its accented letters.']);
    const text2 = await cli('summary', latin1);
    expect(text2.stderr).toBe(
      `form4-lens: ${latin1}: warning: The file is not valid UTF-8; it was read as Windows-1252 (Latin-1), so check its accented letters.\n`,
    );
  });

  it('never writes a control character from a filing to the terminal, in any mode', async () => {
    // Title change (OSC 0), clear screen, OSC 52 clipboard write, BEL, C1 CSI: filed literally and as references.
    const hostile = scratchFile(
      'escapes.xml',
      apple()
        .replace('APPLE INC', 'APPLE\u001b]0;pwned\u0007 INC&#27;[2J\u009b31m')
        .replace(/<footnote id="F1">/, '<footnote id="F1">&#x1b;]52;c;Y2FsYw==&#7;'),
    );
    const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
    for (const mode of [[], ['--json'], ['--csv']]) {
      const run = await cli('summary', ...mode, hostile);
      expect(run.code, mode.join()).toBe(0);
      expect(run.stdout, mode.join()).not.toMatch(controls);
      expect(run.stdout, mode.join()).toContain('APPLE]0;pwned INC[2J31m');
    }
  });

  it('streams a big CSV: a 3,000-row filing whose rows all cite a 100,000-character footnote', async () => {
    // Before: every row carried the whole footnote (300 MB) and the CLI aborted (exit 134).
    const text = apple();
    const row = /<nonDerivativeTransaction>[\s\S]*?<\/nonDerivativeTransaction>/.exec(text)![0];
    const citing = row.replace('</transactionShares>', '<footnoteId id="F1"/></transactionShares>');
    const big = scratchFile(
      'big.xml',
      text.replace(row, citing.repeat(3000)).replace(/<footnote id="F1">[\s\S]*?<\/footnote>/, `<footnote id="F1">${'x'.repeat(100_000)}</footnote>`),
    );
    const run = await cli('summary', '--csv', big, APPLE_SALES);
    expect(run.code).toBe(0);
    const records = parseCsv(run.stdout) as string[][];
    // 3,000 + 4 rows of the big file, 5 of Apple, one header.
    expect(records).toHaveLength(1 + 3004 + 5);
    expect(run.stdout.length).toBeLessThan(10 * 1024 * 1024);
  });
});
