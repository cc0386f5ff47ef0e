// What the benchmark times, bundled into dist/lib.mjs by cli/vite.config.ts: the parser and
// figures of lib/, and fast-xml-parser's own XMLParser as the baseline, from the same bundle.

export { parseOwnership } from '../lib/filing/parse-ownership';
export { computeFigures } from '../lib/figures/figures';
export { toCsv } from '../lib/csv/csv';
export { XMLParser } from 'fast-xml-parser';
export { ActivityRollup } from '../lib/activity';
