// lib/xml/xml-tree.ts builds, in the well-formedness pass, the ordered tree fast-xml-parser gives
// for lib/filing/parse-ownership.ts's options. Expected trees come from fast-xml-parser itself,
// configured as lib configures it and handed the text from the root on, as lib hands it: on every
// corpus filing, on every mutated case of test/mutation-cases.ts, on seeded random documents
// (names with and without prefixes, namespace declarations, references, CDATA, comments inside
// text, CR and CRLF, white space beyond ASCII) and on seeded random insertions into corpus
// filings. The shapes the single pass leaves to fast-xml-parser are listed, and refused by
// parseOwnership as before when fast-xml-parser refuses them.

import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { extractOwnershipXml, isSubmission } from '../lib/filing/extract-ownership-xml';
import { parseOwnership, XML_PARSER_OPTIONS } from '../lib/filing/parse-ownership';
import type { OrderedNode } from '../lib/xml/ordered-tree';
import { readProlog } from '../lib/xml/xml-prolog';
import { readXmlTree } from '../lib/xml/xml-tree';
import { isWellFormed } from '../lib/xml/xml-well-formed';
import { listCorpus, readCorpus } from './corpus-path';
import { growthRatio, LINEAR_LIMIT } from './growth';
import { mutationCases } from './mutation-cases';

const parser = new XMLParser(XML_PARSER_OPTIONS);

/** Longer hunts: FUZZ_RUNS=20000 FUZZ_SEED=n npx vitest run test/xml-tree.test.ts. */
const RUNS = Number(process.env.FUZZ_RUNS) || 300;
const SEED = Number(process.env.FUZZ_SEED) || 20261206;

/** The XML parseOwnership reads from a text: the ownership document of a submission, from its first non-blank character. */
function xmlAsRead(text: string): string {
  let xml = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (isSubmission(xml)) {
    const extracted = extractOwnershipXml(xml);
    if (extracted.kind === 'xml') xml = extracted.xml;
  }
  return xml.trimStart();
}

/** fast-xml-parser's tree of a well-formed text, from its root on, as lib/filing/parse-ownership.ts asks for it. */
function parserTree(xml: string): OrderedNode[] {
  return parser.parse(xml.slice(readProlog(xml).rootAt)) as OrderedNode[];
}

type Outcome = 'not well-formed' | 'left to fast-xml-parser' | 'same tree';

/** Compares the single-pass tree with fast-xml-parser's; says which case the text was. */
function compare(xml: string, label: string): Outcome {
  const read = readXmlTree(xml);
  expect(read.wellFormed, `${label}: well-formed as isWellFormed says`).toBe(isWellFormed(xml));
  if (!read.wellFormed) return 'not well-formed';
  if (read.nodes === null) return 'left to fast-xml-parser';
  expect(read.nodes, label).toEqual(parserTree(xml));
  return 'same tree';
}

