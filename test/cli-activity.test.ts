// `form4-lens activity` (and `summary` on folders) built and run as a user runs it, on the
// real-filing corpus. The whole-corpus test recomputes every issuer's totals from `summary
// --json` (each filing's own figures), counting each filing once by the rules of docs/design.md
// section 9, and compares them with the roll-up.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ROOT, runNode, useBuiltCli } from './built-cli';
import { clusterSetTexts } from './activity/helpers';

const CORPUS = 'test/corpus';
const TESLA_NOVEMBER = [
  '044060', '044077', '044225', '044229', '044232', '044235', '044240', '044241', '044242', '044244', '044261',
  '044262', '044475', '044687', '044689', '044921', '044924', '045944', '045946', '045947', '045949',
].map((accession) => `${CORPUS}/xml/datamule-python__000089924321${accession}_doc4.xml`);

const built = useBuiltCli('activity');
const cli = built.cli;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const ndjson = (stdout: string): Json[] => stdout.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Json);

/** Exact sums in millionths of a share and in cents. */
const micro = (value: number) => Math.round(value * 1e6);
const cents = (value: number) => Math.round(value * 100);

function accessionOf(line: Json): string | null {
  if (line.accession) return line.accession;
  const digits = /(?:^|\D)(\d{18})(?!\d)/.exec(String(line.file).split('/').at(-1)!)?.[1];
  return digits ? `${digits.slice(0, 10)}-${digits.slice(10, 12)}-${digits.slice(12)}` : null;
}

const cikKey = (cik: string) => cik.replace(/^0+(?=\d)/, '');
const ownersKey = (line: Json) => [...new Set(line.reportingOwners.map((owner: Json) => cikKey(owner.cik)))].sort().join('+');

/** Section 9's rules, written again here: the same accession, or without one the same content, is one filing; an amendment replaces its original. */
function countOnce(lines: Json[]): Json[] {
  const seenAccessions = new Set<string>();
  const seenContent = new Map<string, (string | null)[]>();
  const distinct: Json[] = [];
  for (const line of lines) {
    const accession = accessionOf(line);
    const content = JSON.stringify([
      cikKey(line.issuer.cik),
      ownersKey(line),
      line.documentType,
      line.periodOfReport,
      line.transactions.map((row: Json) => [row.table, row.date, row.code, row.shares, row.price, row.acquiredDisposed]),
      line.holdingsAfter.lines.length,
    ]);
    if (accession !== null && seenAccessions.has(accession)) continue;
    const others = seenContent.get(content) ?? [];
    if (others.some((other) => other === null || accession === null)) continue;
    if (accession !== null) seenAccessions.add(accession);
    seenContent.set(content, [...others, accession]);
    distinct.push(line);
  }
  const amendmentKey = (line: Json) =>
    [cikKey(line.issuer.cik), ownersKey(line), line.periodOfReport, line.documentType.replace('/A', '')].join('|');
  const amended = new Set(distinct.filter((line) => line.documentType.endsWith('/A')).map(amendmentKey));
  return distinct.filter((line) => {
    if (!amended.has(amendmentKey(line)) || line.documentType.endsWith('/A')) return true;
    // Every amended group in the corpus has one original and one amendment: the original goes.
    expect(distinct.filter((other) => amendmentKey(other) === amendmentKey(line))).toHaveLength(2);
    return false;
  });
}

