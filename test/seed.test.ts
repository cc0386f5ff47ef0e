// The seed filing of docs/design.md: a Form 4 as a reader sees it (the text of a rendering of the form),
// written back as ownership XML in test/fixtures/seed-sonus-scarfo-2014.xml (see test/fixtures/README.md
// for what had to be reconstructed). docs/design.md says a reader of it must see at once: no open-market
// trades; a bonus paid in stock (code A, +122,728 shares); shares withheld for taxes (code F, -25,893 and
// -45,838); net +50,997 shares; 378,950 held directly afterwards.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../lib/figures/figures';
import { parseOwnership } from '../lib/filing/parse-ownership';
import type { OwnershipDocument } from '../lib/filing/model';

const FIXTURE = new URL('./fixtures/seed-sonus-scarfo-2014.xml', import.meta.url);

function loadSeed(): OwnershipDocument {
  const result = parseOwnership(readFileSync(FIXTURE, 'utf8'));
  if (!result.ok) throw new Error(`the seed fixture did not parse: ${result.error.message}`);
  return result.filing.document;
}

describe('seed: SONUS NETWORKS INC (SONS), Scarfo Anthony, Form 4 of 2014-02-18', () => {
  const document = loadSeed();
  const figures = computeFigures(document);

  it('reads the header as the rendering gives it', () => {
    expect(document.documentType).toBe('4');
    expect(document.schemaVersion).toBe('X0306');
    expect(document.periodOfReport).toBe('2014-02-18');
    expect(document.issuer).toEqual({ cik: '0001105472', name: 'SONUS NETWORKS INC', tradingSymbol: 'SONS' });
    expect(document.reportingOwners).toHaveLength(1);
    const owner = document.reportingOwners[0]!;
    expect(owner.name).toBe('Scarfo Anthony');
    expect(owner.address).toMatchObject({
      street1: 'C/O SONUS NETWORKS, INC.',
      street2: '4 TECHNOLOGY PARK DRIVE',
      city: 'WESTFORD',
      state: 'MA',
      zipCode: '01886',
    });
    expect(owner.relationship).toMatchObject({
      isDirector: false,
      isOfficer: true,
      isTenPercentOwner: false,
      isOther: false,
      officerTitle: 'EVP, Technology & Business Dev',
    });
    expect(document.signatures).toEqual([{ name: 'Anthony Scarfo', date: '2014-02-20' }]);
  });

  it('has the three Common Stock rows of table I, in filing order, with their footnotes on the shares', () => {
    const rows = document.transactions;
    expect(rows).toHaveLength(3);
    expect(document.holdings).toHaveLength(0);
    expect(rows.map((row) => [row.code, row.shares.value, row.acquiredDisposed.value, row.sharesOwnedAfter.value, row.directOrIndirect.value])).toEqual([
      ['F', 25_893, 'D', 302_060, 'D'],
      ['A', 122_728, 'A', 424_788, 'D'],
      ['F', 45_838, 'D', 378_950, 'D'],
    ]);
    expect(rows.map((row) => row.shares.footnoteIds)).toEqual([['F1'], ['F2'], ['F3']]);
    expect(rows.every((row) => row.table === 'nonDerivative' && row.securityTitle.text === 'Common Stock')).toBe(true);
    // The rendering's price column: $3.17, $0 and the garbled "$3. 3" (reconstructed as 3.3).
    expect(rows.map((row) => row.pricePerShare.text)).toEqual(['3.17', '0', '3.3']);
    expect(document.footnotes.map((footnote) => footnote.id)).toEqual(['F1', 'F2', 'F3']);
    expect(document.footnotes[1]!.text).toMatch(/in lieu of cash for Reporting Person's 2013 annual bonus/);
  });

  it('shows no open-market trades', () => {
    expect(figures.hasOpenMarketTrades).toBe(false);
    expect(figures.openMarket.bought).toMatchObject({ rows: 0, shares: 0, value: 0, averagePrice: null });
    expect(figures.openMarket.sold).toMatchObject({ rows: 0, shares: 0, value: 0, averagePrice: null });
    expect(figures.openMarket.netShares).toBe(0);
    expect(figures.openMarket.netValue).toBe(0);
  });

  it('shows the bonus in stock: code A, +122,728 shares', () => {
    expect(figures.byCode.A).toEqual({ acquired: 122_728, disposed: 0, rows: 1 });
  });

  it('shows the tax withholding: code F, 25,893 + 45,838 = 71,731 shares disposed, row by row', () => {
    expect(figures.byCode.F).toEqual({ acquired: 0, disposed: 71_731, rows: 2 });
    const withheld = document.transactions.filter((row) => row.code === 'F');
    expect(withheld.map((row) => [row.shares.value, row.acquiredDisposed.value])).toEqual([
      [25_893, 'D'],
      [45_838, 'D'],
    ]);
    expect(Object.keys(figures.byCode)).toEqual(['F', 'A']);
    expect(figures.derivativeByCode).toEqual({});
  });

  it('nets +50,997 shares: 122,728 - 25,893 - 45,838', () => {
    expect(figures.acquiredShares).toBe(122_728);
    expect(figures.disposedShares).toBe(71_731);
    expect(figures.netShares).toBe(50_997);
  });

  it('leaves 378,950 shares held directly afterwards', () => {
    // 327,953 - 25,893 = 302,060; + 122,728 = 424,788; - 45,838 = 378,950.
    expect(figures.holdingsAfter.total).toBe(378_950);
    expect(figures.holdingsAfter.mixedSecurities).toBe(false);
    expect(figures.holdingsAfter.lines).toEqual([
      {
        // The line's name: 16 hex digits, the same in every filing of this position.
        key: expect.stringMatching(/^[0-9a-f]{16}$/),
        table: 'nonDerivative',
        securityTitle: 'Common Stock',
        directOrIndirect: 'D',
        natureOfOwnership: null,
        sharesOwnedAfter: 378_950,
        valueOwnedAfter: null,
        // Only derivative lines have underlying shares.
        underlyingShares: null,
        // Lines gained these fields for table II and "See footnote" lines; a plain
        // direct line of table I is in shares, cites no footnote, and came from a transaction.
        underlyingSharesAfter: null,
        unit: 'shares',
        amountAfter: 378_950,
        natureFootnoteIds: [],
        natureOnlyInFootnotes: false,
        underlyingTitle: null,
        underlyingValue: null,
        conversionOrExercisePrice: null,
        expirationDate: null,
        rowKind: 'transaction',
      },
    ]);
  });

  it('raises no flag: not an amendment, no 10b5-1, on time, one owner, still subject to Section 16', () => {
    expect(figures.flags).toEqual({
      amendment: null,
      tenB5One: null,
      lateRows: [],
      earlyRows: [],
      deemedExecutionRows: [],
      footnoteOnlyPriceRows: [],
      priceRanges: [],
      reportingOwners: 1,
      inconsistentDirectionRows: [],
      exitFiler: false,
    });
  });
});
