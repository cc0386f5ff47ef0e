// Bad input: parseOwnership never throws and says what went wrong in one sentence
// (docs/design.md section 7). Inputs are real files from the shared corpus, cut or altered, plus
// two hostile documents in test/fixtures/bad/. Each expectation below is worked out from the
// input: what the file's root element is, what it lacks, how big it is.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseOwnership } from '../lib/filing/parse-ownership';
import type { ParseResult } from '../lib/filing/model';
import { readCorpus } from './corpus-path';
import { growthRatio, LINEAR_LIMIT } from './growth';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/bad/${name}`, import.meta.url), 'utf8');

/** A plain Form 4: 1 owner, 5 non-derivative transactions, 6 footnotes, LF line endings. */
const AAPL = 'xml/InsidersTradeMonitor__AAPL_wf-form4_155718184308434.xml';

function errorOf(result: ParseResult): { message: string; details?: string } {
  if (result.ok) return expect.unreachable('expected an error, the input parsed');
  return result.error;
}

/** One sentence: non-empty, a single line, ending with a full stop. */
function expectOneSentence(message: string): void {
  expect(message.trim().length).toBeGreaterThan(0);
  expect(message).not.toMatch(/[\r\n]/);
  expect(message).toMatch(/\.$/);
}

/** `text` with `from` replaced; throws when `from` is not there, so that no case silently tests the original. */
function alter(text: string, from: string | RegExp, to: string): string {
  const altered = text.replace(from, to);
  if (altered === text) throw new Error(`test setup: ${String(from)} not found in the input`);
  return altered;
}

function countMatches(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

// ---------------------------------------------------------------------------------------------

interface BadCase {
  name: string;
  input: () => string;
  message: RegExp;
}

const BAD_INPUTS: BadCase[] = [
  { name: 'an empty string', input: () => '', message: /^Form 4 XML: the file is empty\.$/ },
  { name: 'whitespace only', input: () => ' \n\t\r\n  ', message: /^Form 4 XML: the file is empty\.$/ },
  {
    name: 'a byte-order mark and nothing else',
    input: () => '\ufeff',
    message: /^Form 4 XML: the file is empty\.$/,
  },
  {
    // The SEC's HTML rendering of a Form 4: <!DOCTYPE html PUBLIC …> then <html>.
    name: 'an HTML page (SEC rendering of a Form 4)',
    input: () => readCorpus('html/edgartools__form4.Evans.html'),
    message: /^Form 4 XML: expected <ownershipDocument> root, found <html>\.$/,
  },
  {
    // Named .xml, but it is an HTML rendering saved by its repository.
    name: 'an HTML rendering saved with an .xml name',
    input: () => readCorpus('html/edgar4j__MSFT_Form4_Example.xml'),
    message: /found <html>\.$/,
  },
  {
    name: 'an XML file of another kind (EDGAR Atom feed)',
    input: () => readCorpus('html/edgar_client__company_feed.atom.xml'),
    message: /^Form 4 XML: expected <ownershipDocument> root, found <feed>\.$/,
  },
  {
    // The namespace prefix is dropped when naming the root.
    name: 'an XBRL instance',
    input: () =>
      '<?xml version="1.0" encoding="UTF-8"?>\n<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance">\n  <xbrli:context id="c1"/>\n</xbrli:xbrl>\n',
    message: /^Form 4 XML: expected <ownershipDocument> root, found <xbrl>\.$/,
  },
  {
    // Cut at 60% the file ends inside a <nonDerivativeTransaction>, several elements open.
    name: 'a real filing cut at 60%',
    input: () => {
      const text = readCorpus(AAPL);
      return text.slice(0, Math.floor(text.length * 0.6));
    },
    message: /^Form 4 XML: line \d+: .*\(the file may be cut short\)\.$/,
  },
  {
    name: 'a real filing with a closing tag misspelt',
    input: () => alter(readCorpus(AAPL), '</issuerCik>', '</issuerCIK>'),
    message: /^Form 4 XML: line \d+: expected closing tag <\/issuerCik> instead of closing tag <\/issuerCIK>\.$/,
  },
  {
    name: 'a real filing with an unescaped ampersand',
    input: () => alter(readCorpus(AAPL), '<issuerName>APPLE INC</issuerName>', '<issuerName>APPLE & CO</issuerName>'),
    message: /^Form 4 XML: line \d+: char <&> is not expected\.$/,
  },
  {
    name: 'a real filing followed by a second copy (two roots)',
    input: () => {
      const text = readCorpus(AAPL);
      return text + alter(text, /^<\?xml[^>]*\?>/, '');
    },
    message: /^Form 4 XML: line \d+: multiple possible root nodes found\.$/,
  },
  {
    name: 'the documentType of an annual report ("10-K")',
    input: () => alter(readCorpus(AAPL), '<documentType>4</documentType>', '<documentType>10-K</documentType>'),
    message: /^Form 4 XML: unsupported <documentType> "10-K" \(expected 3, 4 or 5, or an amendment 3\/A, 4\/A, 5\/A\)\.$/,
  },
  {
    name: 'a filing without <issuerCik>',
    input: () => alter(readCorpus(AAPL), /<issuerCik>[^<]*<\/issuerCik>/, ''),
    message: /^Form 4 XML: missing <issuerCik> in <issuer>\.$/,
  },
  {
    name: 'a filing without any <reportingOwner>',
    input: () => alter(readCorpus(AAPL), /<reportingOwner>[\s\S]*<\/reportingOwner>/, ''),
    message: /^Form 4 XML: missing <reportingOwner>\.$/,
  },
  {
    name: 'a filing without <documentType>',
    input: () => alter(readCorpus(AAPL), '<documentType>4</documentType>', ''),
    message: /^Form 4 XML: missing <documentType>\.$/,
  },
  {
    // Text with no element at all.
    name: 'plain text',
    input: () => 'Form 4 - Statement of changes in beneficial ownership\nReporting person: Jane Doe\n',
    message: /^Form 4 XML: expected <ownershipDocument> root, found text with no XML element\.$/,
  },
  {
    name: 'an XML declaration and nothing else',
    input: () => '<?xml version="1.0" encoding="UTF-8"?>\n',
    message: /^Form 4 XML: expected <ownershipDocument> root, found text with no XML element\.$/,
  },
  {
    // The year-2000 Form 4 of the corpus: an SGML submission whose document is plain text.
    name: 'a submission with no <XML> block (a year-2000 plain-text Form 4)',
    input: () => readCorpus('submissions/edgartools__0001094891-00-000193.txt'),
    message: /^This submission holds no ownership XML: .*plain text.*\.$/,
  },
  {
    // Nested deeper than any ownership document; the XML reader refuses it.
    name: 'elements nested 10,000 deep inside <remarks>',
    input: () =>
      alter(readCorpus(AAPL), '<remarks>', `<remarks>${'<a>'.repeat(10_000)}x${'</a>'.repeat(10_000)}`),
    message: /^Form 4 XML: elements are nested deeper than any ownership document nests them; it was not read\.$/,
  },
];

describe('parseOwnership on bad input', () => {
  it.each(BAD_INPUTS)('$name → a one-sentence error', ({ input, message }) => {
    const error = errorOf(parseOwnership(input()));
    expect(error.message).toMatch(message);
    expectOneSentence(error.message);
  });

  it('never throws on any of the bad inputs', () => {
    for (const { input } of BAD_INPUTS) expect(() => parseOwnership(input())).not.toThrow();
  });
});

describe('hostile XML', () => {
  // Expanded, the document would be 3 GB of "lol": a refusal that names the entities is one
  // made before any expansion.
  it('refuses a "billion laughs" entity expansion', () => {
    const error = errorOf(parseOwnership(fixture('billion-laughs.xml')));
    expect(error.message).toMatch(/declares XML entities/);
    expectOneSentence(error.message);
  });

  it('refuses a "billion laughs" document whose root is not an ownership document (the DOCTYPE first)', () => {
    const text = alter(fixture('billion-laughs.xml'), /ownershipDocument/g, 'lolz');
    // An internal DOCTYPE subset is refused before anything else is read.
    expect(errorOf(parseOwnership(text)).message).toMatch(/declares XML entities/);
  });

  it('refuses an external entity (SYSTEM "file:///etc/passwd") without reading the file', () => {
    const result = parseOwnership(fixture('xxe-passwd.xml'));
    const error = errorOf(result);
    expect(error.message).toMatch(/declares XML entities/);
    expectOneSentence(error.message);
    expect(JSON.stringify(result)).not.toMatch(/root:/);
  });

  it('parses the same two documents once the entity declarations and references are gone (so the entities are what is refused)', () => {
    for (const name of ['billion-laughs.xml', 'xxe-passwd.xml']) {
      const text = alter(alter(fixture(name), /<!DOCTYPE[\s\S]*?\]>/, ''), /&\w+;/g, 'x');
      const result = parseOwnership(text);
      expect(result.ok, name).toBe(true);
    }
  });

  it('refuses a lower-case or parameter entity declaration too', () => {
    const base = alter(readCorpus(AAPL), /^<\?xml[^>]*\?>/, '');
    for (const doctype of [
      '<!DOCTYPE ownershipDocument [<!entity a "b">]>',
      '<!DOCTYPE ownershipDocument [<!ENTITY % p SYSTEM "http://example.invalid/x.dtd"> %p;]>',
    ]) {
      expect(errorOf(parseOwnership(doctype + base)).message).toMatch(/declares XML entities/);
    }
  });
});

describe('size limits', () => {
  it('refuses a 10 MB file (a real filing with its nonDerivativeTable repeated), saying how big it is in MB', () => {
    const text = readCorpus(AAPL);
    const table = /<nonDerivativeTable>[\s\S]*?<\/nonDerivativeTable>/.exec(text)![0];
    const copies = Math.ceil((10 * 1024 * 1024) / table.length) + 1;
    const huge = alter(text, table, table.repeat(copies));
    expect(huge.length).toBeGreaterThan(10 * 1024 * 1024);
    expect(huge.length).toBeLessThan(10.5 * 1024 * 1024); // so it reads "10.0 MB" to "10.4 MB"
    const error = errorOf(parseOwnership(huge));
    expect(error.message).toMatch(/^Form 4 XML: the document is 10\.[0-4] MB, more than the 5\.0 MB/);
    expectOneSentence(error.message);
  });

  it('parses a 4 MB file with thousands of rows, with the right row count', () => {
    const text = readCorpus(AAPL);
    const transaction = /<nonDerivativeTransaction>[\s\S]*?<\/nonDerivativeTransaction>/.exec(text)![0];
    const before = countMatches(text, /<nonDerivativeTransaction>/g);
    expect(before).toBe(5);
    const copies = Math.ceil((4 * 1024 * 1024) / transaction.length);
    // The first transaction replaced by `copies` copies of itself.
    const big = alter(text, transaction, transaction.repeat(copies));
    expect(big.length).toBeGreaterThan(4 * 1024 * 1024);
    expect(big.length).toBeLessThan(5 * 1024 * 1024);
    const expectedRows = before - 1 + copies;
    expect(expectedRows).toBeGreaterThan(2000);

    const result = parseOwnership(big);
    if (!result.ok) expect.unreachable(result.error.message);
    const { transactions } = result.filing.document;
    expect(transactions.length).toBe(expectedRows);
    expect(transactions.every((row) => row.table === 'nonDerivative' && row.kind === 'transaction')).toBe(true);
    expect(transactions.at(-1)!.index).toBe(expectedRows - 1);
    // Every copy keeps the first transaction's values.
    const first = transactions[0]!;
    expect(transactions.slice(0, copies).every((row) => row.shares.text === first.shares.text && row.code === first.code)).toBe(
      true,
    );
  });

  it('parses in time linear in its rows (100 copies of a transaction against 1,600)', () => {
    const text = readCorpus(AAPL);
    const transaction = /<nonDerivativeTransaction>[\s\S]*?<\/nonDerivativeTransaction>/.exec(text)![0];
    const withCopies = (copies: number) => alter(text, transaction, transaction.repeat(copies));
    expect(growthRatio(withCopies, parseOwnership, 100)).toBeLessThan(LINEAR_LIMIT);
  });
});

describe('harmless variations still parse', () => {
  const original = () => {
    const result = parseOwnership(readCorpus(AAPL));
    if (!result.ok) return expect.unreachable(result.error.message);
    return result.filing.document;
  };

  it.each([
    ['a byte-order mark at the start', (text: string) => `\ufeff${text}`],
    ['CRLF line endings', (text: string) => text.replace(/\r?\n/g, '\r\n')],
    ['leading whitespace before <?xml', (text: string) => `\n\n   \t${text}`],
    ['BOM, then whitespace, then <?xml, with CRLF endings', (text: string) => `\ufeff \r\n${text.replace(/\r?\n/g, '\r\n')}`],
    ['no XML declaration', (text: string) => text.replace(/^<\?xml[^>]*\?>\s*/, '')],
    ['a comment before the root', (text: string) => text.replace(/\?>/, '?>\n<!-- saved from sec.gov -->')],
  ])('%s', (_name, alter) => {
    const text = alter(readCorpus(AAPL));
    expect(text).not.toBe(readCorpus(AAPL));
    const result = parseOwnership(text);
    if (!result.ok) expect.unreachable(result.error.message);
    expect(result.filing.document).toEqual(original());
  });

  it('reads a DOCTYPE with an external subset (SYSTEM) without fetching anything', () => {
    const text = alter(readCorpus(AAPL), 
      '<ownershipDocument>',
      '<!DOCTYPE ownershipDocument SYSTEM "file:///etc/passwd">\n<ownershipDocument>',
    );
    const result = parseOwnership(text);
    if (!result.ok) expect.unreachable(result.error.message);
    expect(result.filing.document).toEqual(original());
  });
});

// ---------------------------------------------------------------------------------------------
// Parser bugs found while writing these tests, now fixed: each test keeps it fixed.

describe('regressions', () => {
  it('1. the "no XML element" message ends with a full stop like every other message', () => {
    expectOneSentence(errorOf(parseOwnership('plain text')).message);
  });

  it('2. a file cut short with several elements open says so, on the line where it ends', () => {
    const text = readCorpus(AAPL);
    const cut = text.slice(0, Math.floor(text.length * 0.6));
    const lines = cut.split('\n').length;
    const { message } = errorOf(parseOwnership(cut));
    // Was: 'Form 4 XML: line 1: invalid <[    "ownershipDocument",    "nonDerivativeTable", …]> found.'
    expect(message).toMatch(/unclosed|cut short/);
    expect(lines).toBeGreaterThan(1);
    // The line where the cut file ends (its last non-blank line).
    expect(message).toMatch(new RegExp(`^Form 4 XML: line ${cut.trimEnd().split('\n').length}: `));
  });

  it('3. a filed value quoted in a message cannot break it over several lines', () => {
    const text = alter(readCorpus(AAPL), '<documentType>4</documentType>', '<documentType>10-K\nAnnual report</documentType>');
    expect(errorOf(parseOwnership(text)).message).not.toMatch(/[\r\n]/);
  });

  // 4 to 6 took seconds (exponential or quadratic) before their fixes: now linear in the input.
  it('4. an unterminated DOCTYPE with [] pairs is refused in linear time (exponential regex in findRootName)', () => {
    expect(growthRatio((n) => `<!DOCTYPE ${'[]'.repeat(n)}`, parseOwnership, 2_000)).toBeLessThan(LINEAR_LIMIT);
  });

  it('5. a value of thousands of digits followed by a letter is read in linear time (quadratic DECIMAL regex in toNumber)', () => {
    const withDigits = (n: number) =>
      alter(readCorpus(AAPL), /<transactionShares>\s*<value>[^<]*<\/value>/, `<transactionShares><value>${'1'.repeat(n)}x</value>`);
    expect(growthRatio(withDigits, parseOwnership, 1_000)).toBeLessThan(LINEAR_LIMIT);
  });

  it('6. a submission of thousands of unclosed <XML> tags is refused in linear time (quadratic XML_BLOCK scan)', () => {
    expect(growthRatio((n) => `<SEC-DOCUMENT>\n${'<XML>'.repeat(n)}`, parseOwnership, 1_250)).toBeLessThan(LINEAR_LIMIT);
  });

  it('7. a modern submission cut inside its XML is described as cut short, not as a pre-2003 plain-text filing', () => {
    const submission = readCorpus('submissions/sec-edgar-parser__1.txt');
    const cut = submission.slice(0, submission.indexOf('</ownershipDocument>'));
    const { message } = errorOf(parseOwnership(cut));
    expect(message).not.toMatch(/before mid-2003/);
    expect(message).toMatch(/cut short/);
  });

  it('7b. a submission cut right after its document but before </XML> still reads the document', () => {
    const submission = readCorpus('submissions/sec-edgar-parser__1.txt');
    expect(parseOwnership(submission.slice(0, submission.indexOf('</XML>'))).ok).toBe(true);
  });
});

describe('size limit counts UTF-8 bytes', () => {
  it('refuses a document of 3.9 million characters that is 11.2 MiB in UTF-8', () => {
    // Each "€" is one UTF-16 unit and 3 UTF-8 bytes: 3.9M x 3 = 11.7 million bytes, 11.2 MiB.
    const text = `<ownershipDocument><remarks>${'€'.repeat(3_900_000)}</remarks></ownershipDocument>`;
    expect(errorOf(parseOwnership(text)).message).toMatch(/the document is 11\.2 MB, more than the 5\.0 MB/);
  });
});
