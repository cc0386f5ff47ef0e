// The downloaded CSV's file name (docs/design.md section 7): nothing from the filing reaches it as filed.

import { describe, expect, it } from 'vitest';
import { downloadName } from '../lib/csv/download-name';
import type { Filing, OwnershipDocument } from '../lib/filing/model';

function filingWith(document: Partial<OwnershipDocument>, owner: { cik: string; name: string | null } | null): Filing {
  const base = {
    documentType: '4',
    periodOfReport: '2019-08-12',
    issuer: { cik: '0000320193', name: 'Apple Inc.', tradingSymbol: 'AAPL' },
    reportingOwners: owner ? [{ ...owner }] : [],
  };
  return { document: { ...base, ...document } as OwnershipDocument, accession: null, filingDate: null };
}

describe('downloadName', () => {
  it.each([
    ['a plain filing', {}, { cik: '0001214128', name: 'LEVINSON ARTHUR D' }, 'AAPL_LEVINSON-ARTHUR-D_2019-08-12_form4.csv'],
    ['a period with a zone suffix', { periodOfReport: '2021-09-30-05:00' }, { cik: '1', name: 'A' }, 'AAPL_A_2021-09-30_form4.csv'],
    ['a period that is a path', { periodOfReport: '../../etc/passwd' }, { cik: '1', name: 'A' }, 'AAPL_A_undated_form4.csv'],
    ['a period with slashes', { periodOfReport: '09/30/2021' }, { cik: '1', name: 'A' }, 'AAPL_A_undated_form4.csv'],
    ['no ticker nor name: the CIK, slugged', { issuer: { cik: '../0000320193', name: null, tradingSymbol: null } }, { cik: '1', name: 'A' }, '0000320193_A_2019-08-12_form4.csv'],
    ['no owner name: the CIK, slugged', {}, { cik: '00012/14128', name: null }, 'AAPL_00012-14128_2019-08-12_form4.csv'],
    ['an owner with nothing usable', {}, { cik: '', name: '\u202E\u0000' }, 'AAPL_owner_2019-08-12_form4.csv'],
    ['an amendment', { documentType: '4/A' }, { cik: '1', name: 'A' }, 'AAPL_A_2019-08-12_form4-A.csv'],
  ] as const)('%s', (_name, document, owner, expected) => {
    expect(downloadName(filingWith(document as Partial<OwnershipDocument>, owner))).toBe(expected);
  });
});
