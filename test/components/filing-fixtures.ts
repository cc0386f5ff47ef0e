import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeFigures } from '../../lib/figures/figures';
import type { Filing } from '../../lib/filing/model';
import { parseOwnership } from '../../lib/filing/parse-ownership';
import { corpusFile } from '../corpus-path';

/** A filing parsed, with its figures: components get real data, not hand-made objects. */
function loadFilingAt(path: string) {
  const result = parseOwnership(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${result.error.message}`);
  const filing: Filing = result.filing;
  return { filing, figures: computeFigures(filing.document) };
}

/** A filing of the corpus, e.g. loadFiling('xml/edgar_client__form4a.xml'). */
export function loadFiling(corpusPath: string) {
  return loadFilingAt(corpusFile(corpusPath));
}

/** The seed filing of docs/design.md (Sonus Networks, 2014), written as XML in test/fixtures. */
export function loadSeedFiling() {
  // Paths, not URLs: under happy-dom the global URL is the DOM's, which node:url refuses.
  return loadFilingAt(resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/seed-sonus-scarfo-2014.xml'));
}

/** Apple, 2019-08-12: director exercises 17,500 options (M) at $23.8257 and sells them (S) at $201.69. */
export const APPLE_EXERCISE_AND_SALE = 'xml/InsidersTradeMonitor__AAPL_wf-form4_156582182214854.xml';
