// Holdings after a filing (docs/design.md section 4, "Reading right"), on real corpus filings: table II in
// its own units and apart from table I, "See footnote" lines with their footnote ids, lines in
// dollars, and no total across several owners. Every expected value was read off the XML.

import { describe, expect, it } from 'vitest';
import type { HoldingLine } from '../lib/figures/figures';
import { figuresOf } from './corpus-filing';

type LineFacts = Partial<HoldingLine>;

function pick(line: HoldingLine, keys: (keyof HoldingLine)[]): LineFacts {
  return Object.fromEntries(keys.map((key) => [key, line[key]]));
}

describe('table II holdings, in their own units and grouped apart', () => {
  it('GOOG 2022-04-13 (Brin, second Form 4): 0 Class A left, and the 18,509,696 Class B shares of table II', () => {
    // Table I ends at 0 Class A held directly (the last S row: 100 sold, 0 after). Table II holds
    // three derivativeHolding rows: 18,509,696 Class B directly (underlying 18,509,696 Class A),
    // and 8,635 Class B in each of two charitable remainder unitrusts (I and II).
    const { holdingsAfter } = figuresOf('xml/InsidersTradeMonitor__GOOG_000120919122024552_doc4.xml');
    const keys: (keyof HoldingLine)[] = ['securityTitle', 'directOrIndirect', 'natureOfOwnership', 'unit', 'amountAfter'];
    expect(holdingsAfter.equityLines.map((line) => pick(line, keys))).toEqual([
      { securityTitle: 'Class A Common Stock', directOrIndirect: 'D', natureOfOwnership: null, unit: 'shares', amountAfter: 0 },
    ]);
    expect(holdingsAfter.derivativeLines.map((line) => pick(line, [...keys, 'underlyingTitle', 'underlyingSharesAfter', 'rowKind']))).toEqual([
      {
        securityTitle: 'Class B Common Stock',
        directOrIndirect: 'D',
        natureOfOwnership: null,
        unit: 'shares',
        amountAfter: 18_509_696,
        underlyingTitle: 'Class A Common Stock',
        underlyingSharesAfter: 18_509_696,
        rowKind: 'holding',
      },
      {
        securityTitle: 'Class B Common Stock',
        directOrIndirect: 'I',
        natureOfOwnership: 'SMB Pacific 2021 Charitable Remainder Unitrust I',
        unit: 'shares',
        amountAfter: 8_635,
        underlyingTitle: 'Class A Common Stock',
        underlyingSharesAfter: 8_635,
        rowKind: 'holding',
      },
      {
        securityTitle: 'Class B Common Stock',
        directOrIndirect: 'I',
        natureOfOwnership: 'SMB Pacific 2021 Charitable Remainder Unitrust II',
        unit: 'shares',
        amountAfter: 8_635,
        underlyingTitle: 'Class A Common Stock',
        underlyingSharesAfter: 8_635,
        rowKind: 'holding',
      },
    ]);
    // The total is of table I only: 0. Class B is never added to Class A.
    expect(holdingsAfter.total).toBe(0);
    expect(holdingsAfter.lines).toEqual([...holdingsAfter.equityLines, ...holdingsAfter.derivativeLines]);
  });

  it('GOOG 2022-04-13 (Brin, first Form 4): the Class B line comes from the conversion row', () => {
    // derivativeTransaction C: 13,888 Class B given up (underlying 13,888 Class A), 18,509,696 owned after.
    const { holdingsAfter } = figuresOf('xml/InsidersTradeMonitor__GOOG_000120919122024550_doc4.xml');
    const classB = holdingsAfter.derivativeLines[0]!;
    expect(pick(classB, ['securityTitle', 'directOrIndirect', 'amountAfter', 'sharesOwnedAfter', 'underlyingShares', 'underlyingSharesAfter', 'rowKind'])).toEqual({
      securityTitle: 'Class B Common Stock',
      directOrIndirect: 'D',
      amountAfter: 18_509_696,
      sharesOwnedAfter: 18_509_696,
      // What the conversion covered, not what is held after: the filing does not say the latter.
      underlyingShares: 13_888,
      underlyingSharesAfter: null,
      rowKind: 'transaction',
    });
    // Table I: 13,888 converted, then 11,178 sold (13,888 - 2,710): 2,710 Class A held directly.
    expect(holdingsAfter.equityLines.map((line) => line.amountAfter)).toEqual([2_710]);
    expect(holdingsAfter.total).toBe(2_710);
  });

  it('SNOW Form 3 (Garrett): options and preferred stock, each with the shares it covers', () => {
    // Six derivativeHolding rows and no table I: no amount owned after is filed, only column 3.
    const { holdingsAfter } = figuresOf('xml/edgartools__form3.snow.xml');
    expect(holdingsAfter.equityLines).toEqual([]);
    expect(holdingsAfter.total).toBeNull();
    expect(holdingsAfter.totalOmitted).toBeNull();
    expect(
      holdingsAfter.derivativeLines.map((line) =>
        pick(line, ['securityTitle', 'directOrIndirect', 'amountAfter', 'underlyingTitle', 'underlyingSharesAfter', 'conversionOrExercisePrice', 'expirationDate', 'natureFootnoteIds', 'natureOnlyInFootnotes']),
      ),
    ).toEqual([
      // Series E Preferred, "Limited Partnership" (F4: the Garrett Family Investment Partnership)
      { securityTitle: 'Series E Preferred Stock', directOrIndirect: 'I', amountAfter: null, underlyingTitle: 'Class B Common Stock', underlyingSharesAfter: 134_018, conversionOrExercisePrice: null, expirationDate: null, natureFootnoteIds: ['F4'], natureOnlyInFootnotes: false },
      { securityTitle: 'Stock Option (Right to Buy)', directOrIndirect: 'D', amountAfter: null, underlyingTitle: 'Class B Common Stock', underlyingSharesAfter: 383_594, conversionOrExercisePrice: 3.74, expirationDate: '2028-04-14', natureFootnoteIds: [], natureOnlyInFootnotes: false },
      // Four trusts, "Trust" with F6, F7, F8, F9 naming each one: 95,898 each
      { securityTitle: 'Stock Option (Right to Buy)', directOrIndirect: 'I', amountAfter: null, underlyingTitle: 'Class B Common Stock', underlyingSharesAfter: 95_898, conversionOrExercisePrice: 3.74, expirationDate: '2028-04-14', natureFootnoteIds: ['F6'], natureOnlyInFootnotes: false },
      { securityTitle: 'Stock Option (Right to Buy)', directOrIndirect: 'I', amountAfter: null, underlyingTitle: 'Class B Common Stock', underlyingSharesAfter: 95_898, conversionOrExercisePrice: 3.74, expirationDate: '2028-04-14', natureFootnoteIds: ['F7'], natureOnlyInFootnotes: false },
      { securityTitle: 'Stock Option (Right to Buy)', directOrIndirect: 'I', amountAfter: null, underlyingTitle: 'Class B Common Stock', underlyingSharesAfter: 95_898, conversionOrExercisePrice: 3.74, expirationDate: '2028-04-14', natureFootnoteIds: ['F8'], natureOnlyInFootnotes: false },
      { securityTitle: 'Stock Option (Right to Buy)', directOrIndirect: 'I', amountAfter: null, underlyingTitle: 'Class B Common Stock', underlyingSharesAfter: 95_898, conversionOrExercisePrice: 3.74, expirationDate: '2028-04-14', natureFootnoteIds: ['F9'], natureOnlyInFootnotes: false },
    ]);
  });
});

