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

/**
 * The cluster-buy set: three real P filings moved to one issuer (Affirm Holdings, 0001820953,
 * Rabois's issuer) and to the dates given; owners, shares and prices as filed, with two changes:
 * - Musk's price ($243.0) is removed, to stand for a purchase whose dollars are unknown;
 * - Musk's 2019 and Mithril's 2021 purchases were made in offerings (their F1 says so: "at the
 *   public offering price", and a conversion "immediately prior to the closing of the initial
 *   public offering" the same day), so the citations of F1 are removed: the rows stand for
 *   open-market purchases.
 * Returns each file's name and moved text, in the order given.
 */
export function clusterSetTexts(dates: readonly [string, string, string]): { name: string; text: string }[] {
  const moves = [
    { name: 'datamule-python__000120919121003765_doc4.xml', filed: '2021-01-13', offering: false },
    { name: 'datamule-python__000149473019000001_edgardoc.xml', filed: '2019-05-02', offering: true },
    { name: 'datamule-python__000120919121051298_doc4.xml', filed: '2021-08-10', offering: true },
  ];
  return moves.map(({ name, filed, offering }, index) => {
    let text = readCorpus(`xml/${name}`)
      .replace(/<issuerCik>\d+<\/issuerCik>/, '<issuerCik>0001820953</issuerCik>')
      .replaceAll(filed, dates[index]!)
      .replace(/<value>243\.0<\/value>/, '');
    if (offering) text = text.replaceAll('<footnoteId id="F1"/>', '');
    return { name, text };
  });
}
