// Every function that scans filing text runs in linear time on any text (docs/design.md
// section 7). Each input below once made an unbounded pattern backtrack (quadratic): "10b5"
// then spaces took 9 to 21 s at 100,000 characters, "$" then digits likewise, and 5 MB of
// "<!DOCTYPE a>" 24 to 29 s. Timed as growth ratios (test/growth.ts), never as absolute times.

import { describe, expect, it } from 'vitest';
import { findPriceRanges, findTenB5OneMentions, toIsoDateFromProse } from '../lib/figures/footnote-facts';
import { stripControlAndBidi, stripControlCharacters } from '../lib/text/control-characters';
import { decodeXmlEntities } from '../lib/xml/xml-entities';
import { findRootName, readProlog } from '../lib/xml/xml-prolog';
import { parseOwnership } from '../lib/filing/parse-ownership';
import { extractOwnershipXml, readSubmissionHeader, toSubmissionType } from '../lib/filing/extract-ownership-xml';
import { toNumber } from '../lib/xml/xml-values';
import { toCsvCell } from '../lib/csv/csv-cell';
import { findStatedPrice } from '../lib/figures/footnote-price';
import { saysPrivateTrade } from '../lib/figures/private-trade';
import { decodeFilingBytes } from '../lib/sec/decode-filing-bytes';
import { isOwnershipFormName, toFilingXmlUrl } from '../lib/sec/filing-index';
import { quoteInMessage } from '../lib/text/quote-in-message';
import { pageKind } from '../lib/sec/sec-urls';
import { toTerminalJson } from '../cli/terminal-safe';
import { growthRatio, LINEAR_LIMIT } from './growth';

const footnote = (text: string) => [{ id: 'F1', text }];
/** The smaller size; growthRatio times it against 16 times as much. */
const N = 4_000;

