import { readFileSync } from 'node:fs';
import { computeFigures } from '../../lib/figures';
import type { Filing } from '../../lib/model';
import { parseOwnership } from '../../lib/parse-ownership';
import { corpusFile } from '../corpus-path';

/** A corpus filing parsed, with its figures: components get real data, not hand-made objects. */
export function loadFiling(relativePath: string) {
  const result = parseOwnership(readFileSync(corpusFile(relativePath), 'utf8'));
  if (!result.ok) throw new Error(`${relativePath}: ${result.error.message}`);
  const filing: Filing = result.filing;
  return { filing, figures: computeFigures(filing.document) };
}

/** Apple, 2019-08-12: director exercises 17,500 options (M) at $23.8257 and sells them (S) at $201.69. */
export const APPLE_EXERCISE_AND_SALE = 'xml/InsidersTradeMonitor__AAPL_wf-form4_156582182214854.xml';