function count(outcomes: Outcome[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { 'not well-formed': 0, 'left to fast-xml-parser': 0, 'same tree': 0 };
  for (const outcome of outcomes) counts[outcome] += 1;
  return counts;
}

const DOC = (body: string, attributes = '') => `<?xml version="1.0"?>\n<ownershipDocument${attributes}>${body}</ownershipDocument>\n`;

describe('readXmlTree', () => {
  it.each([
    ['elements, text and empty elements', DOC('<a>1</a><a>2</a><b/><c></c>')],
    ['attributes, both quotes, self-closing', DOC(`<price><footnoteId id="F1"/><footnoteId id='F2' /></price>`)],
    ['attribute values trimmed, decoded, with > and < inside', DOC('<a k="  x &amp; y  " l="1 > 0" m="a<b">t</a>')],
    ['namespace prefixes removed, xmlns declarations left out', DOC('<x:a xsi:type="t">1</x:a>', ' xmlns="u" xmlns:xsi="v" b="c"')],
    ['only xmlns attributes: no ":@"', DOC('<a xmlns="u">1</a>')],
    ['two attributes with one local name: the last value, the first place', DOC('<a p:k="1" l="2" q:k="3"/>')],
    ['references decoded after trimming', DOC('<a> &#32;x&#32; </a><b>&lt;&#233;&#x202E;&amp;#233;</b>')],
    ['mixed content', DOC('<d>t<e>u</e>w</d>')],
    ['text split by a comment is one text', DOC('<a> x <!-- c --> y </a><b><!-- c -->z</b>')],
    ['CDATA as filed, even empty or blank', DOC('<a>x<![CDATA[ a < b & c ]]>y</a><b><![CDATA[]]></b><c><![CDATA[  ]]></c>')],
    ['CRLF and CR as LF, in text, attributes and CDATA', DOC('\r\n<a k="1\r\n2\r3">x\r\ny\rz</a><b><![CDATA[p\r\nq]]></b>\r\n')],
    ['white space beyond ASCII trimmed as JavaScript trims it', DOC('<a>\u00a0x\u3000</a><b>\u00a0</b><c>\ufeffy\u2028</c><d>\u000bz\u000c</d>')],
    ['names beyond ASCII in values only', DOC('<a k="r\u00e9sum\u00e9">caf\u00e9 \ud83d\ude00</a>')],
    ['comments, DOCTYPE and declaration before the root, comments after', `<?xml version="1.0"?>\n<!DOCTYPE ownershipDocument>\n<!-- x -->${DOC('<a>1</a>').slice(22)}<!-- after -->\n`],
    ['a name that is an integer once its prefix is gone', DOC('<a:1>x</a:1><b c:2="y"/>')],
    ['end tags with space before >', DOC('<a>1</a  ><b>2</b\n>')],
    ['99 elements deep', `<ownershipDocument>${'<a>'.repeat(98)}x${'</a>'.repeat(98)}</ownershipDocument>`],
  ])('%s: fast-xml-parser\'s tree', (label, xml) => {
    expect(compare(xml, label)).toBe('same tree');
  });

  it('gives the tree lib reads: root, attributes and text', () => {
    expect(readXmlTree(DOC('<x:a k=" v ">&amp; b</x:a><c/>', ' xmlns:x="u"')).nodes).toEqual([
      { ownershipDocument: [{ a: [{ '#text': '& b' }], ':@': { k: 'v' } }, { c: [] }] },
    ]);
  });

  it.each([
    ['a processing instruction inside the root', DOC('<a>x<?pi y?>z</a>')],
    ['a processing instruction after the root', `${DOC('')}<?pi y?>`],
    ['a name beyond ASCII', DOC('<r\u00e9sum\u00e9>x</r\u00e9sum\u00e9>')],
    ['an attribute name beyond ASCII', DOC('<a k\u00e9="1"/>')],
    ['a name with two colons', DOC('<a:b:c>x</a:b:c>')],
    ['an attribute name with two colons', DOC('<a p:q:r="1"/>')],
    ['a name ending with a colon', DOC('<a:>x</a:>')],
    ['a name starting with a colon', DOC('<:a>x</:a>')],
    ['an element named __proto__', DOC('<__proto__>x</__proto__>')],
    ['an element named constructor', DOC('<constructor/>')],
    ['an element named toString', DOC('<toString>x</toString>')],
    ['an attribute named prototype', DOC('<a prototype="1"/>')],
    ['an attribute named hasOwnProperty once its prefix is gone', DOC('<a x:hasOwnProperty="1"/>')],
    ['elements 100 deep', `<ownershipDocument>${'<a>'.repeat(99)}x${'</a>'.repeat(99)}</ownershipDocument>`],
  ])('leaves %s to fast-xml-parser', (label, xml) => {
    expect(compare(xml, label)).toBe('left to fast-xml-parser');
  });

  it('refuses what fast-xml-parser refuses among the shapes left to it, as parseOwnership did', () => {
    for (const xml of [DOC('<__proto__>x</__proto__>'), DOC('<a constructor="1"/>'), DOC('<a>x<?pi __proto__="1"?></a>')]) {
      expect(() => parserTree(xml)).toThrow();
      const result = parseOwnership(xml);
      expect(result.ok ? null : result.error.message).toBe('Form 4 XML: the XML could not be read.');
    }
    const deep = `<ownershipDocument>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</ownershipDocument>`;
    const result = parseOwnership(deep);
    expect(result.ok ? null : result.error.message).toBe(
      'Form 4 XML: elements are nested deeper than any ownership document nests them; it was not read.',
    );
  });

  it('gives fast-xml-parser\'s tree on every corpus filing', () => {
    const files = [...listCorpus('xml'), ...listCorpus('submissions')];
    const counts = count(files.map((file) => compare(xmlAsRead(readCorpus(file)), file)));
    expect(files.length).toBeGreaterThan(500);
    // Every filing the parser reads is read in one pass.
    expect(counts['left to fast-xml-parser']).toBe(0);
    expect(counts['same tree']).toBeGreaterThan(500);
  });

  it('gives fast-xml-parser\'s tree on every mutated case that is still well-formed', () => {
    const cases = mutationCases();
    const counts = count(cases.map((c) => compare(xmlAsRead(c.text), `case ${c.id} (${c.kind} of ${c.file})`)));
    expect(counts['same tree']).toBeGreaterThan(1000);
  });
});

// ---------------------------------------------------------------------------------------------
// Seeded random documents.

const localNames = fc.constantFrom('a', 'b', 'value', 'footnoteId', 'x-y', 'x.y', '_z', 'A1', 'id', 'xmlns', 'xmlnsx', 'T');
const prefixes = fc.constantFrom('', '', '', 'p:', 'xsi:', 'xmlns:');
const elementName = fc.tuple(fc.constantFrom('', '', 'p:', 'q:'), localNames).map(([prefix, name]) => prefix + name);
const attributeName = fc.tuple(prefixes, localNames).map(([prefix, name]) => prefix + name);

const textBit = fc.constantFrom(
  ' ', '  ', '\n', '\r\n', '\r', '\t', '\u000b', '\u00a0', '\u3000', '\ufeff', '\u2028', 'x', 'abc', '1.5', '>', ']]',
  '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#32;', '&#233;', '&#xE9;', '&#x202E;', '&#0;', '&#27;', '&amp;#233;', 'caf\u00e9', '\ud83d\ude00',
);
const text = fc.array(textBit, { maxLength: 6 }).map((bits) => bits.join(''));
const valueBit = fc.oneof(textBit, fc.constantFrom('<', "'", '"'));
const attributeValue = fc.array(valueBit, { maxLength: 5 }).map((bits) => bits.join(''));

/** `name="value"` pairs with distinct names as filed, quoted with whichever quote the value lacks. */
const attributes = fc.uniqueArray(fc.tuple(attributeName, attributeValue), { maxLength: 4, selector: ([name]) => name }).map((pairs) =>
  pairs
    .map(([name, value]) => {
      const quote = value.includes('"') ? "'" : '"';
      const safe = quote === "'" ? value.replaceAll("'", '') : value;
      return `${[' ', '\n', '  ', '\t'][name.length % 4]}${name}${['', ' '][value.length % 2]}=${quote}${safe}${quote}`;
    })
    .join(''),
);

const misc = fc.oneof(
  text,
  fc.constantFrom('<!-- c -->', '<!---->', '<![CDATA[]]>', '<![CDATA[ a < b & c ]]>', '<![CDATA[x\r\ny]]>', '<![CDATA[  ]]>'),
);

const element: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.tuple(elementName, attributes, text, fc.boolean()).map(([name, attrs, body, empty]) => (empty ? `<${name}${attrs}/>` : `<${name}${attrs}>${body}</${name}>`))
    : fc
        .tuple(elementName, attributes, fc.array(fc.oneof(element(depth - 1), misc), { maxLength: 5 }), fc.constantFrom('', ' ', '\n'))
        .map(([name, attrs, content, space]) => `<${name}${attrs}>${content.join('')}</${name}${space}>`),
);

