// EDGAR full submissions (.txt, and the .nc dissemination files) wrap each document of a
// filing in SGML; the ownership document sits in an <XML>...</XML> block. This finds it,
// and the accession number from the submission's header.

export type Extracted =
  | { kind: 'xml'; xml: string; accession: string | null }
  /** A submission with no ownership XML: plain-text filings from before mid-2003. */
  | { kind: 'no-xml'; accession: string | null };

const XML_BLOCK = /<XML>([\s\S]*?)<\/XML>/gi;
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
  for (const match of submission.matchAll(XML_BLOCK)) {
    const block = match[1]!;
    if (block.includes('<ownershipDocument')) return { kind: 'xml', xml: block, accession };
  }
  return { kind: 'no-xml', accession };
}