describe('activity on the whole corpus folder', () => {
  it('gives every issuer the sum of its filings’ own figures, each filing counted once', async () => {
    const [summary, activity] = await Promise.all([cli(['summary', '--json', CORPUS]), cli(['activity', '--json', CORPUS])]);
    const filings = ndjson(summary.stdout).filter((line) => !('error' in line));
    expect(filings.length).toBeGreaterThan(500);
    const counted = countOnce(filings);
    // The corpus holds copies: submissions beside the XML extracted from them, one filing
    // kept by two repositories, SEC sample amendments beside their originals.
    expect(counted.length).toBeLessThan(filings.length);

    const expected = new Map<string, { filings: number; bought: number[]; sold: number[]; owners: Set<string> }>();
    for (const line of counted) {
      const key = cikKey(line.issuer.cik);
      const totals = expected.get(key) ?? { filings: 0, bought: [0, 0], sold: [0, 0], owners: new Set<string>() };
      const open = line.summary.openMarket;
      totals.filings += 1;
      totals.bought = [totals.bought[0]! + micro(open.boughtShares), totals.bought[1]! + cents(open.boughtValue)];
      totals.sold = [totals.sold[0]! + micro(open.soldShares), totals.sold[1]! + cents(open.soldValue)];
      totals.owners.add(ownersKey(line));
      expected.set(key, totals);
    }

    const issuers = ndjson(activity.stdout);
    expect(issuers.map((line) => cikKey(line.issuer.cik)).sort()).toEqual([...expected.keys()].sort());
    for (const line of issuers) {
      const totals = expected.get(cikKey(line.issuer.cik))!;
      const open = line.openMarket;
      expect([line.issuer.cik, line.filings]).toEqual([line.issuer.cik, totals.filings]);
      // Shares as filed (asFiled) where a split makes the totals' shares differ (Tesla, in the latest shares).
      const filedBought = line.asFiled?.boughtShares ?? open.boughtShares;
      const filedSold = line.asFiled?.soldShares ?? open.soldShares;
      expect([line.issuer.cik, micro(filedBought), cents(open.boughtValue)]).toEqual([line.issuer.cik, ...totals.bought]);
      expect([line.issuer.cik, micro(filedSold), cents(open.soldValue)]).toEqual([line.issuer.cik, ...totals.sold]);
      expect(cents(open.netValue)).toBe(totals.bought[1]! - totals.sold[1]!);
      expect(line.insiders).toHaveLength(totals.owners.size);
      // The insiders add up to the issuer.
      const insiderSold = line.insiders.reduce((sum: number, insider: Json) => sum + cents(insider.openMarket.soldValue), 0);
      expect(insiderSold).toBe(totals.sold[1]);
    }
    // The keys docs/design.md section 9 lists, and nothing else.
    // Added later, as new keys: splits, netPurchaseRatio; asFiled and repeatedBlocks only where they apply.
    expect(Object.keys(issuers[0])).toEqual([
      'issuer', 'filings', 'from', 'to', 'openMarket', 'buyers', 'sellers', 'clusters', 'insiders', 'splits', 'netPurchaseRatio',
    ]);
    const tesla = issuers.find((line) => cikKey(line.issuer.cik) === '1318605')!;
    expect(Object.keys(tesla)).toContain('asFiled');
    expect(Object.keys(issuers[0].openMarket)).toEqual(['boughtShares', 'boughtValue', 'soldShares', 'soldValue', 'netShares', 'netValue']);
    expect(Object.keys(issuers[0].insiders[0])).toEqual(['ciks', 'names', 'relationship', 'filings', 'openMarket', 'holdingsAfter', 'signals']);

    // The corpus's unreadable files: reported on stderr, one line each, exit 1.
    expect(activity.code).toBe(1);
    const failed = ndjson(summary.stdout).filter((line) => 'error' in line).map((line) => line.file);
    expect(activity.stderr.trimEnd().split('\n').map((message) => message.split(': ')[1])).toEqual(failed);
  });

  it('gives the same output on one thread, two workers and the default', async () => {
    const runs = await Promise.all(
      ['0', '1', '2'].map((workers) => cli(['activity', '--json', `${CORPUS}/xml`], { FORM4_LENS_WORKERS: workers })),
    );
    expect(runs[0]!.stdout.length).toBeGreaterThan(1000);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
    expect(runs[2]!.stderr).toBe(runs[0]!.stderr);
  });

  it('reads the files of workers that cannot start in this thread, reporting none of them as unreadable', async () => {
    // Under `node --input-type=module -e`, worker threads inherit --input-type, which Node
    // refuses for a worker file: every worker stops before its first file.
    const script = `const { main } = await import(${JSON.stringify(join(built.build(), 'cli.mjs'))}); process.exitCode = await main(process.argv.slice(1));`;
    const [embedded, inThread] = await Promise.all([
      runNode(['--input-type=module', '-e', script, 'activity', '--json', `${CORPUS}/xml`], { FORM4_LENS_WORKERS: '2' }),
      cli(['activity', '--json', `${CORPUS}/xml`], { FORM4_LENS_WORKERS: '0' }),
    ]);
    expect(inThread.stdout.length).toBeGreaterThan(1000);
    expect(embedded.stdout).toBe(inThread.stdout);
    expect(embedded.stderr).toBe(inThread.stderr);
    expect(embedded.code).toBe(inThread.code);
  });
});

