// EDGAR's latest-filings page lists each filing in a table row whose first cell is its form type
// ("4", "4/A", "424B2", "SC 13G"), with a link to the filing's index. The badges key on the links
// (docs/design.md section 11); a row that names its form only saves a read of a filing that
// cannot be an ownership filing. A cell that names no form (another layout) decides nothing.

const OWNERSHIP_FORMS = new Set(['3', '3/A', '4', '4/A', '5', '5/A']);
// Form types are short: letters, digits, spaces, '/', '-', '.' ("S-1/A", "DEF 14A", "10-K405").
const FORM_NAME = /^[A-Z0-9][A-Z0-9 ./-]{0,11}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type ListedForm = 'ownership' | 'other';

/** What a row's first cell says of its filing; null when it names no form. */
export function toListedForm(cellText: string | null | undefined): ListedForm | null {
  const text = (cellText ?? '').slice(0, 40).replace(/\s+/g, ' ').trim();
  if (!FORM_NAME.test(text) || DATE.test(text)) return null;
  return OWNERSHIP_FORMS.has(text.toUpperCase()) ? 'ownership' : 'other';
}
