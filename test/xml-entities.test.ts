// Entity and character references in filing text (docs/design.md section 7): decoded once, then
// control characters removed wherever the text is read.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOwnership } from '../lib/filing/parse-ownership';
import { decodeXmlEntities } from '../lib/xml/xml-entities';
import { corpusFile } from './corpus-path';

describe('decodeXmlEntities', () => {
  it.each([
    ['caf&#233;', 'café'],
    ['caf&#xE9; &#XE9;', 'café é'],
    ['&#x202E;abc', '\u202Eabc'],
    ['&#27;[2J', '\u001b[2J'],
    ['&#x1F600;', '\u{1F600}'],
    ['&lt;b&gt; &quot;x&quot; &apos;y&apos; &amp;', `<b> "x" 'y' &`],
    // Decoded once: an escaped reference stays the text of a reference.
    ['&amp;#233;', '&#233;'],
    // Not characters: NUL, a lone surrogate, beyond Unicode.
    ['&#0;|&#xD800;|&#x110000;', '\uFFFD|\uFFFD|\uFFFD'],
    // Not references: left as filed.
    ['&eacute; &#; &#x; &#12345678; & alone', '&eacute; &#; &#x; &#12345678; & alone'],
  ])('%j -> %j', (text, expected) => {
    expect(decodeXmlEntities(text)).toBe(expected);
  });
});

describe('parseOwnership reads references in values, footnotes and attributes', () => {
  const base = readFileSync(corpusFile('xml/InsidersTradeMonitor__AAPL_wf-form4_156582182214854.xml'), 'utf8');
  const text = base
    .replace('LEVINSON ARTHUR D', 'L&#201;VINSON &#x202E;ARTHUR&#27;]0;pwned&#7; D')
    .replace(/<footnote id="F1">[\s\S]*?<\/footnote>/, '<footnote id="F&#49;">caf&#233; &amp;#233; &lt;b&gt;\u0085</footnote>');

  it('decodes them, keeps bidi controls for the views to isolate, and drops C0/C1 controls', () => {
    const result = parseOwnership(text);
    if (!result.ok) return expect.unreachable(result.error.message);
    const { reportingOwners, footnotes } = result.filing.document;
    expect(reportingOwners[0]!.name).toBe('LÉVINSON \u202EARTHUR]0;pwned D');
    expect(footnotes[0]).toEqual({ id: 'F1', text: 'café &#233; <b>' });
  });
});