const document = fc
  .tuple(fc.constantFrom('', '<?xml version="1.0"?>\n', '<?xml version="1.0"?>\r\n<!-- c -->\r\n<!DOCTYPE r>\n'), element(4), fc.constantFrom('', '\n', '<!-- after -->\n'))
  .map(([prolog, root, after]) => `${prolog}${root}${after}`);

/** Bits inserted into corpus filings after a tag: mostly what keeps them well-formed, some that does not. */
const insertion = fc.oneof(
  { arbitrary: fc.oneof(element(2), misc), weight: 4 },
  { arbitrary: fc.constantFrom('<', '&', '</a>', '<a>', '<?pi?>', ']]>'), weight: 1 },
);
const INSERT_FILES = [
  'xml/InsidersTradeMonitor__AAPL_wf-form4_155718184308434.xml',
  'xml/edgar_client__form3.xml',
  'xml/edgartools__form5.snow.xml',
  'submissions/sec-edgar-parser__form4A.txt',
].map((file) => xmlAsRead(readCorpus(file)));

/** `bit` inserted after the `pick`-th `>` of `xml` (counted round). */
function insertAfterTag(xml: string, pick: number, bit: string): string {
  const ends = [...xml.matchAll(/>/g)].map((match) => match.index + 1);
  const at = ends[pick % ends.length]!;
  return xml.slice(0, at) + bit + xml.slice(at);
}

