// isWellFormed (lib/xml/xml-well-formed.ts) stands in front of fast-xml-parser's XMLValidator, which
// now runs only to word a refusal: it must refuse whatever the validator refuses. Checked on
// every mutated corpus case of test/mutation-cases.ts, on the corpus as filed, and on a table
// of small documents, each fault on its own.

import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { isWellFormed } from '../lib/xml/xml-well-formed';
import { listCorpus, readCorpus } from './corpus-path';
import { mutationCases } from './mutation-cases';

const DOC = (body: string) => `<?xml version="1.0"?>\n<ownershipDocument>${body}</ownershipDocument>\n`;

describe('isWellFormed', () => {
  it.each([
    ['a plain document', DOC('<issuer><issuerCik>0000320193</issuerCik></issuer>')],
    ['attributes, both quotes, self-closing', DOC(`<price><footnoteId id="F1"/><footnoteId id='F2' /></price>`)],
    ['references', DOC('<remarks>A &amp; B &lt; C &#233; &#xE9; &apos;</remarks>')],
    ['a comment, a CDATA section, a processing instruction', DOC('<!-- note --><remarks><![CDATA[a < b & c]]></remarks><?pi x?>')],
    ['a DOCTYPE and a comment before the root, space after', `<?xml version="1.0"?>\n<!DOCTYPE ownershipDocument>\n<!-- x -->\n<ownershipDocument></ownershipDocument>\n\n`],
    ['namespaced names', '<ownershipDocument xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:a="1"></ownershipDocument>'],
    ['non-ASCII names', '<ownershipDocument><r\u00e9sum\u00e9>x</r\u00e9sum\u00e9></ownershipDocument>'],
    ['a closing tag with space before >', '<ownershipDocument><a>1</a  ></ownershipDocument>'],
  ])('accepts %s', (_label, xml) => {
    expect(XMLValidator.validate(xml), 'the validator agrees').toBe(true);
    expect(isWellFormed(xml)).toBe(true);
  });

  it.each([
    ['an unclosed element', DOC('<issuer>')],
    ['a mismatched closing tag', DOC('<issuer></issuerr>')],
    ['a closing tag never opened', '<ownershipDocument></a></ownershipDocument>'],
    ['a file cut short', DOC('<issuer>').slice(0, 40)],
    ['text before the root', `x${DOC('')}`],
    ['text after the root', `${DOC('')}x`],
    ['two roots', `${DOC('')}<b/>`],
    ['a bare ampersand', DOC('<remarks>A & B</remarks>')],
    ['an empty reference', DOC('<remarks>&;</remarks>')],
    ['a reference with no semicolon', DOC('<remarks>&amp B</remarks>')],
    ['a bad numeric reference', DOC('<remarks>&#12a;</remarks>')],
    ['an invalid tag name', DOC('<1abc>x</1abc>')],
    ['space after <', DOC('< a>x</a>')],
    ['an attribute without quotes', DOC('<a id=F1>x</a>')],
    ['an attribute without value', DOC('<a id>x</a>')],
    ['a repeated attribute', DOC('<a id="1" id="2">x</a>')],
    ['attributes without space between', DOC('<a id="1"b="2">x</a>')],
    ['an open quote', DOC('<a id="1>x</a>')],
    ['attributes on a closing tag', DOC('<a>x</a id="1">')],
    ['an XML declaration after the start', '<!-- c --><?xml version="1.0"?><ownershipDocument></ownershipDocument>'],
    ['no element at all', '<?xml version="1.0"?>\n'],
  ])('refuses %s', (_label, xml) => {
    expect(isWellFormed(xml)).toBe(false);
  });

  it('refuses a few shapes the validator lets through: an unclosed comment, </a/>', () => {
    expect(isWellFormed(DOC('<!-- never closed'))).toBe(false);
    expect(isWellFormed(DOC('<a>x</a/>'))).toBe(false);
  });

  it('accepts every corpus filing the validator accepts', () => {
    const files = [...listCorpus('xml'), ...listCorpus('submissions')];
    expect(files.length).toBeGreaterThan(500);
    const xmlOf = (text: string) => {
      const start = text.indexOf('<XML>');
      return (start === -1 ? text : text.slice(start + 5, text.indexOf('</XML>', start))).trimStart();
    };
    const disagree = files.filter((file) => {
      const xml = xmlOf(readCorpus(file));
      return XMLValidator.validate(xml) === true && !isWellFormed(xml);
    });
    expect(disagree).toEqual([]);
  });

  it('refuses every mutated corpus case the validator refuses', () => {
    const missed = mutationCases()
      .filter((c) => XMLValidator.validate(c.text.trimStart()) !== true && isWellFormed(c.text.trimStart()))
      .map((c) => `case ${c.id} (${c.kind} of ${c.file})`);
    expect(missed).toEqual([]);
  });
});
