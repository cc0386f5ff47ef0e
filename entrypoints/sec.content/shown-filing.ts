// A filing's source turned into what the overlay shows: parsed, with its accession and
// filing date completed from the page, and its figures. Never throws: a bug of ours ends in
// a message too.

import { computeFigures, type Figures } from '@/lib/figures';
import type { Filing, ParseError } from '@/lib/model';
import { parseOwnership } from '@/lib/parse-ownership';
import { parseFilingPath } from '@/lib/sec-urls';
import type { FilingSource } from './read-filing';

export type ShownFiling =
  | { status: 'ready'; filing: Filing; figures: Figures; rawXmlUrl: string | null }
  | { status: 'error'; error: ParseError; rawXmlUrl: string | null };

/** `pageFilingDate`: what the page itself states (an index page), else null. */
export function toShownFiling(source: FilingSource, pageUrl: string, pageFilingDate: string | null): ShownFiling {
  if (source.kind === 'failed') return { status: 'error', error: { message: source.message, details: source.details }, rawXmlUrl: null };
  try {
    const parsed = parseOwnership(source.text);
    if (!parsed.ok) return { status: 'error', error: parsed.error, rawXmlUrl: source.rawXmlUrl };
    // A full submission names its accession and filing date; elsewhere the URL holds the
    // accession and an index page prints the filing date (for the figures and the CSV).
    const filing = {
      ...parsed.filing,
      accession: parsed.filing.accession ?? parseFilingPath(pageUrl)?.accession ?? null,
      filingDate: parsed.filing.filingDate ?? pageFilingDate,
    };
    return { status: 'ready', filing, figures: computeFigures(filing.document, { filingDate: filing.filingDate }), rawXmlUrl: source.rawXmlUrl };
  } catch (error) {
    return {
      status: 'error',
      error: { message: 'Form 4 Lens failed on this filing because of an error of its own; please report it.', details: String(error) },
      rawXmlUrl: null,
    };
  }
}
