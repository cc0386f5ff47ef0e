// Right across time and owners (docs/design.md section 10), on real filings first: one position
// per holding line whatever its footnote ids, split-adjusted shares, one count per block. The
// single-filing rules (ΔOwn against the position, purchases in an offering) are in
// test/exercise-and-change.test.ts and test/honest-totals.test.ts; the signals' calendar in
// signals.test.ts.

import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ActivityRollup, toActivityWindow, toInsiderHistory } from '../../lib/activity';
import { findSplits, findStatedSplits } from '../../lib/activity/splits';
import { toActivityCsvHeader, toActivityCsvRows } from '../../lib/activity/activity-csv';
import { computeFigures } from '../../lib/figures/figures';
import { toHoldingLineKeys } from '../../lib/figures/holding-lines';
import { parseOwnership } from '../../lib/filing/parse-ownership';
import { teslaCorpus } from '../e2e/tesla-edgar';
import { teslaFacts } from '../e2e/tesla-facts';
import { corpusFilesOfIssuer, parseCorpus, parseText } from './helpers';
import { readCorpus } from '../corpus-path';
import { growthRatio, LINEAR_LIMIT } from '../growth';

const MUSK_2021_11_10 = 'xml/datamule-python__000089924321044241_doc4.xml';
const AURORA_2021_11_03 = 'xml/datamule-python__000089924321043382_doc4.xml';

