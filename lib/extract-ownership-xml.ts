// EDGAR full submissions (.txt, and the .nc dissemination files) wrap each document of a
// filing in SGML; the ownership document sits in an <XML>...</XML> block. This finds it,
// and the accession number from the submission's header.

export type Extracted =
  | { kind: 'xml'; xml: string; accession: string | null }
  /** A submission with no ownership XML: plain-text filings from before mid-2003. */
  | { kind: 'no-xml'; accession: string | null };

const ACCESSION = /(?:ACCESSION NUMBER:\s*|<ACCESSION-NUMBER>)(\d{10}-\d{2}-\d{6})/;
/** Header lines every EDGAR submission starts with, in the .txt and the .nc shapes. */
const SUBMISSION_HEADER = /^\s*(?:-----BEGIN PRIVACY-ENHANCED MESSAGE-----|<SEC-DOCUMENT>|<SUBMISSION>|<SEC-HEADER>)/;

const SUBMISSION_TYPE = /(?:CONFORMED SUBMISSION TYPE:|<TYPE>)[ \t]*([^\s<]+)/;

/** The form type a submission's header declares ("4", "4/A", "10-K"), or null. */
export function toSubmissionType(submission: string): string | null {
  return SUBMISSION_TYPE.exec(submission.slice(0, 4000))?.[1] ?? null;
}

export function isSubmission(text: string): boolean {
  return SUBMISSION_HEADER.test(text.slice(0, 200));
}

/** The ownershipDocument XML of a full submission, or a note that it has none. */
export function extractOwnershipXml(submission: string): Extracted {
  const accession = ACCESSION.exec(submission.slice(0, 4000))?.[1] ?? null;
  // indexOf, not a lazy regex: a regex would rescan to the end from every unclosed <XML>.
  let start = submission.indexOf('<XML>');
  while (start !== -1) {
    const end = submission.indexOf('</XML>', start);
    // A submission cut short inside its XML still gets its document read, so the parser
    // can say where it ends instead of calling it a plain-text filing.
    const block = submission.slice(start + 5, end === -1 ? undefined : end);
    if (block.includes('<ownershipDocument')) return { kind: 'xml', xml: block, accession };
    if (end === -1) break;
    start = submission.indexOf('<XML>', end);
  }
  return { kind: 'no-xml', accession };
}
