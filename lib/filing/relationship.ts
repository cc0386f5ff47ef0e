// An owner's relationship to the issuer as the form's box 5 reads it, for the header, the CSV,
// the CLI and the activity views alike.

import type { ReportingOwner } from './model';

/** "Director, Officer (CEO), 10% Owner" as the form's box 5 reads. */
export function describeRelationship(owner: ReportingOwner): string {
  const { isDirector, isOfficer, isTenPercentOwner, isOther, officerTitle, otherText } = owner.relationship;
  const roles: string[] = [];
  if (isDirector) roles.push('Director');
  if (isOfficer) roles.push(officerTitle ? `Officer (${officerTitle})` : 'Officer');
  if (isTenPercentOwner) roles.push('10% Owner');
  if (isOther) roles.push(otherText ? `Other (${otherText})` : 'Other');
  return roles.join(', ');
}
