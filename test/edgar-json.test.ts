// The EDGAR JSON readers on EDGAR's real responses (test/fixtures/edgar-api, see the README
// there) and on broken ones: cut short, wrong shapes, arrays that do not line up.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCompanyTickers } from '../lib/edgar/company-tickers-json';
import { findCompanies } from '../lib/edgar/company-search';
import { parseSubmissions, parseSubmissionsPage, submissionsUrl, toRawXmlUrl, toSharedFilings } from '../lib/edgar/submissions-json';
import { corpusPath } from './corpus-path';

const fixture = (name: string) => readFileSync(new URL(`fixtures/edgar-api/${name}`, import.meta.url), 'utf8');
const TESLA_JSON = fixture('CIK0001318605.json');
const TICKERS_JSON = fixture('company_tickers.json');

function ok<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function failure(result: { ok: boolean; error?: { message: string } }): string {
  expect(result.ok).toBe(false);
  return result.error!.message;
}

describe('submissions JSON (Tesla, data.sec.gov)', () => {
  const tesla = ok(parseSubmissions(TESLA_JSON));

  it('lists the Forms 3, 4 and 5 with the URL of each raw XML', () => {
    expect([tesla.cik, tesla.name, tesla.tickers]).toEqual(['0001318605', 'Tesla, Inc.', ['TSLA']]);
    // 502 Forms 4, 17 Forms 3, 4 Forms 4/A and 1 Form 5 among the 1,001 recent filings.
    expect(tesla.filings).toHaveLength(524);
    expect(tesla.filings[0]).toEqual({
      accession: '0001790565-22-000015',
      filingDate: '2022-11-30',
      reportDate: '2022-11-28',
      form: '4',
      primaryDocument: 'xslF345X03/edgardoc.xml',
      xmlUrl: 'https://www.sec.gov/Archives/edgar/data/1318605/000179056522000015/edgardoc.xml',
    });
    expect(tesla.filings.filter((filing) => filing.form === '4/A').map((filing) => filing.xmlUrl)).toContain(
      'https://www.sec.gov/Archives/edgar/data/1318605/000089924322021041/doc4a.xml',
    );
    expect(new Set(tesla.filings.map((filing) => filing.form))).toEqual(new Set(['3', '4', '4/A', '5']));
    expect(tesla.olderPages).toEqual([
      {
        name: 'CIK0001318605-submissions-001.json',
        url: 'https://data.sec.gov/submissions/CIK0001318605-submissions-001.json',
        filingCount: 347,
        filingFrom: '2005-02-17',
        filingTo: '2013-12-10',
      },
    ]);
  });

  it('names the 62 corpus filings it lists', () => {
    const inCorpus = new Set(
      readdirSync(corpusPath('xml'))
        .map((name) => /^datamule-python__(\d{18})_/.exec(name)?.[1])
        .filter((digits) => digits !== undefined),
    );
    const listed = tesla.filings.filter((filing) => inCorpus.has(filing.accession.replace(/-/g, '')));
    expect(listed).toHaveLength(62);
  });

  it('reads an older page, whose top level is the arrays themselves', () => {
    const recent = (JSON.parse(TESLA_JSON) as { filings: { recent: unknown } }).filings.recent;
    expect(ok(parseSubmissionsPage(recent, '1318605'))).toEqual(tesla.filings);
    expect(ok(parseSubmissionsPage(JSON.stringify(recent), '0001318605'))).toHaveLength(524);
  });

  it('finds one insider’s filings at the issuer by accession', () => {
    // An owner's list as EDGAR would give it (their filings about several issuers), made here
    // from three of Tesla's real entries and one accession Tesla's list does not hold.
    const [first, , third] = tesla.filings;
    const elsewhere = { ...first!, accession: '0000000000-22-000001' };
    expect(toSharedFilings(tesla.filings, [third!, elsewhere, first!]).map((filing) => filing.accession)).toEqual([
      first!.accession,
      third!.accession,
    ]);
    expect(toSharedFilings(tesla.filings, [])).toEqual([]);
  });

  it('builds the URLs section 9 gives', () => {
    expect(submissionsUrl(1318605)).toBe('https://data.sec.gov/submissions/CIK0001318605.json');
    expect(submissionsUrl('TSLA')).toBeNull();
    expect(toRawXmlUrl('0001318605', '0000899243-21-044262', 'xslF345X03/doc4.xml')).toBe(
      'https://www.sec.gov/Archives/edgar/data/1318605/000089924321044262/doc4.xml',
    );
    expect(toRawXmlUrl('320193', '0000320193-05-000001', 'form4.xml')).toBe(
      'https://www.sec.gov/Archives/edgar/data/320193/000032019305000001/form4.xml',
    );
  });
});

