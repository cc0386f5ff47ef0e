// A full submission (`/Archives/edgar/data/{cik}/{accession}.txt`) made around a corpus
// ownership XML, for tests that need a filing EDGAR would serve that way and the corpus holds
// only as XML. The wrapper is OURS, in the shape of EDGAR's real ones
// (test/corpus/submissions/sec-edgar-parser__form4A.txt): the SGML header with the accession,
// form type, filing date and filers, then one <DOCUMENT> holding the XML as filed. The XML
// inside is the corpus file, byte for byte.

export interface SubmissionParts {
  accession: string;
  /** CONFORMED SUBMISSION TYPE: 4, 4/A, 3, 5. */
  form: string;
  /** ISO date: FILED AS OF DATE. */
  filingDate: string;
  issuer: { cik: string; name: string };
  owners: { cik: string; name: string }[];
  /** The ownership XML, as filed. */
  xml: string;
  /** The XML's file name inside the submission. */
  fileName?: string;
}

export function toFullSubmission(parts: SubmissionParts): string {
  const day = parts.filingDate.replace(/-/g, '');
  const owners = parts.owners.map(
    (owner) => `REPORTING-OWNER:\t\n\n\tOWNER DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\t${owner.name}\n\t\tCENTRAL INDEX KEY:\t\t\t${owner.cik.padStart(10, '0')}\n\n\tFILING VALUES:\n\t\tFORM TYPE:\t\t${parts.form}\n\t\tSEC ACT:\t\t1934 Act\n`,
  );
  return [
    `<SEC-DOCUMENT>${parts.accession}.txt : ${day}`,
    `<SEC-HEADER>${parts.accession}.hdr.sgml : ${day}`,
    `<ACCEPTANCE-DATETIME>${day}163000`,
    `ACCESSION NUMBER:\t\t${parts.accession}`,
    `CONFORMED SUBMISSION TYPE:\t${parts.form}`,
    'PUBLIC DOCUMENT COUNT:\t\t1',
    `FILED AS OF DATE:\t\t${day}`,
    `DATE AS OF CHANGE:\t\t${day}`,
    '',
    ...owners,
    `ISSUER:\t\t\n\n\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\t${parts.issuer.name}\n\t\tCENTRAL INDEX KEY:\t\t\t${parts.issuer.cik.padStart(10, '0')}\n`,
    '</SEC-HEADER>',
    '<DOCUMENT>',
    `<TYPE>${parts.form}`,
    '<SEQUENCE>1',
    `<FILENAME>${parts.fileName ?? 'form4.xml'}`,
    `<DESCRIPTION>FORM ${parts.form}`,
    '<TEXT>',
    '<XML>',
    parts.xml.trim(),
    '</XML>',
    '</TEXT>',
    '</DOCUMENT>',
    '</SEC-DOCUMENT>',
    '',
  ].join('\n');
}
