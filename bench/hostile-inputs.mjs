// The hostile set for the benchmark (docs/design.md section 7): inputs that took seconds to minutes before
// (quadratic regexes, DOCTYPE scans, a CSV that grew with rows x footnote), built from one
// real corpus filing. Each is run through parseOwnership, computeFigures and toCsv.

import { readFileSync } from 'node:fs';

const BASE = new URL('../test/corpus/xml/InsidersTradeMonitor__AAPL_wf-form4_156582182214854.xml', import.meta.url);
const LAUGHS = new URL('../test/fixtures/bad/billion-laughs.xml', import.meta.url);

function withFootnote(base, text) {
  return base.replace(/<footnote id="F1">[\s\S]*?<\/footnote>/, `<footnote id="F1">${text}</footnote>`);
}

function withRows(base, rows) {
  const row = /<nonDerivativeTransaction>[\s\S]*?<\/nonDerivativeTransaction>/.exec(base)[0];
  const citing = row.replace('</transactionShares>', '<footnoteId id="F1"/></transactionShares>');
  return base.replace(row, citing.repeat(rows));
}

/** [name, text] pairs. */
export function hostileInputs() {
  const base = readFileSync(BASE, 'utf8');
  const body = base.replace(/^<\?xml[^>]*\?>\s*/, '');
  return [
    ['footnote "10b5" + 200,000 spaces', withFootnote(base, `Rule 10b5${' '.repeat(200_000)}x`)],
    ['footnote "prices $" + 200,000 digits', withFootnote(base, `prices ranging from $${'1'.repeat(200_000)}`)],
    ['footnote "adopted on " + 200,000 letters', withFootnote(base, `10b5-1 plan adopted on ${'a'.repeat(200_000)}`)],
    ['footnote of 300,000 characters, no break', withFootnote(base, 'x'.repeat(300_000))],
    ['footnote of 200,000 character references', withFootnote(base, '&#233;&#x202E;&#27;'.repeat(11_000))],
    ['4.5 MB of <!DOCTYPE a> before the root', `${'<!DOCTYPE a>'.repeat(390_000)}${body}`],
    ['3,000 rows citing a 100,000-character footnote', withFootnote(withRows(base, 3000), 'y '.repeat(50_000))],
    ['billion laughs', readFileSync(LAUGHS, 'utf8')],
    ['submission of 20,000 unclosed <XML>', `<SEC-DOCUMENT>\n${'<XML>'.repeat(20_000)}`],
  ];
}
