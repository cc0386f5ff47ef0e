// EDGAR full submissions (.txt, and the .nc dissemination files) wrap each document of a
// filing in SGML; the ownership document sits in an <XML>...</XML> block. This finds it,
// and the accession number from the submission's header.

/** What a submission's header says of the filing. */
export interface SubmissionHeader {
  accession: string | null;
  /** ISO date the SEC accepted the filing (header "FILED AS OF DATE" or <FILING-DATE>). */
  filingDate: string | null;
}

export type Extracted =
  | ({ kind: 'xml'; xml: string } & SubmissionHeader)
  /** A submission with no ownership XML: plain-text filings from before mid-2003. */
  | ({ kind: 'no-xml' } & SubmissionHeader);

const ACCESSION = /(?:ACCESSION NUMBER:[ \t]{0,40}|<ACCESSION-NUMBER>)(\d{10}-\d{2}-\d{6})/;
const FILING_DATE = /(?:FILED AS OF DATE:[ \t]{0,40}|<FILING-DATE>)(\d{4})(\d{2})(\d{2})\b/;
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

/** The accession number and filing date from a submission's header. */
export function readSubmissionHeader(submission: string): SubmissionHeader {
  const head = submission.slice(0, 4000);
  const date = FILING_DATE.exec(head);
  return {
    accession: ACCESSION.exec(head)?.[1] ?? null,
    filingDate: date ? `${date[1]}-${date[2]}-${date[3]}` : null,
  };
}

/** The ownershipDocument XML of a full submission, or a note that it has none. */
export function extractOwnershipXml(submission: string): Extracted {
  const header = readSubmissionHeader(submission);
  // indexOf, not a lazy regex: a regex would rescan to the end from every unclosed <XML>.
  let start = submission.indexOf('<XML>');
  while (start !== -1) {
    const end = submission.indexOf('</XML>', start);
    // A submission cut short inside its XML still gets its document read, so the parser
    // can say where it ends instead of calling it a plain-text filing.
    const block = submission.slice(start + 5, end === -1 ? undefined : end);
    if (block.includes('<ownershipDocument')) return { kind: 'xml', xml: block, ...header };
    if (end === -1) break;
    start = submission.indexOf('<XML>', end);
  }
  return { kind: 'no-xml', ...header };
}
