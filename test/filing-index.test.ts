// Which links of a filing index page are followed (docs/design.md section 7):
// only the filing's own folder on https://www.sec.gov, under the index's CIK or a filer's.

import { describe, expect, it } from 'vitest';
import { pickOwnershipXml, toFilingXmlUrl, toIndexFilingDate } from '../lib/sec/filing-index';

// The IBM Form 4 index of the corpus (edgarWebR__0001562180-17-002633-index.htm.html), reached
// through the owner's CIK 1333712; its links are under the issuer's CIK 51143.
const INDEX = 'https://www.sec.gov/Archives/edgar/data/1333712/000156218017002633/0001562180-17-002633-index.htm';
const FILERS = ['0000051143', '0001333712'];
const RAW = 'https://www.sec.gov/Archives/edgar/data/51143/000156218017002633/primarydocument.xml';

describe('toFilingXmlUrl', () => {
  it.each([
    ['/Archives/edgar/data/51143/000156218017002633/primarydocument.xml', RAW],
    ['/Archives/edgar/data/51143/000156218017002633/xslF345X03/primarydocument.xml', RAW],
    ['https://www.sec.gov/Archives/edgar/data/1333712/000156218017002633/primarydocument.xml?x=1#y', 'https://www.sec.gov/Archives/edgar/data/1333712/000156218017002633/primarydocument.xml'],
    // relative to the index page's folder
    ['primarydocument.xml', 'https://www.sec.gov/Archives/edgar/data/1333712/000156218017002633/primarydocument.xml'],
  ])('follows %j', (href, expected) => {
    expect(toFilingXmlUrl(href, INDEX, FILERS)).toBe(expected);
  });

  it.each([
    ['another host', 'https://evil.example/x.xml'],
    ['another host, scheme-relative', '//evil.example/Archives/edgar/data/51143/000156218017002633/primarydocument.xml'],
    ['http, not https', 'http://www.sec.gov/Archives/edgar/data/51143/000156218017002633/primarydocument.xml'],
    ['the bare sec.gov host', 'https://sec.gov/Archives/edgar/data/51143/000156218017002633/primarydocument.xml'],
    ["another filing's folder", '/Archives/edgar/data/51143/000156218017002634/primarydocument.xml'],
    ['a CIK that is not a filer of this filing', '/Archives/edgar/data/320193/000156218017002633/primarydocument.xml'],
    ['a script path ending in .xml', '/cgi-bin/browse-edgar?action=x.xml'],
    ['a cgi-bin file', '/cgi-bin/x.xml'],
    ['a deeper folder', '/Archives/edgar/data/51143/000156218017002633/a/b/primarydocument.xml'],
    ['a parent-folder escape', '/Archives/edgar/data/51143/000156218017002633/../000156218017002634/primarydocument.xml'],
    ['javascript', 'javascript:alert(1)//x.xml'],
    ['not a document', '/Archives/edgar/data/51143/000156218017002633/0001562180-17-002633.txt'],
  ])('refuses %s', (_name, href) => {
    expect(toFilingXmlUrl(href, INDEX, FILERS)).toBeNull();
  });

  it('accepts only the index URL CIK when the page names no filers', () => {
    expect(toFilingXmlUrl('/Archives/edgar/data/51143/000156218017002633/primarydocument.xml', INDEX)).toBeNull();
    expect(toFilingXmlUrl('/Archives/edgar/data/1333712/000156218017002633/primarydocument.xml', INDEX)).toBe(
      'https://www.sec.gov/Archives/edgar/data/1333712/000156218017002633/primarydocument.xml',
    );
  });

  it('reads the folder of an index served without it (…/{CIK}/{acc-dashed}-index.html)', () => {
    const index = 'https://www.sec.gov/Archives/edgar/data/1609804/0000950142-22-003095-index.html';
    expect(toFilingXmlUrl('/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml', index, ['0001300650', '0001609804'])).toBe(
      'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml',
    );
  });
});

describe('pickOwnershipXml', () => {
  const rendering = { href: '/Archives/edgar/data/51143/000156218017002633/xslF345X03/primarydocument.xml', type: '4' };
  const raw = { href: '/Archives/edgar/data/51143/000156218017002633/primarydocument.xml', type: '4' };
  const exhibit = { href: '/Archives/edgar/data/51143/000156218017002633/ex24.xml', type: 'EX-24' };

  it('prefers the raw file, else the XML behind the rendering', () => {
    expect(pickOwnershipXml([exhibit, rendering, raw], INDEX, FILERS)).toEqual({ kind: 'found', url: RAW });
    expect(pickOwnershipXml([rendering], INDEX, FILERS)).toEqual({ kind: 'found', url: RAW });
  });

  it('says where an index links elsewhere, and follows nothing', () => {
    const evil = { href: 'https://evil.example/x.xml', type: '4' };
    expect(pickOwnershipXml([evil], INDEX, FILERS)).toEqual({ kind: 'elsewhere', href: 'https://evil.example/x.xml' });
    expect(pickOwnershipXml([exhibit], INDEX, FILERS)).toEqual({ kind: 'none' });
  });
});

describe('toIndexFilingDate', () => {
  it.each([
    [[['Filing Date', '2022-11-04'], ['Accepted', '2022-11-04 16:30:18']], '2022-11-04'],
    [[['Period of Report', '2022-11-02'], ['\n  Filing Date ', ' 2017-02-23\n']], '2017-02-23'],
    [[['Accepted', '2022-11-04 16:30:18']], null],
    [[['Filing Date', 'yesterday']], null],
    [[['Filing Date', '2022-11-04 16:30:18']], null],
    [[], null],
  ] as [[string, string][], string | null][])('%j -> %s', (info, expected) => {
    expect(toIndexFilingDate(info)).toBe(expected);
  });
});