describe('activity on Tesla’s November 2021', () => {
  it('reports the issuer and its insider as worked out by hand (test/activity)', async () => {
    const run = await cli(['activity', ...TESLA_NOVEMBER]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'Tesla, Inc. (TSLA, CIK 0001318605)',
        '21 filings, 2021-11-08 to 2021-11-23',
        'Open market:',
        '  Bought nothing',
        '  Sold 9,164,148 shares for $9,859,536,585.63 (average $1,075.8814)',
        '  Net -9,164,148 shares, -$9,859,536,585.63',
        // Sales only: (0 - S) / (0 + S) = -1.
        'Net purchase ratio (purchases - sales) / (purchases + sales) in dollars: -1.00',
        'Buyers 0, sellers 1; 41% of sold dollars under Rule 10b5-1 plans',
        'Other transactions (not open market): M (exercise, exempt) +8,528,686',
        'Cluster buys: none',
        'Insiders, by absolute net dollars (signals in brackets: routine, opportunistic, unclassified, first buy; see docs/design.md section 10):',
        // Unclassified: these filings begin 2021-11-08, so none of 2018, 2019 and 2020 is covered.
        '  Musk Elon (CIK 0001494730), Director, Officer (CEO), 10% Owner: 21 filings; sold 9,164,148 for $9,859,536,585.63, net -$9,859,536,585.63; holds 169,857,523 after (-635,462, -0.37%) [unclassified]',
        '',
      ].join('\n'),
    );
  });

  it('picks the window’s rows out of the whole folder with --since and --until', async () => {
    const run = await cli(['activity', '--json', '--since', '2021-11-01', '--until', '2021-11-30', `${CORPUS}/xml`]);
    const issuers = ndjson(run.stdout);
    const tesla = issuers.find((line) => line.issuer.cik === '0001318605');
    // The 21 Forms 4 and the Form 5 whose gifts are dated in November (test/activity).
    expect([tesla.filings, tesla.from, tesla.to]).toEqual([22, '2021-11-08', '2021-11-29']);
    expect(tesla.openMarket).toEqual({
      boughtShares: 0,
      boughtValue: 0,
      soldShares: 9_164_148,
      soldValue: 9_859_536_585.63,
      netShares: -9_164_148,
      netValue: -9_859_536_585.63,
    });
    expect(tesla.insiders).toEqual([
      {
        ciks: ['0001494730'],
        names: ['Musk Elon'],
        relationship: 'Director, Officer (CEO), 10% Owner',
        filings: 22,
        openMarket: tesla.openMarket,
        holdingsAfter: 173_826_841,
        // The corpus reaches back to Tesla's 2010 filings; of 2018, 2019 and 2020 Musk traded on the
        // open market in 2018 only (his 2019 and 2020 purchases were in offerings): unclassified.
        // No purchase in the window: no first buy.
        signals: { routine: null, firstBuy: null },
      },
    ]);
    for (const line of issuers) expect(line.from >= '2021-11-01' && line.to <= '2021-11-30').toBe(true);
  });

  it('writes every row in the window as CSV, with filing dates and accessions from the file names', async () => {
    const run = await cli(['activity', '--csv', '--since', '2021-11-09', '--until', '2021-11-09', ...TESLA_NOVEMBER]);
    expect(run.code).toBe(0);
    const [header, ...records] = parseCsv(run.stdout) as string[][];
    expect(header!.slice(0, 3)).toEqual(['accession', 'filing_date', 'form_type']);
    // Five filings of 2021-11-09: 30 + 30 + 30 + 30 + 17 = 137 S rows, and the one holding row of 044240.
    expect(records).toHaveLength(137 + 1);
    const column = (name: string) => records.map((record) => record[header!.indexOf(name)]);
    expect(new Set(column('transaction_date'))).toEqual(new Set(['2021-11-09', '']));
    expect(new Set(column('accession'))).toEqual(
      new Set(['044225', '044229', '044232', '044235', '044240'].map((number) => `0000899243-21-${number}`)),
    );
  });
});

