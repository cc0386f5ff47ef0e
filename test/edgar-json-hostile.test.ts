// EDGAR's JSON read as untrusted input (docs/design.md section 7): nothing in it may lead a
// request out of a filing's own folder, make the extension read without bound, or put control
// characters on the screen. Each case below got through before these rules.

import { describe, expect, it } from 'vitest';
import { MAX_FILINGS_PER_VIEW, selectWindowFilings } from '../lib/activity/window';
import { parseCompanyTickers } from '../lib/edgar/company-tickers-json';
import { MAX_OLDER_PAGES, parseSubmissions, toRawXmlUrl } from '../lib/edgar/submissions-json';

const ACC = '0000899243-21-044262';
const FOLDER = 'https://www.sec.gov/Archives/edgar/data/1318605/000089924321044262/';

describe('primaryDocument stays in the filing folder', () => {
  it.each([
    ['xslF345X03/doc4.xml', `${FOLDER}doc4.xml`],
    ['wf-form4_156582182214854.xml', `${FOLDER}wf-form4_156582182214854.xml`],
    ['doc4.xml', `${FOLDER}doc4.xml`],
  ])('%s -> its XML in the folder', (document, url) => {
    expect(toRawXmlUrl('0001318605', ACC, document)).toBe(url);
  });

  // Each of these was requested as named before: the filing's full submission is asked instead.
  it.each([
    '../../../../cgi-bin/browse-edgar?action=getcompany&x=.xml',
    '../../../../files/company_tickers.json',
    '..\\..\\..\\..\\evil-backslash.xml',
    '%2e%2e/%2e%2e/%2e%2e/%2e%2e/dotenc.xml',
    '/evil.xml',
    'https://evil.example/doc4.xml',
    'xslF345X03/../../x.xml',
    '..',
    'doc4.xml?x=1',
    '',
  ])('%j -> the full submission in the folder', (document) => {
    expect(toRawXmlUrl('0001318605', ACC, document)).toBe(`${FOLDER}${ACC}.txt`);
  });
});

function submissions(files: { name: string }[], name = 'Tesla, Inc.', tickers = ['TSLA']) {
  return {
    cik: '1318605',
    name,
    tickers,
    filings: {
      recent: { accessionNumber: [ACC], filingDate: ['2021-11-10'], reportDate: ['2021-11-08'], form: ['4'], primaryDocument: ['xslF345X03/doc4.xml'] },
      files,
    },
  };
}

describe('older pages', () => {
  it('reads each of the company’s own pages once, and no more than the cap', () => {
    const page = { name: 'CIK0001318605-submissions-001.json' };
    const parsed = parseSubmissions(submissions(Array.from({ length: 2_000 }, () => page)));
    expect(parsed.ok && parsed.value.olderPages.map((one) => one.name)).toEqual(['CIK0001318605-submissions-001.json']);
    const many = parseSubmissions(submissions(Array.from({ length: 100 }, (_, i) => ({ name: `CIK0001318605-submissions-${String(i).padStart(3, '0')}.json` }))));
    expect(many.ok && many.value.olderPages.length).toBe(MAX_OLDER_PAGES);
  });

  it('ignores a page of another company or of another shape', () => {
    const parsed = parseSubmissions(
      submissions([{ name: 'CIK0000320193-submissions-001.json' }, { name: '../company_tickers.json' }, { name: 'CIK0001318605-submissions-001.json?x' }]),
    );
    expect(parsed.ok && parsed.value.olderPages).toEqual([]);
  });
});

describe('names from EDGAR shown without control or bidi characters', () => {
  it('strips U+202E and controls from a submissions JSON', () => {
    const parsed = parseSubmissions(submissions([], '\u202Ealset\u0007 Inc', ['TS\u202ELA']));
    expect(parsed.ok && [parsed.value.name, parsed.value.tickers]).toEqual(['alset Inc', ['TSLA']]);
  });

  it('strips them from company_tickers.json', () => {
    const parsed = parseCompanyTickers({ 0: { cik_str: 1318605, ticker: 'TSLA', title: 'Tesla\u202E, Inc.\u001b[2J' } });
    expect(parsed.ok && parsed.value[0]!.name).toBe('Tesla, Inc.[2J');
  });
});

describe('filings per view', () => {
  const ref = (i: number) => ({ accession: `0000000000-22-${String(i).padStart(6, '0')}`, filingDate: `2022-${String(1 + (i % 12)).padStart(2, '0')}-15` });

  it('reads the newest 2,000 of 40,000 listed, and says so', () => {
    const listed = Array.from({ length: 40_000 }, (_, i) => ref(i));
    const { refs, gaps } = selectWindowFilings(listed, '2021-12-01', '2022-11-30');
    expect(refs).toHaveLength(MAX_FILINGS_PER_VIEW);
    // Filed 2022-01-15 to 2022-12-15: all inside 2021-12-01 .. 2023-01-29 (60 days after the
    // window's end, for late filings), December's the newest.
    expect(refs[0]!.filingDate).toBe('2022-12-15');
    expect(refs.every((one) => one.filingDate === '2022-12-15')).toBe(true); // 40,000 / 12 = 3,333 of them
    expect(gaps).toEqual(['EDGAR lists 40,000 filings for this window; only the newest 2,000 were read, so the figures leave out the oldest.']);
  });

  it('counts each accession once, and keeps filings made up to 60 days after the window', () => {
    const { refs, gaps } = selectWindowFilings(
      [
        { accession: 'a', filingDate: '2023-01-29' },
        { accession: 'a', filingDate: '2023-01-29' },
        { accession: 'b', filingDate: '2023-01-30' },
        { accession: 'c', filingDate: '2021-11-30' },
      ],
      '2021-12-01',
      '2022-11-30',
    );
    expect(refs.map((one) => one.accession)).toEqual(['a']);
    expect(gaps).toEqual([]);
  });
});
