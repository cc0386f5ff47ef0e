// Real corpus filings parsed for the roll-up tests, with the accession their file name
// carries (datamule-python__000089924321044262_doc4.xml is 0000899243-21-044262), as the
// extension knows it from EDGAR's JSON.

import { readdirSync } from 'node:fs';
import type { Filing } from '../../lib/filing/model';
import { parseOwnership } from '../../lib/filing/parse-ownership';
import { corpusPath, readCorpus } from '../corpus-path';

export function accessionOf(name: string): string | null {
  const digits = /__(\d{18})_/.exec(name)?.[1];
  return digits ? `${digits.slice(0, 10)}-${digits.slice(10, 12)}-${digits.slice(12)}` : null;
}

export function parseText(text: string, accession: string | null = null, filingDate: string | null = null): Filing {
  const result = parseOwnership(text);
  if (!result.ok) throw new Error(result.error.message);
  return { ...result.filing, accession: accession ?? result.filing.accession, filingDate: filingDate ?? result.filing.filingDate };
}

/** A corpus XML file (`xml/...`), with its accession. */
export function parseCorpus(relative: string, filingDate: string | null = null): Filing {
  return parseText(readCorpus(relative), accessionOf(relative), filingDate);
}

/** The corpus XML files whose issuer is `cik` (a plain text test, then parsed). */
export function corpusFilesOfIssuer(cik: string): string[] {
  return readdirSync(corpusPath('xml'))
    .sort()
    .map((name) => `xml/${name}`)
    .filter((relative) => readCorpus(relative).includes(`<issuerCik>${cik}</issuerCik>`));
}
