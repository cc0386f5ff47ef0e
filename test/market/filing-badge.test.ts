// The badge beside a filing's link on EDGAR's latest filings (lib/market/filing-badge.ts,
// docs/design.md section 11): codes, net dollars, role and flags, on real corpus filings with
// the filing date EDGAR gives them (test/corpus/MANIFEST.tsv). Expected values are worked out
// by hand from each filing's XML, quoted beside them.

import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../lib/figures/figures';
import { toFilingBadge } from '../../lib/market';
import { loadFiling } from '../corpus-filing';

function badgeOf(relative: string, accession: string | null, filingDate: string | null) {
  const parsed = loadFiling(relative);
  const filing = { ...parsed, accession: parsed.accession ?? accession, filingDate: parsed.filingDate ?? filingDate };
  return toFilingBadge(filing, computeFigures(filing.document, { filingDate: filing.filingDate }));
}

describe('toFilingBadge', () => {
  it("Musk's purchase in Tesla's offering of October 2012: P, the dollars, CEO", () => {
    // One P row, table I: 35,398 shares at $28.25 on 2012-10-03 = $999,993.50. Director, officer
    // titled "CEO", 10% owner. Filed 2012-10-05, two business days after (Wed -> Fri): not late.
    // F1: "purchased ... in a registered common stock offering by the issuer": neither private nor
    // "public offering" in the words lib/figures/private-trade.ts reads, so it counts.
    const badge = badgeOf('xml/datamule-python__000149473012000005_edgardoc.xml', '0001494730-12-000005', '2012-10-05');
    expect(badge).toEqual({
      accession: '0001494730-12-000005',
      form: '4',
      codes: ['P'],
      netValue: 999_993.5,
      netShares: 35_398,
      boughtValue: 999_993.5,
      soldValue: 0,
      role: 'CEO',
      relationship: 'Director, Officer (CEO), 10% Owner',
      issuer: 'TESLA MOTORS INC',
      owner: 'Musk Elon',
      flags: { plan10b5_1: false, late: false, amended: false, private: false },
    });
  });

  it("Musk's private placement of June 2011: no open-market code, flagged private", () => {
    // One P row: 1,416,000 shares at $28.76, F1 "in a private placement transaction with the
    // issuer": kept out of the open market, so no code and no dollars; title "Chief Executive Officer".
    const badge = badgeOf('xml/datamule-python__000149473011000006_edgardoc.xml', '0001494730-11-000006', '2011-06-09');
    expect(badge).toMatchObject({ codes: [], netValue: 0, role: 'CEO', flags: { plan10b5_1: false, late: false, amended: false, private: true } });
  });

  it("Rabois's sale under a 10b5-1 plan: S, minus the dollars, Dir, 10b5-1", () => {
    // One S row: 9,276 shares at $29.89 = $277,259.64 (weighted average, F2) on 2024-07-01; the
    // aff10b5One box ticked and F1 names the plan; director only; filed 2024-07-02.
    const badge = badgeOf('xml/datamule-python__000162828024030951_wk-form4_1719957769.xml', '0001628280-24-030951', '2024-07-02');
    expect(badge).toMatchObject({
      codes: ['S'],
      netValue: -277_259.64,
      netShares: -9_276,
      boughtValue: 0,
      soldValue: 277_259.64,
      role: 'Dir',
      relationship: 'Director',
      flags: { plan10b5_1: true, late: false, amended: false, private: false },
    });
  });

  it("Botha's option in lieu of fees, filed a week later: no code, Dir, late", () => {
    // Table II only: an A of 1,980 options on Friday 2019-01-25; filed Friday 2019-02-01, five
    // business days after (more than two: late). Director and 10% owner: the badge says Dir.
    const badge = badgeOf('xml/datamule-python__000117911019001192_edgar.xml', '0001179110-19-001192', '2019-02-01');
    expect(badge).toMatchObject({ codes: [], netValue: 0, role: 'Dir', flags: { plan10b5_1: false, late: true, amended: false, private: false } });
  });

  it('a Form 4/A from its full submission: amended, and late on the date EDGAR filed it', () => {
    // Header: ACCESSION NUMBER 0000707549-25-000004, FILED AS OF DATE 20250121, type 4/A. Two gifts
    // (G) on 2024-11-04, a director's: no open-market code; filed 2025-01-21, weeks after.
    const badge = badgeOf('submissions/sec-edgar-parser__form4A.txt', null, null);
    expect(badge).toMatchObject({ accession: '0000707549-25-000004', form: '4/A', codes: [], netValue: 0, role: 'Dir', flags: { amended: true, late: true, plan10b5_1: false, private: false } });
  });

  it("a Form 3 (Botha's at MongoDB): holdings only, no code, no flag", () => {
    // Eight holding rows, no transaction; director and 10% owner.
    const badge = badgeOf('xml/datamule-python__000089924317024441_doc3.xml', '0000899243-17-024441', '2017-10-18');
    expect(badge).toMatchObject({ form: '3', codes: [], netValue: 0, netShares: 0, role: 'Dir', owner: 'BOTHA ROELOF', issuer: 'MongoDB, Inc.', flags: { plan10b5_1: false, late: false, amended: false, private: false } });
  });

  it('a 10% owner alone is 10%; an officer without a CEO or CFO title is Officer; CFO by title', () => {
    const base = loadFiling('xml/datamule-python__000162828024030951_wk-form4_1719957769.xml');
    const withRelationship = (relationship: Partial<(typeof base.document.reportingOwners)[number]['relationship']>) => {
      const owner = base.document.reportingOwners[0]!;
      const document = { ...base.document, reportingOwners: [{ ...owner, relationship: { ...owner.relationship, isDirector: false, ...relationship } }] };
      return toFilingBadge({ ...base, document }, computeFigures(document, { filingDate: '2024-07-02' })).role;
    };
    expect(withRelationship({ isTenPercentOwner: true })).toBe('10%');
    expect(withRelationship({ isOfficer: true, officerTitle: 'EVP, General Counsel' })).toBe('Officer');
    expect(withRelationship({ isOfficer: true, officerTitle: 'Chief Financial Officer', isDirector: true })).toBe('CFO');
    expect(withRelationship({})).toBeNull();
  });
});
