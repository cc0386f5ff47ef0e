// What a tolerant reader says about a filing it reads although the filing lacks something
// (docs/design.md section 7): an element the figures do not need is never a reason to refuse it.

import type { OwnershipDocument } from './model';
import { quoteInMessage } from '../text/quote-in-message';

export function toFilingWarnings(document: OwnershipDocument): string[] {
  const warnings: string[] = [];
  document.reportingOwners.forEach((owner, index) => {
    if (owner.cik !== '') return;
    const who = owner.name ? `"${quoteInMessage(owner.name)}"` : `number ${index + 1}`;
    warnings.push(`Reporting owner ${who} has no <rptOwnerCik>; the filing was read without it.`);
  });
  if (document.issuer.name === null) {
    warnings.push(`The issuer (CIK ${quoteInMessage(document.issuer.cik)}) has no <issuerName>; the filing was read without it.`);
  }
  return warnings;
}
