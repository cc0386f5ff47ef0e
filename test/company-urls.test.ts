// Company pages by URL alone (docs/design.md section 9), on real sec.gov URLs: each matches its
// own kind, filing pages are none of them, and lookalikes are nothing.

import { describe, expect, it } from 'vitest';
import { companyPage, pageKind } from '../lib/sec/sec-urls';

describe('company pages', () => {
  it.each([
    ['https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001318605&type=4&dateb=&owner=include&count=40', { kind: 'browse-edgar', cik: '0001318605', ticker: null, dateb: null }],
    ['https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=1318605&type=&dateb=20221130&owner=include&count=40', { kind: 'browse-edgar', cik: '0001318605', ticker: null, dateb: '2022-11-30' }],
    ['https://www.sec.gov/cgi-bin/browse-edgar?CIK=tsla&owner=exclude&action=getcompany', { kind: 'browse-edgar', cik: null, ticker: 'TSLA', dateb: null }],
    ['https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=BRK.B&type=4', { kind: 'browse-edgar', cik: null, ticker: 'BRK.B', dateb: null }],
    ['https://www.sec.gov/cgi-bin/browse-edgar?company=&match=&CIK=0000320193&filenum=&State=&Country=&SIC=&owner=only&Find=Find+Companies&action=getcompany', { kind: 'browse-edgar', cik: '0000320193', ticker: null, dateb: null }],
    ['https://www.sec.gov/edgar/browse/?CIK=1318605', { kind: 'edgar-browse', cik: '0001318605', ticker: null, dateb: null }],
    ['https://www.sec.gov/edgar/browse/?CIK=tsla&owner=include', { kind: 'edgar-browse', cik: null, ticker: 'TSLA', dateb: null }],
    ['https://www.sec.gov/cgi-bin/own-disp?action=getissuer&CIK=0001318605', { kind: 'own-disp', cik: '0001318605', ticker: null, dateb: null }],
    ['https://www.sec.gov/cgi-bin/own-disp?CIK=0000320193&action=getissuer&type=&dateb=&owner=include&start=80', { kind: 'own-disp', cik: '0000320193', ticker: null, dateb: null }],
  ] as const)('%s', (url, expected) => {
    expect(companyPage(url)).toEqual(expected);
    expect(pageKind(url)).toBeNull();
  });

  it.each([
    // An owner's page, the latest filings, a company search by name: not one company's page.
    'https://www.sec.gov/cgi-bin/own-disp?action=getowner&CIK=0001494730',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=4',
    'https://www.sec.gov/cgi-bin/browse-edgar?company=tesla&match=contains&action=getcompany',
    'https://www.sec.gov/cgi-bin/own-disp?action=getissuer&CIK=tsla',
    'https://www.sec.gov/edgar/browse/',
    'https://www.sec.gov/edgar/search/#/q=tesla',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=12345678901',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=%3Cscript%3E',
    // The filing pages are not company pages.
    'https://www.sec.gov/Archives/edgar/data/1318605/000089924321044262/xslF345X03/doc4.xml',
    'https://www.sec.gov/Archives/edgar/data/1318605/000089924321044262/0000899243-21-044262-index.htm',
    // Other hosts and schemes.
    'http://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001318605',
    'https://sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001318605',
    'https://www.sec.gov.evil.example/cgi-bin/browse-edgar?action=getcompany&CIK=0001318605',
    'https://evil.example/edgar/browse/?CIK=1318605',
    'not a url',
  ])('%s is no company page', (url) => {
    expect(companyPage(url)).toBeNull();
  });

  it('reads no date that is not one, and no query of unreasonable length', () => {
    expect(companyPage('https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=1318605&dateb=20221331')?.dateb).toBeNull();
    expect(companyPage(`https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=1318605&x=${'a'.repeat(5000)}`)).toBeNull();
  });
});
