// An ownership XML file does not say its accession number; EDGAR's folder layout does
// (.../data/1318605/000089924321044262/doc4.xml), and so do names that keep it
// (datamule's 000089924321044262_doc4.xml). Taken from the file's name or its folder's.

import { basename, dirname } from 'node:path';

const ACCESSION = /(?:^|\D)(\d{10})-?(\d{2})-?(\d{6})(?!\d)/;

export function accessionFromPath(file: string): string | null {
  for (const segment of [basename(file), basename(dirname(file))]) {
    const match = ACCESSION.exec(segment);
    if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  }
  return null;
}