function teslaRollup(from: string, until: string): ActivityRollup {
  const rollup = new ActivityRollup({ window: { from, until } });
  for (const { ref, file } of teslaCorpus) {
    const parsed = parseOwnership(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    rollup.add({ ...parsed.filing, accession: ref.accession }, ref.xmlUrl);
  }
  return rollup;
}

describe('a holding line is one position, however it is written', () => {
  it('Musk 2021-11-10: the row without "(1)" is the trust line it continues: 167,346,837 once, not 334,745,561', () => {
    // 30 sales from "by Trust"; row 6 (1,302 at $1,005.403) cites no F1. Row 5 leaves 167,400,026:
    // 167,400,026 - 1,302 = 167,398,724, row 6's amount after, so row 6 continues the line.
    const figures = computeFigures(parseCorpus(MUSK_2021_11_10).document);
    expect(figures.holdingsAfter.equityLines).toHaveLength(1);
    expect(figures.holdingsAfter.total).toBe(167_346_837);
    expect(new Set(figures.holdingLineIds).size).toBe(1);
  });

  it('Aurora 2021-11-03 (Hoffman): three "See Footnote(s)" lines, named by F1, F2 and F5: 8,557,805 held', () => {
    // Reprogrammed Interchange LLC 1,000,000 + Reinvent Sponsor Y LLC 6,883,086 + Programmable
    // Exchange LLC 674,719 = 8,557,805 (the roll-up used to keep two of the three: 7,557,805).
    const rollup = new ActivityRollup();
    rollup.add(parseCorpus(AURORA_2021_11_03));
    const [insider] = rollup.summarise().issuers[0]!.insiders;
    expect(insider!.holdingsAfter).toBe(8_557_805);
  });

  it('Aurora 2021-2024 (Hoffman, a Form 3 and 15 Forms 4): footnotes renumbered and reworded, the holdings are the latest filing\'s 8,844,052', () => {
    // The latest filing (2024-11-18) lists, table I: 286,247 direct, 1,000,000 (Reprogrammed),
    // 6,883,086 (Sponsor), 674,719 (Programmable) and three Greylock lines at 0:
    // 286,247 + 1,000,000 + 6,883,086 + 674,719 = 8,844,052. The Reprogrammed footnote says
    // "acquired by" in 2021, "held directly by" in 2023 and "held by" in 2024; each later line
    // continues the earlier one's 1,000,000.
    const files = corpusFilesOfIssuer('0001828108').filter((file) => readCorpus(file).includes('<rptOwnerName>Hoffman Reid'));
    expect(files).toHaveLength(16);
    const rollup = new ActivityRollup();
    for (const file of files) rollup.add(parseCorpus(file));
    const hoffman = rollup.summarise().issuers[0]!.insiders.find((insider) => insider.names[0] === 'Hoffman Reid')!;
    expect(hoffman.holdingsAfter).toBe(8_844_052);
  });

  it('Musk 2021-2022: the trust line keeps one name though its footnote is F1, F2, F5, F18, F21 ... or none', () => {
    const trustNames = new Set<string>();
    const ids = new Set<string>();
    for (const file of corpusFilesOfIssuer('0001318605')) {
      const filing = parseCorpus(file);
      const period = filing.document.periodOfReport ?? '';
      if (period < '2021-11-01' || period > '2022-12-31' || filing.document.reportingOwners[0]?.name !== 'Musk Elon') continue;
      const keys = toHoldingLineKeys(filing.document);
      for (const row of [...filing.document.transactions, ...filing.document.holdings]) {
        if (row.table !== 'nonDerivative' || row.directOrIndirect.value !== 'I' || !/trust/i.test(row.natureOfOwnership.text ?? '')) continue;
        trustNames.add(keys.get(row)!);
        row.natureOfOwnership.footnoteIds.forEach((id) => ids.add(id));
      }
    }
    expect(ids.size).toBeGreaterThan(5);
    expect(trustNames.size).toBe(1);
  });
});

describe('splits', () => {
  it('Tesla, 12 months to 2022-11-30: 3-for-1 found from the trust line, confirmed by prices; 91,823,229 shares sold', () => {
    // Read from the XML (test/e2e/tesla-facts.ts): 24,107,743 shares sold before the split of
    // August 2022 and 19,500,000 after. The trust held 155,039,144 after 2022-08-09 and
    // 464,631,854 + 485,578 = 465,117,432 before its first sale of 2022-11-04: 3 x 155,039,144.
    // In today's shares: 24,107,743 x 3 + 19,500,000 = 72,323,229 + 19,500,000 = 91,823,229.
    expect(teslaFacts('2021-12-01', '2022-08-24').soldShares).toBe('24107743');
    expect(teslaFacts('2022-08-25', '2022-11-30').soldShares).toBe('19500000');
    const issuer = teslaRollup('2021-12-01', '2022-11-30').summarise().issuers[0]!;
    expect(issuer.splits).toEqual([{ from: '2022-08-09', to: '2022-11-04', ratio: 3, source: 'holdings' }]);
    expect(issuer.openMarket.soldShares).toBe(91_823_229);
    expect(issuer.asFiled).toEqual({ boughtShares: 0, soldShares: 43_607_743 });
    // Dollars are dollars: the sum as filed.
    expect(issuer.openMarket.soldValue).toBe(25_922_812_116.56);
    // One average price in one unit: $25,922,812,116.56 / 91,823,229 = $282.3121.
    expect(issuer.openMarket.soldAveragePrice).toBe(282.3121);
  });

  it('the history of Musk\'s filings is in today\'s shares: no jump at the split', () => {
    const rollup = teslaRollup('2022-08-01', '2022-11-30');
    const points = toInsiderHistory(rollup.summarise().counted, '1494730');
    const august9 = points.filter((point) => point.date === '2022-08-09').at(-1)!;
    const november4 = points.find((point) => point.date === '2022-11-04')!;
    // Only the trust line is reported in this window: 155,039,144 after 2022-08-09 is
    // 465,117,432 in today's shares; the 2022-11-04 sales, 465,117,432 - 455,467,432 =
    // 9,650,000 shares, leave 455,467,432 as filed.
    expect(august9.holdingsAfter).toBe(465_117_432);
    expect(november4.holdingsAfter).toBe(455_467_432);
    expect(november4.netShares).toBe(-9_650_000);
  });

  it('reads splits stated in footnotes and remarks, with their dates', () => {
    // Tesla 2023-03-08, F2 (an option's footnote): both of Tesla's splits.
    const tesla = parseCorpus('xml/datamule-python__000089924323008179_doc4.xml').document.footnotes.find((note) => note.id === 'F2')!;
    expect(findStatedSplits(tesla.text)).toEqual([
      { ratio: 5, date: '2020-08-28' },
      { ratio: 3, date: '2022-08-24' },
    ]);
    expect(findStatedSplits('Reflects a 1-for-50 reverse stock split effected by the Issuer on August 16, 2024, which was exempt')).toEqual([
      { ratio: 0.02, date: '2024-08-16' },
    ]);
    expect(findStatedSplits('Reflects a 4:1 reverse stock split of Ordinary Shares and increase in the number of Ordinary Shares per ADS')).toEqual([
      { ratio: 0.25, date: null },
    ]);
    // Lam Research's 4/A of 2024-11-04 states it in its remarks.
    const lam = parseCorpus('xml/sec-edgar-parser__form4A.extracted.xml').document.remarks!;
    expect(findStatedSplits(lam)).toEqual([{ ratio: 10, date: '2024-10-02' }]);
    // Not splits: a conversion ratio, a Form 4 "split into two filings".
    expect(findStatedSplits('convertible into Common Shares at a 1:10 ratio')).toEqual([]);
    expect(findStatedSplits('The Form 4 has been split into two filings to cover all 50 individual transactions')).toEqual([]);
  });

  it('a made-up 1-for-10 reverse split between two real Musk filings is found and undone', () => {
    // Made up from real filings: Musk's Forms 4 of 2022-11-04 and 2022-11-07, the second with
    // every amount divided by 10 and every price multiplied by 10, as if a 1-for-10 reverse split
    // fell between. The trust's 455,467,432 after 2022-11-04 becomes 45,546,743.2 before the
    // first sale of 2022-11-07 (45,469,390.1 + 77,353.1): a tenth. Prices: about $208 on
    // 2022-11-04, about $2,000 on 2022-11-07, a ratio of about 0.1, three days apart.
    const first = parseCorpus('xml/datamule-python__000089924322035390_doc4.xml');
    const scaled = readCorpus('xml/datamule-python__000089924322035393_doc4.xml').replace(
      /<(transactionShares|sharesOwnedFollowingTransaction|transactionPricePerShare)>(\s*)<value>([\d.]+)<\/value>/g,
      (_all, tag: string, space: string, value: string) =>
        `<${tag}>${space}<value>${tag === 'transactionPricePerShare' ? (Number(value) * 10).toFixed(4) : (Number(value) / 10).toFixed(1)}</value>`,
    );
    const second = parseText(scaled, '0000899243-22-035393');
    const rollup = new ActivityRollup();
    rollup.add(first);
    rollup.add(second);
    const issuer = rollup.summarise().issuers[0]!;
    expect(issuer.splits).toEqual([{ from: '2022-11-04', to: '2022-11-07', ratio: 0.1, source: 'holdings' }]);
    // The first filing's sales in the second's shares: a tenth of them.
    const firstSold = computeFigures(first.document).openMarket.sold.shares;
    const secondSold = computeFigures(second.document).openMarket.sold.shares;
    expect(issuer.openMarket.soldShares).toBeCloseTo(firstSold / 10 + secondSold, 6);
    expect(issuer.asFiled!.soldShares).toBeCloseTo(firstSold + secondSold, 6);
  });

  it('Alphabet\'s 20-for-1 of July 2022 cannot be tested here: the corpus has no Alphabet filing after it', () => {
    const alphabet = corpusFilesOfIssuer('0001652044').map((file) => parseCorpus(file).document.periodOfReport!);
    expect(alphabet.length).toBeGreaterThan(0);
    expect(alphabet.every((period) => period < '2022-07-15')).toBe(true);
    expect(findSplits([])).toEqual([]);
  });
});

describe('one block, one count', () => {
  // Made up from a real joint filing: Mithril's Form 4 of 2021-08-10 (Adagio; four owners, one P
  // of 1,997,000 at $17.00) split into two filings, one by MITHRIL II LP alone and one by its
  // general partner Mithril II GP LP alone, as related owners often file. Their footnote F2 names
  // each of them ("...Mithril II GP LP ("GP II") and GP II is the general partner of II LP").
  // The citations of F1 (the IPO's closing) are removed so the purchase stands for an
  // open-market one. The corpus holds no such pair of real filings.
  const joint = readCorpus('xml/datamule-python__000120919121051298_doc4.xml').replaceAll('<footnoteId id="F1"/>', '');
  const owners = [...joint.matchAll(/<reportingOwner>[\s\S]*?<\/reportingOwner>/g)].map((match) => match[0]);
  const alone = (owner: string, accession: string) => {
    const start = joint.indexOf('<reportingOwner>');
    const end = joint.lastIndexOf('</reportingOwner>') + '</reportingOwner>'.length;
    return parseText(joint.slice(0, start) + owner + joint.slice(end), accession);
  };
  const fund = owners.find((owner) => owner.includes('MITHRIL II LP'))!;
  const partner = owners.find((owner) => owner.includes('Mithril II GP LP'))!;

  it('the same purchase from a fund and its general partner counts once for the issuer, twice for the insiders', () => {
    const rollup = new ActivityRollup();
    rollup.add(alone(fund, '0001209191-21-051298'));
    rollup.add(alone(partner, '0001209191-21-051299'));
    const issuer = rollup.summarise().issuers[0]!;
    // 1,997,000 x $17.00 = $33,949,000, once.
    expect([issuer.openMarket.boughtShares, issuer.openMarket.boughtValue, issuer.openMarket.boughtRows]).toEqual([1_997_000, 33_949_000, 1]);
    expect(issuer.insiders.map((insider) => insider.openMarket.boughtValue)).toEqual([33_949_000, 33_949_000]);
    expect(issuer.repeatedBlocks).toEqual({
      rows: 1,
      shares: 1_997_000,
      value: 33_949_000,
      reportedBy: [{ repeated: 'Mithril II GP LP', first: 'MITHRIL II LP' }],
    });
    // Two related owners are not two buyers of a cluster.
    expect(issuer.clusters).toEqual([]);
  });

  it('unrelated owners with the same trade count twice', () => {
    // The partner's copy given to an owner who shares nothing: another CIK, name and address,
    // and footnotes that name no Mithril entity.
    const stranger = partner
      .replace(/<rptOwnerCik>\d+<\/rptOwnerCik>/, '<rptOwnerCik>0009999999</rptOwnerCik>')
      .replace(/<rptOwnerName>[^<]*<\/rptOwnerName>/, '<rptOwnerName>Someone Else</rptOwnerName>')
      .replace(/<rptOwnerStreet1>[^<]*<\/rptOwnerStreet1>/, '<rptOwnerStreet1>1 Other Road</rptOwnerStreet1>');
    const unrelated = joint.replace(/Mithril|MITHRIL|Thiel|THIEL/g, 'Other');
    const start = unrelated.indexOf('<reportingOwner>');
    const end = unrelated.lastIndexOf('</reportingOwner>') + '</reportingOwner>'.length;
    const rollup = new ActivityRollup();
    rollup.add(alone(fund, '0001209191-21-051298'));
    rollup.add(parseText(unrelated.slice(0, start) + stranger + unrelated.slice(end), '0001209191-21-051300'));
    const issuer = rollup.summarise().issuers[0]!;
    expect(issuer.openMarket.boughtShares).toBe(3_994_000);
    expect(issuer.repeatedBlocks).toBeNull();
  });
});

describe('the roll-up with these rules stays linear', () => {
  it('16 times the filings take about 16 times as long, not 256', () => {
    const tesla = corpusFilesOfIssuer('0001318605').map((file) => parseCorpus(file));
    // n copies of Tesla's filings under distinct accessions: lines, splits, blocks and signals
    // all see them.
    const make = (n: number) => Array.from({ length: n }, (_, index) => ({ ...tesla[index % tesla.length]!, accession: `0000000000-00-${String(index).padStart(6, '0')}` }));
    const rollUp = (filings: ReturnType<typeof make>) => {
      const rollup = new ActivityRollup({ window: toActivityWindow(24, '2022-12-31') });
      for (const filing of filings) rollup.add(filing);
      return rollup.summarise();
    };
    expect(growthRatio(make, rollUp, 40)).toBeLessThan(LINEAR_LIMIT);
  });
});

describe('the activity CSV keeps the as-filed numbers and adds the adjusted ones', () => {
  it('Musk 2022-08-09, before the 3-for-1: 18,630 at $838.571 is 55,890 at $279.523667 in today\'s shares', () => {
    // 18,630 x 3 = 55,890; 838.571 / 3 = 279.523666...; 158,060,742 owned after x 3 = 474,182,226.
    const filing = parseCorpus('xml/datamule-python__000089924322028188_doc4.xml');
    const [header, first] = parseCsv(toActivityCsvHeader() + toActivityCsvRows(filing, { from: null, until: null }, {}, 3)) as string[][];
    const cell = (name: string) => first![header!.indexOf(name)];
    expect([cell('shares'), cell('price'), cell('shares_owned_after')]).toEqual(['18630', '838.571', '158060742']);
    expect([cell('split_factor'), cell('shares_adjusted'), cell('price_adjusted'), cell('shares_owned_after_adjusted')]).toEqual([
      '3',
      '55890',
      '279.523667',
      '474182226',
    ]);
  });
});
