// EDGAR's latest filings by URL alone (docs/design.md section 11), on real sec.gov URLs: the HTML
// page of any form type is one, its Atom feed and every other page are not, and the manifest's
// globs (as Chrome applies them) inject the badges' script on exactly those pages.

import { describe, expect, it } from 'vitest';
import { companyPage, isLatestFilingsPage, latestFilingsMatchPatterns, pageKind, toSubmissionUrl } from '../lib/sec/sec-urls';

// Chrome's glob semantics: `*` any run of characters, `?` exactly one, on the whole URL.
function toGlobRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\/]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

function isInjected(url: string): boolean {
  const { matches, includeGlobs, excludeGlobs } = latestFilingsMatchPatterns;
  return (
    matches.some((pattern) => toGlobRegExp(pattern).test(url)) &&
    includeGlobs.some((glob) => toGlobRegExp(glob).test(url)) &&
    !excludeGlobs.some((glob) => toGlobRegExp(glob).test(url))
  );
}

describe('EDGAR latest filings page', () => {
  it.each([
    // EDGAR's "Latest Filings" link (www.sec.gov/cgi-bin/browse-edgar?action=getcurrent), and the
    // form-type searches its form offers.
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&datea=&dateb=&company=&type=4&SIC=&State=&Country=&CIK=&owner=include&accno=&start=0&count=40',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=4&owner=include&count=100&start=100',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=3&company=&dateb=&owner=only&start=0&count=40&output=',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=10-K&owner=include&count=40',
    'https://www.sec.gov/cgi-bin/browse-edgar?type=5&action=getcurrent',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=4#top',
  ])('%s', (url) => {
    expect(isLatestFilingsPage(url)).toBe(true);
    expect(isInjected(url), 'the manifest injects the script').toBe(true);
    expect(companyPage(url)).toBeNull();
    expect(pageKind(url)).toBeNull();
  });

  it.each([
    // The Atom feed of the same list (test/corpus/html/edgartools__browse-edgar_getcurrent_type4_start0.atom.xml).
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=4&owner=include&count=100&start=0&output=atom',
    // A company's filings, a company search, an owner's page.
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001318605&type=4&dateb=&owner=include&count=40',
    'https://www.sec.gov/cgi-bin/browse-edgar?company=tesla&match=contains&action=getcompany',
    'https://www.sec.gov/cgi-bin/own-disp?action=getowner&CIK=0001494730',
    'https://www.sec.gov/cgi-bin/browse-edgar',
    // A filing index is a link the page holds, not the page.
    'https://www.sec.gov/Archives/edgar/data/1318605/000089924322035390/0000899243-22-035390-index.htm',
    // Other hosts and schemes.
    'http://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent',
    'https://sec.gov/cgi-bin/browse-edgar?action=getcurrent',
    'https://www.sec.gov.evil.example/cgi-bin/browse-edgar?action=getcurrent',
    'https://evil.example/cgi-bin/browse-edgar?action=getcurrent',
    'not a url',
  ])('%s is not the latest filings page', (url) => {
    expect(isLatestFilingsPage(url)).toBe(false);
  });

  it('is not injected on the Atom feed nor on company pages', () => {
    expect(isInjected('https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=4&owner=include&count=100&start=0&output=atom')).toBe(false);
    expect(isInjected('https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001318605&type=4')).toBe(false);
  });

  it('reads no query of unreasonable length', () => {
    expect(isLatestFilingsPage(`https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&x=${'a'.repeat(5000)}`)).toBe(false);
  });
});

describe('toSubmissionUrl', () => {
  it.each([
    // The full submission of Tesla's 2022-11-08 Form 4 (corpus xml/datamule-python__000089924322035390_doc4.xml), under the issuer's folder.
    [{ cik: '1318605', accession: '0000899243-22-035390' }, 'https://www.sec.gov/Archives/edgar/data/1318605/0000899243-22-035390.txt'],
    [{ cik: '1318605', accession: '000089924322035390' }, null],
    [{ cik: '../1318605', accession: '0000899243-22-035390' }, null],
    [{ cik: '12345678901', accession: '0000899243-22-035390' }, null],
  ])('%j', (filing, expected) => {
    expect(toSubmissionUrl(filing)).toBe(expected);
  });
});
