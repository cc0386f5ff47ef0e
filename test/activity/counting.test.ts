// Each filing counted once: the same accession, or the same document from two sources, is
// one filing; an amendment replaces the original it amends. The amendment here is built from
// a real filing (see AMENDED below); the duplicates are real corpus files.

import { describe, expect, it } from 'vitest';
import { ActivityRollup, applyAmendments, toFilingEntry } from '../../lib/activity';
import { readCorpus } from '../corpus-path';
import { parseCorpus, parseText } from './helpers';

// Musk's second Form 4 of 2021-11-11, filed 2021-11-12 (EDGAR's JSON), 14 S rows, row by row:
//   3,918 x 1,088.578 = 4,265,048.604      2,343 x 1,089.305 = 2,552,241.615
//   1,914 x 1,090.29  = 2,086,815.06       1,500 x 1,091.671 = 1,637,506.5
//   1,400 x 1,092.694 = 1,529,771.6        2,400 x 1,093.484 = 2,624,361.6
//   2,402 x 1,094.494 = 2,628,974.588      1,190 x 1,095.486 = 1,303,628.34
//   3,305 x 1,096.674 = 3,624,507.57          71 x 1,097.10  = 77,894.1
//     100 x 1,100.04  = 110,004           30,700 x 1,102.01  = 33,831,707
//     256 x 1,103.511 = 282,498.816          600 x 1,104.01  = 662,406
//   shares 52,099; dollars 57,217,365.393 -> $57,217,365.39
const ORIGINAL = 'xml/datamule-python__000089924321044262_doc4.xml';
// Its sister filing: same owner, period and filing date, 30 S rows, 587,638 shares, $630,079,728.16.
const SISTER = 'xml/datamule-python__000089924321044261_doc4.xml';
const FILED = '2021-11-12';

/**
 * A 4/A built from the real ORIGINAL: documentType 4/A, dateOfOriginalSubmission 2021-11-12,
 * and the row of 71 shares at $1,097.10 corrected to 171 shares. Figures: 52,099 + 100 = 52,199
 * shares; 57,217,365.393 + 100 x 1,097.10 = 57,327,075.393 -> $57,327,075.39.
 */
function amended(): string {
  const text = readCorpus(ORIGINAL)
    .replace('<documentType>4</documentType>', '<documentType>4/A</documentType>')
    .replace(
      '<periodOfReport>2021-11-11</periodOfReport>',
      `<periodOfReport>2021-11-11</periodOfReport>\n    <dateOfOriginalSubmission>${FILED}</dateOfOriginalSubmission>`,
    )
    .replace(/<value>71<\/value>/, '<value>171</value>');
  expect(text).toContain('<value>171</value>');
  return text;
}

const soldOf = (rollup: ActivityRollup) => {
  const { openMarket, filings } = rollup.summarise().issuers[0]!;
  return { filings, soldShares: openMarket.soldShares, soldValue: openMarket.soldValue };
};

describe('duplicates', () => {
  it('counts the same accession once, and the same document without an accession once', () => {
    const rollup = new ActivityRollup();
    expect(rollup.add(parseCorpus(ORIGINAL), 'a.xml')).toBe('added');
    expect(rollup.add(parseCorpus(ORIGINAL), 'b.xml')).toBe('duplicate');
    // The same document with no accession (a copy saved under another name).
    expect(rollup.add(parseText(readCorpus(ORIGINAL)), 'c.xml')).toBe('duplicate');
    expect(soldOf(rollup)).toEqual({ filings: 1, soldShares: 52_099, soldValue: 57_217_365.39 });
    expect(rollup.summarise().stats).toEqual({ added: 1, duplicates: 2, outsideWindow: 0 });
  });

  it('treats a reformatted copy as the same filing: other whitespace, numbers and footnotes', () => {
    const reformatted = readCorpus(ORIGINAL)
      .replace(/\n\s*/g, '\n')
      .replace('<value>30700</value>', '<value>30700.00</value>')
      .replace(/<footnoteId id="F\d+"\/>/g, '');
    const rollup = new ActivityRollup();
    rollup.add(parseText(readCorpus(ORIGINAL)));
    expect(rollup.add(parseText(reformatted))).toBe('duplicate');
  });

  it('keeps two filings apart when a row differs, or when both have different accessions', () => {
    const rollup = new ActivityRollup();
    rollup.add(parseText(readCorpus(ORIGINAL)));
    expect(rollup.add(parseText(readCorpus(ORIGINAL).replace('<value>71</value>', '<value>72</value>')))).toBe('added');
    const twice = new ActivityRollup();
    twice.add(parseText(readCorpus(ORIGINAL), '0000899243-21-044262'));
    // EDGAR sometimes takes the same form twice: two accessions are two filings.
    expect(twice.add(parseText(readCorpus(ORIGINAL), '0000899243-21-999999'))).toBe('added');
  });

  it('takes the accession and filing date from whichever copy has them', () => {
    // A real pair: a full submission and the XML extracted from it.
    const rollup = new ActivityRollup();
    rollup.add(parseText(readCorpus('xml/sec-edgar-parser__form4A.extracted.xml')), 'extracted.xml');
    expect(rollup.add(parseText(readCorpus('submissions/sec-edgar-parser__form4A.txt')), 'form4A.txt')).toBe('duplicate');
    const [entry] = rollup.summarise().counted;
    expect(entry!.accession).toMatch(/^\d{10}-\d{2}-\d{6}$/);
    expect(entry!.filingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entry!.source).toBe('extracted.xml');
  });
});

