// Who filed a filing, by CIK: EDGAR files one filing in the folder of its issuer and in that of
// each reporting owner (docs/design.md section 1), so a folder's CIK names one of them.

import type { OwnershipDocument } from './model';

/** CIKs are filed with and without leading zeros (0001494730, 1494730): compare them without. */
export function toCikKey(cik: string): string {
  return cik.trim().replace(/^0+(?=\d)/, '');
}

/** The filing's issuer or one of its owners has the CIK `cik`. */
export function namesFiler(document: OwnershipDocument, cik: string): boolean {
  const key = toCikKey(cik);
  return toCikKey(document.issuer.cik) === key || document.reportingOwners.some((owner) => toCikKey(owner.cik) === key);
}
