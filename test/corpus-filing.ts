// A parsed corpus filing for tests of the figures: fails loudly when the file is missing or
// does not parse, so a test can never pass on an empty document.

import { computeFigures, type Figures } from '../lib/figures/figures';
import type { Filing } from '../lib/filing/model';
import { parseOwnership } from '../lib/filing/parse-ownership';
import { readCorpus } from './corpus-path';

/** `relative` under test/corpus, e.g. `xml/edgartools__form3.snow.xml`; `edit` changes the text first. */
export function loadFiling(relative: string, edit: (text: string) => string = (text) => text): Filing {
  const result = parseOwnership(edit(readCorpus(relative)));
  if (!result.ok) throw new Error(`${relative} did not parse: ${result.error.message}`);
  return result.filing;
}

/** The figures of a corpus filing, with its own filing date when the input gives one. */
export function figuresOf(relative: string, edit?: (text: string) => string): Figures {
  const filing = loadFiling(relative, edit);
  return computeFigures(filing.document, { filingDate: filing.filingDate });
}

/** Replaces exactly one occurrence of `from`; throws when there is none or several (the edit must be exact). */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0 || text.indexOf(from, first + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}