describe('cluster buys on the command line', () => {
  it('reports them in text and JSON', async () => {
    // The set of test/activity/cluster-buys.test.ts (clusterSetTexts): three real P filings moved
    // to one issuer (Affirm, 0001820953) and to dates within 30 days.
    const folder = join(built.scratch(), 'cluster');
    mkdirSync(folder, { recursive: true });
    for (const { name, text } of clusterSetTexts(['2021-01-13', '2021-01-20', '2021-02-10'])) writeFileSync(join(folder, name), text);
    const text = await cli(['activity', folder]);
    expect(text.stdout).toContain(
      [
        'Open market:',
        '  Bought 2,174,880 shares for $37,624,000.00 (average $18.1583)',
        '  Sold nothing',
        '  Net +2,174,880 shares, +$37,624,000.00',
        '  102,880 shares in 1 row with no price: counted in shares, not in dollars',
        'Net purchase ratio (purchases - sales) / (purchases + sales) in dollars: +1.00',
        'Buyers 3, sellers 0',
      ].join('\n'),
    );
    expect(text.stdout).toContain(
      'Cluster buys (3 or more insiders buying within 30 days):\n' +
        '  2021-01-13 to 2021-02-10: 3 insiders, 2,174,880 shares, $37,624,000.00 (Rabois Keith, Musk Elon, MITHRIL II LP)\n',
    );
    const [issuer] = ndjson((await cli(['activity', '--json', folder])).stdout);
    expect(issuer.clusters).toEqual([
      {
        from: '2021-01-13',
        to: '2021-02-10',
        shares: 2_174_880,
        value: 37_624_000,
        insiders: [
          { ciks: ['0001539865'], names: ['Rabois Keith'], dates: ['2021-01-13'], shares: 75_000, value: 3_675_000 },
          { ciks: ['0001494730'], names: ['Musk Elon'], dates: ['2021-01-20'], shares: 102_880, value: 0 },
          {
            ciks: ['0001669609', '0001878232', '0001878230', '0001211060'],
            names: ['MITHRIL II LP', 'Mithril II GP LP', 'Mithril II UGP LLC', 'THIEL PETER'],
            dates: ['2021-02-10'],
            shares: 1_997_000,
            value: 33_949_000,
          },
        ],
      },
    ]);
  });
});

describe('unreadable files and usage', () => {
  it('reports a broken file in a folder on stderr, exit 1, and rolls up the rest', async () => {
    const folder = join(built.scratch(), 'filings');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    for (const file of TESLA_NOVEMBER.slice(0, 3)) copyFileSync(join(ROOT, file), join(folder, file.split('/').at(-1)!));
    copyFileSync(join(ROOT, TESLA_NOVEMBER[3]!), join(folder, 'nested', 'copy.XML'));
    const whole = readFileSync(join(ROOT, TESLA_NOVEMBER[4]!), 'utf8');
    writeFileSync(join(folder, 'nested', 'cut-short.xml'), whole.slice(0, whole.length / 2));
    writeFileSync(join(folder, 'notes.json'), '{"not": "a filing"}');

    const run = await cli(['activity', '--json', folder]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^form4-lens: .*\/nested\/cut-short\.xml: Form 4 XML: .*\n$/);
    const [tesla] = ndjson(run.stdout);
    // 257,279 + 676,812 + 582,357 + 952,211 (044060, 044077, 044225, 044229) = 2,468,659
    expect([tesla.filings, tesla.openMarket.soldShares]).toEqual([4, 2_468_659]);

    // summary reads folders too: the four filings and the broken one, recursively.
    const summary = await cli(['summary', '--json', folder]);
    expect(ndjson(summary.stdout).map((line) => line.file.slice(folder.length))).toEqual([
      '/datamule-python__000089924321044060_doc4.xml',
      '/datamule-python__000089924321044077_doc4.xml',
      '/datamule-python__000089924321044225_doc4.xml',
      '/nested/copy.XML',
      '/nested/cut-short.xml',
    ]);
  });

  it('says so when a folder holds no filings, exit 1', async () => {
    const empty = join(built.scratch(), 'empty');
    mkdirSync(join(empty, 'sub'), { recursive: true });
    writeFileSync(join(empty, 'sub', 'readme.md'), 'not a filing');
    for (const command of ['activity', 'summary']) {
      const run = await cli([command, empty]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        'form4-lens: no .xml, .txt or .nc files in the folders given; name the filings or the folders that hold them.\n',
      );
    }
  });

  it.each([
    [['activity'], 'name at least one file or folder to roll up'],
    [['activity', '--since', '2021-13-01', CORPUS], '--since takes a date as YYYY-MM-DD, such as 2021-11-30; got "2021-13-01".'],
    [['activity', '--json', '--csv', CORPUS], 'choose one of --json and --csv'],
    [['summary', '--since', '2021-01-01', CORPUS], '--since and --until are options of activity'],
    [['activity', '--since', '2022-01-01', '--until', '2021-12-31', CORPUS], '--since 2022-01-01 is after --until 2021-12-31'],
  ])('%j: usage error, exit 2', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('form4-lens activity [--json | --csv] [--since DATE] [--until DATE] PATH...');
  });
});