describe('amendments', () => {
  it('replaces the original it amends, whichever comes first', () => {
    for (const order of ['original first', 'amendment first']) {
      const rollup = new ActivityRollup();
      const original = parseCorpus(ORIGINAL, FILED);
      const sister = parseCorpus(SISTER, FILED);
      const amendment = parseText(amended(), '0000899243-21-050000', '2021-12-01');
      const filings = order === 'original first' ? [sister, original, amendment] : [amendment, sister, original];
      for (const filing of filings) rollup.add(filing);
      const report = rollup.summarise();
      // The sister filing (same owner, period and filing date) stays; the rows' shape tells
      // that the amendment corrects ORIGINAL: 587,638 + 52,199 = 639,837 shares;
      // 630,079,728.16 + 57,327,075.39 = $687,406,803.55.
      expect(soldOf(rollup)).toEqual({ filings: 2, soldShares: 639_837, soldValue: 687_406_803.55 });
      expect(report.replaced.map(({ entry, by }) => [entry.accession, by])).toEqual([
        ['0000899243-21-044262', '0000899243-21-050000'],
      ]);
      expect(report.notes).toEqual([]);
    }
  });

  it('lets the latest of two amendments stand', () => {
    const rollup = new ActivityRollup();
    rollup.add(parseCorpus(ORIGINAL, FILED));
    rollup.add(parseText(amended(), '0000899243-21-050000', '2021-12-01'));
    // A second amendment restoring the 71 shares as first filed: the original figures again.
    const again = amended().replace('<value>171</value>', '<value>71</value>');
    rollup.add(parseText(again, '0000899243-22-000001', '2022-01-03'));
    expect(soldOf(rollup)).toEqual({ filings: 1, soldShares: 52_099, soldValue: 57_217_365.39 });
  });

  it('counts all and says so when nothing tells which original is amended', () => {
    const rollup = new ActivityRollup();
    rollup.add(parseCorpus(ORIGINAL, FILED));
    rollup.add(parseCorpus(SISTER, FILED));
    // An amendment that neither names a filing date nor keeps either original's rows.
    const vague = amended()
      .replace(/\s*<dateOfOriginalSubmission>[^<]*<\/dateOfOriginalSubmission>/, '')
      .replace(/(<nonDerivativeTransaction>[\s\S]*?<\/nonDerivativeTransaction>)/, '');
    const entries = [parseCorpus(ORIGINAL, FILED), parseCorpus(SISTER, FILED), parseText(vague, '0000899243-21-050000')].map(
      (filing) => toFilingEntry(filing)!,
    );
    const outcome = applyAmendments(entries);
    expect(outcome.counted).toHaveLength(3);
    expect(outcome.replaced).toEqual([]);
    expect(outcome.notes).toEqual([
      '0000899243-21-050000 amends one of 2 Form 4 filings for period 2021-11-11, and neither its date of original submission nor its rows tell which, so all are counted.',
    ]);
  });
});

describe('feeding and storing', () => {
  it('survives a JSON round trip and goes on counting once', () => {
    const rollup = new ActivityRollup({ window: { from: '2021-11-01', until: '2021-11-30' }, keepTrades: true });
    rollup.add(parseCorpus(ORIGINAL, FILED));
    const stored = JSON.parse(JSON.stringify(rollup)) as ReturnType<ActivityRollup['toJSON']>;
    const restored = ActivityRollup.fromJSON(stored);
    expect(restored.add(parseCorpus(ORIGINAL, FILED))).toBe('duplicate');
    expect(restored.add(parseCorpus(SISTER, FILED))).toBe('added');
    expect(soldOf(restored)).toEqual({ filings: 2, soldShares: 52_099 + 587_638, soldValue: 687_297_093.55 });
    // Kept for a timeline: every open-market row, 14 + 30.
    expect(restored.summarise().counted.flatMap((entry) => entry.trades ?? [])).toHaveLength(44);
    expect(() => ActivityRollup.fromJSON({} as never)).toThrow(/expected the output of toJSON/);
  });
});