describe('"See footnote" lines carry their footnote ids', () => {
  it('PLTR Form 3 (Thiel): 16 indirect lines described only by F1 to F16', () => {
    const { holdingsAfter } = figuresOf('xml/datamule-python__000120919120051619_doc3.xml');
    // 17 nonDerivativeHolding rows: 3,257,826 directly, then 16 "See Footnote" lines citing F1 .. F16.
    expect(holdingsAfter.equityLines).toHaveLength(17);
    expect(holdingsAfter.equityLines[0]).toMatchObject({ directOrIndirect: 'D', natureFootnoteIds: [], natureOnlyInFootnotes: false, amountAfter: 3_257_826 });
    const indirect = holdingsAfter.equityLines.slice(1);
    expect(indirect.map((line) => line.natureOfOwnership)).toEqual(Array(16).fill('See Footnote'));
    expect(indirect.map((line) => line.natureFootnoteIds)).toEqual(Array.from({ length: 16 }, (_, i) => [`F${i + 1}`]));
    expect(indirect.every((line) => line.natureOnlyInFootnotes)).toBe(true);
    // One owner, one security: the lines add up.
    // 3,257,826 + 641,400 + 1,954,631 + 687,512 + 24,029,026 + 740,740 + 1,736,110 + 9,903,394 + 299,389
    // + 489,716 + 8,053,195 + 147,106 + 2,860,261 + 3,290,216 + 1,056,172 + 1,002 + 43,296 = 59,190,992
    expect(holdingsAfter.total).toBe(59_190_992);
    // Table II: 17 Class B lines, one Class F line (F19), three warrants (F21, F22, F23) = 21,
    // each giving only the shares it covers; the first is 13,031,306 Class B held directly.
    expect(holdingsAfter.derivativeLines).toHaveLength(21);
    expect(holdingsAfter.derivativeLines[0]).toMatchObject({
      securityTitle: 'Class B Common Stock',
      directOrIndirect: 'D',
      amountAfter: null,
      underlyingTitle: 'Class A Common Stock',
      underlyingSharesAfter: 13_031_306,
    });
    expect(holdingsAfter.derivativeLines.slice(-3).map((line) => [line.natureFootnoteIds, line.conversionOrExercisePrice])).toEqual([
      [['F21'], 6.13],
      [['F22'], 6.13],
      [['F23'], 6.13],
    ]);
  });

  it('a real nature of ownership is not a footnote pointer, even with a footnote', () => {
    // SQ 2018-05-31 (Botha): "Sequoia Capital U.S. Growth Fund IV, LP" names the holder.
    const { holdingsAfter } = figuresOf('xml/datamule-python__000089924318015035_doc4.xml');
    expect(holdingsAfter.equityLines[0]).toMatchObject({ natureOfOwnership: 'Sequoia Capital U.S. Growth Fund IV, LP', natureOnlyInFootnotes: false });
  });
});

