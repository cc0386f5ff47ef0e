// Which filing a tab shows, for its history (lib/messages/history-slot.ts): only when the
// page's address and the filing's XML agree, so a page cannot steer the background's requests.

import { describe, expect, it } from 'vitest';
import { toPageFiling } from '../lib/messages/history-slot';
import { loadFiling } from './corpus-filing';

// TSLA 2021-11-08 (Musk's exercise and sale): issuer 0001318605, owner 0001494730.
const MUSK = loadFiling('xml/datamule-python__000089924321044060_doc4.xml');
const PATH = '000089924321044060/xslF345X03/doc4.xml';

describe('toPageFiling', () => {
  it.each([
    ['the issuer’s folder', `https://www.sec.gov/Archives/edgar/data/1318605/${PATH}`],
    ['the owner’s folder', `https://www.sec.gov/Archives/edgar/data/1494730/${PATH}`],
    ['the raw XML', 'https://www.sec.gov/Archives/edgar/data/1318605/000089924321044060/doc4.xml'],
  ])('%s: the issuer and the owner from the XML, the accession from the address', (_name, url) => {
    expect(toPageFiling(url, MUSK)).toEqual({ issuerCik: '0001318605', ownerCiks: ['0001494730'], accession: '0000899243-21-044060' });
  });

  it.each([
    // A page at a filing-like address in another filer's folder (CIK 1) holding Tesla's filing.
    ['another filer’s folder', 'https://www.sec.gov/Archives/edgar/data/1/000000000000000001/page.xml', MUSK],
    ['not a filing page', 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=1318605', MUSK],
    // A full submission states its accession: it must be the folder's.
    ['another accession than the folder’s', `https://www.sec.gov/Archives/edgar/data/1318605/${PATH}`, { ...MUSK, accession: '0000899243-21-000001' }],
  ])('%s: no history', (_name, url, filing) => {
    expect(toPageFiling(url, filing)).toBeNull();
  });
});