describe('readXmlTree on seeded random input', () => {
  it('random documents: fast-xml-parser\'s tree', () => {
    const outcomes: Outcome[] = [];
    fc.assert(
      fc.property(document, (xml) => {
        outcomes.push(compare(xml, JSON.stringify(xml)));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(count(outcomes)['same tree']).toBeGreaterThan(RUNS / 2);
  });

  it('corpus filings with elements, text, comments and CDATA inserted: fast-xml-parser\'s tree, or refused as isWellFormed refuses them', () => {
    const outcomes: Outcome[] = [];
    fc.assert(
      fc.property(fc.nat(INSERT_FILES.length - 1), fc.array(fc.tuple(fc.nat(), insertion), { minLength: 1, maxLength: 3 }), (i, inserts) => {
        const xml = inserts.reduce((doc, [pick, bit]) => insertAfterTag(doc, pick, bit), INSERT_FILES[i]!);
        outcomes.push(compare(xml, JSON.stringify(inserts)));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(count(outcomes)['same tree']).toBeGreaterThan(RUNS / 4);
    expect(count(outcomes)['not well-formed']).toBeGreaterThan(0);
  });
});

describe('readXmlTree stays linear (test/growth.ts)', () => {
  it.each([
    ['many rows', (n: number) => DOC(`<r k="v">${'<a>1 &amp; 2</a><!-- c --><b x:y="z"/>'.repeat(n / 40)}</r>`)],
    ['one long text split by comments', (n: number) => DOC(`<a>${'x<!---->'.repeat(n / 8)}</a>`)],
    ['deep nesting left to fast-xml-parser', (n: number) => `<r>${'<a>'.repeat(n / 7)}${'</a>'.repeat(n / 7)}</r>`],
    ['many attributes', (n: number) => DOC(`<a${Array.from({ length: n / 12 }, (_, i) => ` k${i}="v"`).join('')}/>`)],
  ])('%s', (_name, make) => {
    expect(growthRatio(make, readXmlTree, 4_000)).toBeLessThan(LINEAR_LIMIT);
  });
});