describe('broken submissions JSON: one sentence each', () => {
  const tesla = () => JSON.parse(TESLA_JSON) as { cik: unknown; filings: { recent: Record<string, unknown[]>; files?: unknown } };

  it.each([
    ['cut short', TESLA_JSON.slice(0, 5000), /^EDGAR submissions JSON: the response is not valid JSON \(.+\); it may be cut short, so fetch it again\.$/],
    ['empty', '', /not valid JSON/],
    ['an HTML error page', '<html><body>Request Rate Threshold Exceeded</body></html>', /not valid JSON/],
  ])('%s', (_, text, message) => {
    expect(failure(parseSubmissions(text))).toMatch(message);
  });

  it('says where the shape differs', () => {
    const noRecent = tesla();
    delete (noRecent.filings as { recent?: unknown }).recent;
    expect(failure(parseSubmissions(noRecent))).toBe(
      'EDGAR submissions JSON: filings.recent should be an object, found nothing.',
    );
    const numberForm = tesla();
    numberForm.filings.recent.form![3] = 4;
    expect(failure(parseSubmissions(numberForm))).toBe(
      'EDGAR submissions JSON: filings.recent.form[3] should be text, found a number.',
    );
    expect(failure(parseSubmissions([]))).toBe('EDGAR submissions JSON: the top level should be an object, found a list.');
    expect(failure(parseSubmissions(null))).toBe('EDGAR submissions JSON: the top level should be an object, found null.');
  });

  it('refuses arrays that do not line up, and values that are not what they claim', () => {
    const short = tesla();
    short.filings.recent.form!.pop();
    expect(failure(parseSubmissions(short))).toBe(
      'EDGAR submissions JSON: form lists 1000 filings but accessionNumber lists 1001, so the filings cannot be matched up.',
    );
    const badAccession = tesla();
    badAccession.filings.recent.accessionNumber![0] = '../../etc/passwd';
    expect(failure(parseSubmissions(badAccession))).toBe(
      'EDGAR submissions JSON: accessionNumber[0] is "../../etc/passwd", not an accession number like 0000899243-21-044262.',
    );
    const badCik = tesla();
    badCik.cik = 'TSLA';
    expect(failure(parseSubmissions(badCik))).toBe('EDGAR submissions JSON: cik is "TSLA", not a CIK of up to 10 digits.');
    expect(failure(parseSubmissionsPage({ accessionNumber: 'x' }, '1318605'))).toBe(
      'EDGAR submissions page JSON: accessionNumber should be a list, found text.',
    );
  });
});

describe('company_tickers.json', () => {
  const companies = ok(parseCompanyTickers(TICKERS_JSON));

  it('reads every company with a ten-digit CIK', () => {
    expect(companies).toHaveLength(9610);
    expect(companies[0]).toEqual({ cik: '0000789019', ticker: 'MSFT', name: 'MICROSOFT CORP' });
  });

  it('finds a company by ticker, name or CIK, best match first', () => {
    expect(findCompanies(companies, 'tsla')).toEqual([{ cik: '0001318605', ticker: 'TSLA', name: 'Tesla, Inc.' }]);
    expect(findCompanies(companies, 'Tesla')[0]!.ticker).toBe('TSLA');
    expect(findCompanies(companies, '1318605')[0]!.ticker).toBe('TSLA');
    // "AAPL" exactly first, before tickers that only start with it.
    expect(findCompanies(companies, 'aapl')[0]!.name).toBe('Apple Inc.');
    expect(findCompanies(companies, 'zzzz-no-such-company')).toEqual([]);
    expect(findCompanies(companies, '   ')).toEqual([]);
    expect(findCompanies(companies, 'a', 3)).toHaveLength(3);
  });

  it('forgives punctuation, corporate suffixes and class marks, as a reader types', () => {
    const first = (typed: string) => findCompanies(companies, typed, 8)[0];
    // The file's title is "Tesla, Inc.": the comma and "Inc" do not count.
    expect(first('Tesla Inc')?.ticker).toBe('TSLA');
    expect(first('tesla, inc.')?.ticker).toBe('TSLA');
    // "tesla motors": one word of two matches Tesla's first word; General Motors matches on its
    // second word ("General Motors Co"), so Tesla comes first.
    expect(first('tesla motors')?.ticker).toBe('TSLA');
    expect(findCompanies(companies, 'tesla motors', 8).map((company) => company.ticker)).toContain('GM');
    // EDGAR writes Berkshire's class B as BRK-B.
    expect(first('BRK.B')).toEqual({ cik: '0001067983', ticker: 'BRK-B', name: 'BERKSHIRE HATHAWAY INC' });
    expect(first('brk b')?.ticker).toBe('BRK-B');
    expect(first('brk-b')?.ticker).toBe('BRK-B');
    // Name prefixes without the suffix: "Berkshire Hathaway Inc" and "berkshire".
    expect(first('Berkshire Hathaway Inc')?.cik).toBe('0001067983');
    expect(first('general motors corp')?.ticker).toBe('GM');
  });

  it('ranks the exact ticker, then names that start with the words, then tickers that start with them', () => {
    // "GM": the ticker GM exactly, before names beginning with "GM" and tickers beginning with it.
    expect(findCompanies(companies, 'gm', 3)[0]?.ticker).toBe('GM');
    // At most the limit asked for.
    expect(findCompanies(companies, 'bank', 8)).toHaveLength(8);
  });

  it('says in one sentence what is wrong with a broken file', () => {
    expect(failure(parseCompanyTickers(TICKERS_JSON.slice(0, 1000)))).toMatch(
      /^EDGAR company tickers JSON: the response is not valid JSON \(.+\); it may be cut short, so fetch it again\.$/,
    );
    expect(failure(parseCompanyTickers('[]'))).toBe(
      'EDGAR company tickers JSON: the top level should be an object of rows keyed "0", "1", ..., found a list.',
    );
    expect(failure(parseCompanyTickers({ 0: { cik_str: 1318605, ticker: 'TSLA' } }))).toBe(
      'EDGAR company tickers JSON: 0.title should be text, found nothing.',
    );
    expect(failure(parseCompanyTickers({ 0: { cik_str: 'abc', ticker: 'X', title: 'Y' } }))).toBe(
      'EDGAR company tickers JSON: 0.cik_str is "abc", not a CIK of up to 10 digits.',
    );
  });
});