describe('file names reach the terminal safely', () => {
  // A name with ESC and BEL (a title change), a clear-screen sequence, and a newline followed by
  // a forged "form4-lens: ..." line. The file holds no ownership XML, so its name is printed.
  const HOSTILE = 'bad\u001b]0;pwned\u0007\u001b[2J\nform4-lens: all filings read.xml';

  it('activity shows controls in a name as "?", one line per unreadable file', async () => {
    const folder = join(built.scratch(), 'hostile-names');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, HOSTILE), 'not a filing');
    copyFileSync(join(ROOT, TESLA_NOVEMBER[0]!), join(folder, 'tesla.xml'));
    for (const mode of [[], ['--json'], ['--csv']]) {
      const run = await cli(['activity', ...mode, folder]);
      expect(run.code, mode.join()).toBe(1);
      expect(run.stderr, mode.join()).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines, mode.join()).toHaveLength(1);
      expect(lines[0]).toMatch(/^form4-lens: .*bad\?\]0;pwned\?\?\[2J\?form4-lens: all filings read\.xml: /);
    }
  });

  it('summary too: one stderr line for the unreadable file, and its name made safe in the text header', async () => {
    const folder = join(built.scratch(), 'hostile-names-summary');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, HOSTILE), 'not a filing');
    const run = await cli(['summary', folder]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^form4-lens: .*bad\?\]0;pwned\?\?\[2J\?form4-lens: all filings read\.xml: /);
  });

  it('a name past any real path is cut, so the error stays one short line', async () => {
    const run = await cli(['summary', `${'x/'.repeat(4_000)}doc4.xml`]);
    expect(run.code).toBe(1);
    expect(run.stderr.length).toBeLessThan(700);
    expect(run.stderr).toMatch(/\.\.\. \(8008 characters\): /);
  });

  it('activity --json writes U+2028 in a name escaped, as summary --json does', async () => {
    const folder = join(built.scratch(), 'line-separator');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'tesla.xml');
    // The owner's name, as filed, with a line separator: JSON.stringify writes it raw.
    writeFileSync(file, readFileSync(join(ROOT, TESLA_NOVEMBER[0]!), 'utf8').replace('<rptOwnerName>Musk Elon', '<rptOwnerName>Musk\u2028Elon'));
    const run = await cli(['activity', '--json', file]);
    expect(run.stdout).not.toContain('\u2028');
    expect(run.stdout).toContain('Musk\\u2028Elon');
  });
});

describe('file names that are not UTF-8', () => {
  it('are read, and shown with U+FFFD where their bytes are not UTF-8', async () => {
    // "soci\xe9t\xe9.xml": a Latin-1 name, as a Windows tool or an old archive leaves it on Linux.
    const folder = join(built.scratch(), 'latin1-names');
    mkdirSync(folder, { recursive: true });
    const name = Buffer.concat([Buffer.from(`${folder}/soci`), Buffer.from([0xe9]), Buffer.from('t'), Buffer.from([0xe9]), Buffer.from('.xml')]);
    writeFileSync(name, readFileSync(join(ROOT, TESLA_NOVEMBER[0]!)));
    for (const command of ['summary', 'activity']) {
      const run = await cli([command, '--json', folder]);
      expect(run.stderr, command).toBe('');
      expect(run.code, command).toBe(0);
    }
    const summary = ndjson((await cli(['summary', '--json', folder])).stdout);
    expect(summary.map((line) => line.file)).toEqual([`${folder}/soci\uFFFDt\uFFFD.xml`]);
    expect(summary[0].issuer.name).toBe('Tesla, Inc.');
  });
});
