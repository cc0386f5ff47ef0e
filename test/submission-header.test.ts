// The accession number and filing date a full submission's header states. Expected values are
// read off the headers themselves ("ACCESSION NUMBER:", "FILED AS OF DATE:" in .txt files;
// <ACCESSION-NUMBER>, <FILING-DATE> in .nc dissemination files).

import { describe, expect, it } from 'vitest';
import { readSubmissionHeader } from '../lib/filing/extract-ownership-xml';
import { parseOwnership } from '../lib/filing/parse-ownership';
import { readCorpus } from './corpus-path';

const HEADERS: [file: string, accession: string, filingDate: string][] = [
  ['submissions/edgartools__0000320193-22-000061.txt', '0000320193-22-000061', '2022-05-06'],
  ['submissions/edgartools__0001127602-25-004598.nc', '0001127602-25-004598', '2025-02-13'],
  ['submissions/follow-insider-api__0000899243-22-035394.txt', '0000899243-22-035394', '2022-11-08'],
  ['submissions/sec-edgar-parser__form4A.txt', '0000707549-25-000004', '2025-01-21'],
];

describe('readSubmissionHeader', () => {
  it.each(HEADERS)('%s: accession %s, filed %s', (file, accession, filingDate) => {
    const text = readCorpus(file);
    expect(readSubmissionHeader(text)).toEqual({ accession, filingDate });
    const parsed = parseOwnership(text);
    expect(parsed.ok && parsed.filing.filingDate).toBe(filingDate);
  });

  it('gives nulls for a stand-alone XML document', () => {
    expect(readSubmissionHeader('<?xml version="1.0"?><ownershipDocument/>')).toEqual({ accession: null, filingDate: null });
  });
});
