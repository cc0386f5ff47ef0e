// lib/xml/ordered-tree.ts converts fast-xml-parser's ordered tree itself (the parser's general
// converter was a fifth of a parse): for the parser options of lib/filing/parse-ownership.ts, the
// result must equal what fast-xml-parser's own converter gives, with isArray naming the same
// repeated elements. Checked on every corpus filing and on the well-formed mutated cases.

import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toPlainObject, type OrderedNode } from '../lib/xml/ordered-tree';
import { REPEATED_ELEMENTS } from '../lib/filing/ownership-schema';
import { XML_PARSER_OPTIONS } from '../lib/filing/parse-ownership';
import { isWellFormed } from '../lib/xml/xml-well-formed';
import { listCorpus, readCorpus } from './corpus-path';
import { mutationCases } from './mutation-cases';

const ordered = new XMLParser(XML_PARSER_OPTIONS);
const converted = new XMLParser({
  ...XML_PARSER_OPTIONS,
  preserveOrder: false,
  isArray: (name, _path, _isLeaf, isAttribute) => !isAttribute && REPEATED_ELEMENTS.has(name),
});

function xmlOf(text: string): string {
  const start = text.indexOf('<XML>');
  return (start === -1 ? text : text.slice(start + 5, text.indexOf('</XML>', start))).trimStart();
}

function expectSameTree(xml: string, label: string): void {
  expect(toPlainObject(ordered.parse(xml) as OrderedNode[], REPEATED_ELEMENTS), label).toEqual(converted.parse(xml));
}

describe('toPlainObject', () => {
  it('turns text-only elements into text, empty ones into "", repeats and listed names into arrays', () => {
    const xml = '<r><a>1</a><a>2</a><b/><footnote id="F1">x</footnote><c k="v"/><d>t<e>u</e>w</d></r>';
    expect(toPlainObject(ordered.parse(xml) as OrderedNode[], REPEATED_ELEMENTS)).toEqual({
      r: { a: ['1', '2'], b: '', footnote: [{ id: 'F1', '#text': 'x' }], c: { k: 'v' }, d: { e: 'u', '#text': 'tw' } },
    });
    expectSameTree(xml, 'the small document');
  });

  it('gives what fast-xml-parser gives on every corpus filing', () => {
    const files = [...listCorpus('xml'), ...listCorpus('submissions')];
    expect(files.length).toBeGreaterThan(500);
    for (const file of files) {
      const xml = xmlOf(readCorpus(file));
      if (isWellFormed(xml)) expectSameTree(xml, file);
    }
  });

  it('gives what fast-xml-parser gives on the mutated cases that are still well-formed', () => {
    const cases = mutationCases().filter((c) => isWellFormed(c.text.trimStart()));
    expect(cases.length).toBeGreaterThan(500);
    for (const c of cases) expectSameTree(c.text.trimStart(), `case ${c.id}`);
  });
});
