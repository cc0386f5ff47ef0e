// Where the trades view learns of a day's filings (docs/design.md section 11): EDGAR's
// latest-filings Atom feed, on the two real pages in test/corpus/html, and the daily form index,
// on test/fixtures/daily-index/form.20220809.idx (the real shape, made from real accessions and
// dates: its preamble says which). Expected values come from the test's own scan of the text.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCurrentFeed, MAX_FEED_BYTES } from '../lib/sec/current-feed';
import { dailyIndexUrl, readDailyIndex } from '../lib/sec/daily-index';
import { corpusPath } from './corpus-path';

const FEEDS = ['start0', 'start100'].map((page) => readFileSync(corpusPath(`html/edgartools__browse-edgar_getcurrent_type4_${page}.atom.xml`), 'latin1'));
const DAILY = readFileSync(new URL('./fixtures/daily-index/form.20220809.idx', import.meta.url), 'utf8');

/** The test's reading of a feed page: each ownership entry's accession, form, role and CIK, in order. */
function feedEntries(xml: string) {
  return xml
    .split('<entry>')
    .slice(1)
    .map((entry) => ({
      title: /<title>(\S+) - .* \((\d+)\) \((\w+)\)<\/title>/.exec(entry),
      accession: /accession-number=([\d-]+)</.exec(entry)?.[1],
      filed: /Filed:&lt;\/b&gt; (\d{4}-\d{2}-\d{2})/.exec(entry)?.[1],
    }))
    .filter((entry) => entry.title !== null && /^[345](\/A)?$/.test(entry.title[1]!));
}

describe('readCurrentFeed', () => {
  it.each([0, 1])('makes one filing of the two entries (issuer, reporting owner) of each, on real page %i', (page) => {
    const xml = FEEDS[page]!;
    const result = readCurrentFeed(xml);
    if (!result.ok) throw new Error(result.error.message);
    const entries = feedEntries(xml);
    const accessions = [...new Set(entries.map((entry) => entry.accession))];
    expect(accessions.length).toBeGreaterThan(30);
    // Each filing once, in the feed's order, though listed two or more times.
    expect(result.filings.map((filing) => filing.accession)).toEqual(accessions);
    expect(entries.length).toBeGreaterThan(accessions.length);
    for (const filing of result.filings) {
      const mine = entries.filter((entry) => entry.accession === filing.accession);
      const issuer = mine.find((entry) => entry.title![3] === 'Issuer');
      expect(filing.issuer?.cik ?? null).toBe(issuer ? issuer.title![2]! : null);
      expect(filing.owners.map((owner) => owner.cik)).toEqual([...new Set(mine.filter((entry) => entry.title![3] === 'Reporting').map((entry) => entry.title![2]!))]);
      expect(filing.form).toBe(mine[0]!.title![1]);
      expect(filing.filingDate).toBe(mine[0]!.filed);
      expect(filing.indexUrl).toMatch(new RegExp(`^https://www\\.sec\\.gov/Archives/edgar/data/\\d+/${filing.accession.replace(/-/g, '')}/${filing.accession}-index\\.htm$`));
    }
  });

  it("reads names with entities and the feed's time", () => {
    const result = readCurrentFeed(FEEDS[0]!);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.updated).toBe('2025-12-12T18:03:57-05:00');
    // The first entry: "4 - Perez Daniel Antonio (0002063236) (Reporting)", then Hinge Health as issuer.
    expect(result.filings[0]).toEqual({
      accession: '0002063236-25-000004',
      form: '4',
      filingDate: '2025-12-12',
      acceptedAt: '2025-12-12T18:02:43-05:00',
      issuer: { cik: '0001673743', name: 'Hinge Health, Inc.' },
      owners: [{ cik: '0002063236', name: 'Perez Daniel Antonio' }],
      indexUrl: 'https://www.sec.gov/Archives/edgar/data/1673743/000206323625000004/0002063236-25-000004-index.htm',
    });
  });

  it('keeps only links into the filing\'s own folder on www.sec.gov, and says what is wrong with what is not a feed', () => {
    const elsewhere = FEEDS[0]!.replaceAll('https://www.sec.gov/Archives/edgar/data/1673743/', 'https://evil.example/Archives/edgar/data/1673743/');
    const result = readCurrentFeed(elsewhere);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.filings.find((filing) => filing.accession === '0002063236-25-000004')?.indexUrl).toMatch(/^https:\/\/www\.sec\.gov\/Archives\/edgar\/data\/2063236\//);
    expect(readCurrentFeed('<html><body>Not here</body></html>')).toEqual({ ok: false, error: { message: "This is not EDGAR's latest-filings feed: it has no Atom <feed> element." } });
    expect(readCurrentFeed('<feed><entry>').ok).toBe(false);
    expect(readCurrentFeed(' '.repeat(MAX_FEED_BYTES + 1))).toEqual({ ok: false, error: { message: "EDGAR's latest-filings feed is larger than 2 MB, so it was not read." } });
  });
});

describe('readDailyIndex', () => {
  it('keeps the ownership filings, each once with its filers, past a header wrapped after "CIK" and form types with spaces', () => {
    const result = readDailyIndex(DAILY);
    if (!result.ok) throw new Error(result.error.message);
    // The fixture's rows: Tesla's six Forms 4 of 2022-08-09 under Musk and under Tesla, and its 4/A.
    const fours = ['028174', '028176', '028181', '028184', '028188', '028189'].map((n) => `0000899243-22-${n}`);
    expect(result.filings.map((filing) => [filing.form, filing.accession, filing.filingDate])).toEqual([
      ...fours.map((accession) => ['4', accession, '2022-08-09']),
      ['4/A', '0000899243-22-021041', '2022-06-03'],
    ]);
    expect(result.filings[0]!.filers).toEqual([
      { cik: '0001494730', name: 'Musk Elon' },
      { cik: '0001318605', name: 'Tesla, Inc.' },
    ]);
    expect(result.filings[0]!.indexUrl).toBe('https://www.sec.gov/Archives/edgar/data/1494730/000089924322028174/0000899243-22-028174-index.htm');
  });

  it('reads the one-line header too, and refuses what is not an index in one sentence', () => {
    const oneLine = DAILY.replace('CIK\n         Date Filed  File Name', 'CIK         Date Filed  File Name');
    expect(oneLine).not.toBe(DAILY);
    const result = readDailyIndex(oneLine);
    expect(result.ok && result.filings.length).toBe(7);
    expect(readDailyIndex('<html>404</html>')).toEqual({
      ok: false,
      error: { message: 'This is not EDGAR\'s daily form index: it has no "Form Type" header and dashed rule before its rows.' },
    });
  });

  it.each([
    ['2022-08-09', 'https://www.sec.gov/Archives/edgar/daily-index/2022/QTR3/form.20220809.idx'],
    ['2025-01-02', 'https://www.sec.gov/Archives/edgar/daily-index/2025/QTR1/form.20250102.idx'],
    ['2025-12-12', 'https://www.sec.gov/Archives/edgar/daily-index/2025/QTR4/form.20251212.idx'],
    ['12/12/2025', null],
  ])('the index of %s is at %s', (date, url) => {
    expect(dailyIndexUrl(date)).toBe(url);
  });
});