describe('growth ratio (time for 16n characters / time for n) stays linear', () => {
  it.each([
    ['10b5-1 mention: "10b5" then spaces', (n: number) => footnote(`Rule 10b5${' '.repeat(n)}`), (f: ReturnType<typeof footnote>) => findTenB5OneMentions(f, null)],
    ['10b5-1 mention in remarks', (n: number) => `10b5${' '.repeat(n)}-`, (r: string) => findTenB5OneMentions([], r)],
    ['adoption date: "adopted on" then letters', (n: number) => footnote(`10b5-1 plan adopted on ${'a'.repeat(n)}`), (f: ReturnType<typeof footnote>) => findTenB5OneMentions(f, null)],
    ['adoption date: many "adopted on"', (n: number) => footnote(`10b5-1 ${'adopted on '.repeat(n / 11)}`), (f: ReturnType<typeof footnote>) => findTenB5OneMentions(f, null)],
    ['price range: "$" then digits', (n: number) => footnote(`prices ranging from $${'1'.repeat(n)}`), findPriceRanges],
    ['price range: many "$1,"', (n: number) => footnote(`price ${'$1,'.repeat(n / 3)}`), findPriceRanges],
    ['date in prose', (n: number) => `September${' '.repeat(n)}1`, toIsoDateFromProse],
  ] as const)('%s', (_name, make, scan) => {
    expect(growthRatio(make as (n: number) => unknown, scan as (input: unknown) => unknown, N)).toBeLessThan(LINEAR_LIMIT);
  });

  it.each([
    ['many DOCTYPEs', (n: number) => '<!DOCTYPE a>'.repeat(n / 12)],
    ['many comments', (n: number) => '<!-- -->'.repeat(n / 8)],
    ['spaces and no element', (n: number) => ' '.repeat(n)],
    ['an unterminated DOCTYPE with brackets', (n: number) => `<!DOCTYPE ${'[]'.repeat(n / 2)}`],
  ])('root name: %s', (_name, make) => {
    expect(growthRatio(make, findRootName, N)).toBeLessThan(LINEAR_LIMIT);
  });

  it('parseOwnership on many DOCTYPEs before the root', () => {
    const make = (n: number) => `${'<!DOCTYPE a>'.repeat(n / 12)}<ownershipDocument></ownershipDocument>`;
    expect(growthRatio(make, parseOwnership, N)).toBeLessThan(LINEAR_LIMIT);
  });

  it.each([
    ['references', (n: number) => '&#233;&#x202E;&amp;'.repeat(n / 19)],
    ['"&#" then digits', (n: number) => `&#${'1'.repeat(n)}`],
    ['"&" alone', (n: number) => '&'.repeat(n)],
  ])('entity decoding: %s', (_name, make) => {
    expect(growthRatio(make, decodeXmlEntities, N)).toBeLessThan(LINEAR_LIMIT);
  });

  it.each([
    ['control characters', stripControlCharacters],
    ['control and bidi characters', stripControlAndBidi],
  ])('%s removed', (_name, strip) => {
    expect(growthRatio((n) => '\u001b]52;c;\u202Ea'.repeat(n / 8), strip, N)).toBeLessThan(LINEAR_LIMIT);
  });

  it.each([
    ['submission header: "ACCESSION NUMBER:" then tabs', (n: number) => `<SEC-HEADER>\nACCESSION NUMBER:${'\t'.repeat(n)}x`],
    ['submission with unclosed <XML> blocks', (n: number) => `<SEC-DOCUMENT>\n${'<XML>'.repeat(n / 5)}`],
  ])('%s', (_name, make) => {
    const scan = (text: string) => [readSubmissionHeader(text), extractOwnershipXml(text), toSubmissionType(text)];
    expect(growthRatio(make, scan, N)).toBeLessThan(LINEAR_LIMIT);
  });

  it.each([
    ['a formula behind zero-width spaces', (n: number) => `${'\u200B'.repeat(n)}=1`],
    ['quotes and controls', (n: number) => '"\u001b\u202E,'.repeat(n / 4)],
  ])('CSV cell: %s', (_name, make) => {
    expect(growthRatio(make, (text: string) => toCsvCell(text, ','), N)).toBeLessThan(LINEAR_LIMIT);
  });

  it.each([
    ['message quote of a long value', (n: number) => ' x'.repeat(n / 2), quoteInMessage],
    ['index heading "Form" then spaces', (n: number) => `Form${' '.repeat(n)}`, isOwnershipFormName],
    ['URL with a long path', (n: number) => `https://www.sec.gov/Archives/edgar/data/1/000000000000000001/${'a'.repeat(n)}`, pageKind],
    [
      'index link with a long path',
      (n: number) => `/Archives/edgar/data/1/000000000000000001/${'a.'.repeat(n / 2)}`,
      (href: string) => toFilingXmlUrl(href, 'https://www.sec.gov/Archives/edgar/data/1/0000000000-00-000001-index.htm'),
    ],
    ['terminal JSON with C1 controls', (n: number) => '\u009b'.repeat(n), toTerminalJson],
  ] as const)('%s', (_name, make, scan) => {
    expect(growthRatio(make as (n: number) => string, scan as (input: string) => unknown, N)).toBeLessThan(LINEAR_LIMIT);
  });

  it.each([
    ['Latin-1 bytes', (n: number) => new Uint8Array(n).fill(0xe9)],
    ['UTF-8 bytes', (n: number) => new TextEncoder().encode('é'.repeat(n / 2))],
  ])('decoding %s', (_name, make) => {
    expect(growthRatio(make, decodeFilingBytes, N)).toBeLessThan(LINEAR_LIMIT);
  });

  // Both read the first 4,000 characters of a footnote: 250 and 16 x 250 stay within them.
  it.each([
    ['stated price: "price of $" near-misses', (n: number) => `${'price of $ '.repeat(n / 11)}at $1 per`, findStatedPrice],
    ['stated price: "at $" then digits', (n: number) => `at $${'9'.repeat(n)} per`, findStatedPrice],
    ['private trade: "private" then spaces', (n: number) => `private${' '.repeat(n)}x`, saysPrivateTrade],
    ['private trade: many "directly with the"', (n: number) => 'directly with the '.repeat(n / 18), saysPrivateTrade],
    ['private trade: many "not a private"', (n: number) => 'not a private '.repeat(n / 14), saysPrivateTrade],
  ] as const)('%s', (_name, make, scan) => {
    expect(growthRatio(make, scan as (input: string) => unknown, 250)).toBeLessThan(LINEAR_LIMIT);
  });

  it('number fields: digits then a letter', () => {
    expect(growthRatio((n) => `${'1'.repeat(n)}x`, toNumber, N)).toBeLessThan(LINEAR_LIMIT);
  });
});

describe('prolog', () => {
  it.each([
    ['<?xml version="1.0"?>\n<!-- c -->\n<ownershipDocument>', 'ownershipDocument', false, 0, 33],
    ['<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html>', 'html', false, 1, 90],
    ['<!DOCTYPE a><!DOCTYPE b><x:ownershipDocument xmlns:x="u">', 'ownershipDocument', false, 2, 24],
    ['<!DOCTYPE ownershipDocument [<!ENTITY a "b">]><ownershipDocument>', null, true, 1, -1],
    ['<!DOCTYPE a><!doctype b [ ]><ownershipDocument>', null, true, 2, -1],
    ['no element', null, false, 0, -1],
  ])('%j', (xml, root, internalSubset, doctypes, rootAt) => {
    expect(readProlog(xml)).toEqual({ root, internalSubset, doctypes, rootAt });
  });

  it('parseOwnership refuses many DOCTYPEs in one sentence', () => {
    const result = parseOwnership(`${'<!DOCTYPE a>'.repeat(3)}<ownershipDocument></ownershipDocument>`);
    expect(result.ok ? null : result.error.message).toBe(
      'Form 4 XML: the document has 3 DOCTYPE declarations where XML allows one; it was not read.',
    );
  });
});