describe('several owners\' lines are never added', () => {
  it('U 2021-09-14 (OTEE, Helgason, Ante): three lines of three filers, no total', () => {
    // 28,314,500 via OTEE (F2), 2,407 (Helgason's RSUs, F9) and 12,297 (Ante's RSUs, F10):
    // 28,329,204 would be a holding nobody has.
    const { holdingsAfter, flags } = figuresOf('xml/springloading_insider_trades__xml_2.xml');
    expect(flags.reportingOwners).toBe(3);
    expect(holdingsAfter.equityLines.map((line) => line.amountAfter)).toEqual([28_314_500, 2_407, 12_297]);
    expect(holdingsAfter.total).toBeNull();
    expect(holdingsAfter.totalOmitted).toBe('severalOwners');
    expect(holdingsAfter.mixedSecurities).toBe(false);
  });

  it('BKSY Form 3 (seven Mithril and Thiel filers): two lines, no total', () => {
    // 10,386,626 held by Mithril LP (F2) and 8,241,400 by Mithril II LP (F4), seven reporting owners.
    const { holdingsAfter } = figuresOf('xml/datamule-python__000089924321036608_doc3.xml');
    expect(holdingsAfter.equityLines.map((line) => [line.amountAfter, line.natureFootnoteIds])).toEqual([
      [10_386_626, ['F2']],
      [8_241_400, ['F4']],
    ]);
    expect(holdingsAfter.total).toBeNull();
    expect(holdingsAfter.totalOmitted).toBe('severalOwners');
  });

  it('one line of several owners is still that line (SNOW Form 3, Berkshire and Buffett)', () => {
    const { holdingsAfter } = figuresOf('xml/edgartools__form3.snow.nonderiv.xml');
    expect(holdingsAfter.total).toBe(6_125_376);
    expect(holdingsAfter.totalOmitted).toBeNull();
  });
});

describe('lines measured in dollars', () => {
  it('U 2022-11-08 (Botha): $60,000,000 of 2.0% convertible notes, convertible into 1,227,156 shares at $48.8935', () => {
    const { holdingsAfter, derivativeDollarsByCode } = figuresOf('xml/datamule-python__000106299322021877_form4.xml');
    expect(holdingsAfter.derivativeLines.map((line) => pick(line, ['securityTitle', 'unit', 'amountAfter', 'underlyingTitle', 'underlyingShares', 'conversionOrExercisePrice']))).toEqual([
      {
        securityTitle: '2.0% Convertible Senior Notes due 2027',
        unit: 'dollars',
        amountAfter: 60_000_000, // valueOwnedFollowingTransaction
        underlyingTitle: 'Common Stock',
        underlyingShares: 1_227_156,
        conversionOrExercisePrice: 48.8935,
      },
    ]);
    // transactionTotalValue 60,000,000, code P, acquired
    expect(derivativeDollarsByCode).toEqual({ P: { acquired: 60_000_000, disposed: 0, rows: 1 } });
  });

  it('ABCL 2020-12 (Thiel): three notes bought for $35,430,000 and converted at the IPO', () => {
    const { holdingsAfter, derivativeDollarsByCode } = figuresOf('xml/datamule-python__000089924320034355_doc4.xml');
    // A: 30,430,000.00 + 4,697,050.00 + 302,950.00 = 35,430,000.00 (2020-12-11);
    // C: the same three values converted (2020-12-15).
    expect(derivativeDollarsByCode).toEqual({
      A: { acquired: 35_430_000, disposed: 0, rows: 3 },
      C: { acquired: 0, disposed: 35_430_000, rows: 3 },
    });
    // After conversion each note line holds $0 (the C rows file 0 owned after).
    const notes = holdingsAfter.derivativeLines.filter((line) => line.securityTitle === 'Convertible Note');
    expect(notes.map((line) => [line.unit, line.amountAfter, line.natureFootnoteIds])).toEqual([
      ['dollars', 0, ['F1']],
      ['dollars', 0, ['F8']],
      ['dollars', 0, ['F10']],
    ]);
  });
});
