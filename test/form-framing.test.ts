// The headline's frame by form type (docs/design.md section 4, "Reading right"), on real corpus filings. Expected values
// are read off each XML file (documentType, noSecuritiesOwned, the Form 5 boxes,
// dateOfOriginalSubmission), not copied from the program.

import { describe, expect, it } from 'vitest';
import { computeFigures } from '../lib/figures/figures';
import { toFormFraming, type FormFraming } from '../lib/figures/form-framing';
import { loadFiling, replaceOnce } from './corpus-filing';

type Expected = Omit<FormFraming, 'title' | 'sentences'> & { sentences: string[] };

const CASES: { file: string; what: string; expected: Expected }[] = [
  {
    what: 'Form 3 with noSecuritiesOwned = 1: owns nothing, never "no open-market trades"',
    file: 'xml/edgartools__form3.nosecurities.xml', // SPWR, Hegde Vinayak, 2021-12-31
    expected: {
      form: '3',
      kind: 'initialHoldings',
      leadsWith: 'holdings',
      ownsNoSecurities: true,
      form3HoldingsReported: null,
      form4TransactionsReported: null,
      amends: null,
      sentences: ['Initial statement of holdings: owns no securities of the issuer.'],
    },
  },
  {
    what: 'Form 3 with only table II holdings (options and preferred stock)',
    file: 'xml/edgartools__form3.snow.xml', // SNOW, Garrett Mark, 2020-09-15
    expected: {
      form: '3',
      kind: 'initialHoldings',
      leadsWith: 'holdings',
      ownsNoSecurities: false,
      form3HoldingsReported: null,
      form4TransactionsReported: null,
      amends: null,
      sentences: ['Initial statement of holdings: what the insider owns on becoming an insider.'],
    },
  },
  {
    what: 'Form 3 with both tables (Palantir, Thiel, at the direct listing)',
    file: 'xml/datamule-python__000120919120051619_doc3.xml', // PLTR, Thiel Peter, 2020-09-22
    expected: {
      form: '3',
      kind: 'initialHoldings',
      leadsWith: 'holdings',
      ownsNoSecurities: false,
      form3HoldingsReported: null,
      form4TransactionsReported: null,
      amends: null,
      sentences: ['Initial statement of holdings: what the insider owns on becoming an insider.'],
    },
  },
  {
    what: 'Form 5 with both boxes 0',
    file: 'xml/datamule-python__000089924322006240_doc5.xml', // TSLA, Musk Elon, year 2021 (gifts)
    expected: {
      form: '5',
      kind: 'annualStatement',
      leadsWith: 'trades',
      ownsNoSecurities: false,
      form3HoldingsReported: false,
      form4TransactionsReported: false,
      amends: null,
      sentences: ['Annual statement: transactions of the fiscal year that were exempt from Form 4 or not reported on one.'],
    },
  },
  {
    what: 'Form 4/A: says what it amends',
    file: 'xml/edgar_client__form4a.xml', // PANW, Eschenbach Carl M., original filed 2021-12-15
    expected: {
      form: '4',
      kind: 'changes',
      leadsWith: 'trades',
      ownsNoSecurities: false,
      form3HoldingsReported: null,
      form4TransactionsReported: null,
      amends: { form: '4', originalDate: '2021-12-15' },
      sentences: ['Amends the Form 4 filed on 2021-12-15.'],
    },
  },
  {
    what: 'Form 3/A: an amended initial statement is still framed as holdings',
    file: 'xml/edgar_client__doc3a.xml', // AWI (the SEC's sample), original 2003-03-01
    expected: {
      form: '3',
      kind: 'initialHoldings',
      leadsWith: 'holdings',
      ownsNoSecurities: false,
      form3HoldingsReported: null,
      form4TransactionsReported: null,
      amends: { form: '3', originalDate: '2003-03-01' },
      sentences: [
        'Amends the Form 3 filed on 2003-03-01.',
        'Initial statement of holdings: what the insider owns on becoming an insider.',
      ],
    },
  },
];

describe('form framing of real filings', () => {
  it.each(CASES)('$what ($file)', ({ file, expected }) => {
    const framing = toFormFraming(loadFiling(file).document);
    expect(framing).toMatchObject(expected);
    expect(framing.sentences).toEqual(expected.sentences);
  });

  it('is part of the figures', () => {
    const document = loadFiling('xml/edgartools__form3.nosecurities.xml').document;
    const figures = computeFigures(document);
    expect(figures.framing.ownsNoSecurities).toBe(true);
    expect(figures.framing.title).toBe('Initial statement of holdings (Form 3)');
    // A Form 3 has no transactions: nothing for an open-market headline to say.
    expect(figures.hasOpenMarketTrades).toBe(false);
    expect(figures.holdingsAfter.lines).toEqual([]);
  });

  it('says which Form 5 box is ticked (the TSLA 2021 Form 5 with both boxes set to 1)', () => {
    // No Form 5 of the corpus ticks a box; the same real filing with both boxes set shows the sentences.
    const document = loadFiling('xml/datamule-python__000089924322006240_doc5.xml', (text) =>
      replaceOnce(
        replaceOnce(text, '<form3HoldingsReported>0', '<form3HoldingsReported>1'),
        '<form4TransactionsReported>0',
        '<form4TransactionsReported>1',
      ),
    ).document;
    const framing = toFormFraming(document);
    expect(framing.form3HoldingsReported).toBe(true);
    expect(framing.form4TransactionsReported).toBe(true);
    expect(framing.sentences).toEqual([
      'Annual statement: transactions of the fiscal year that were exempt from Form 4 or not reported on one.',
      'Also reports holdings that were due on a Form 3.',
      'Also reports transactions that were due on a Form 4.',
    ]);
  });

  it('gives every form its title', () => {
    const titles = ['xml/edgartools__form3.snow.xml', 'xml/edgar_client__form4a.xml', 'xml/datamule-python__000089924322006240_doc5.xml'].map(
      (file) => toFormFraming(loadFiling(file).document).title,
    );
    expect(titles).toEqual([
      'Initial statement of holdings (Form 3)',
      'Statement of changes in ownership (Form 4)',
      'Annual statement of changes in ownership (Form 5)',
    ]);
  });
});
