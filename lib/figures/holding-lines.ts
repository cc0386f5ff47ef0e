// Which holding line each row of a filing is on (docs/design.md section 10, "A holding line is
// one position, however it is written"). A line is a security held one way: table, title,
// direct or indirect, the nature of ownership and, in table II, strike and expiry.
//
// Footnote ids are renumbered in every filing, so they never name a line. A nature that only
// points to footnotes ("See Footnote", empty) is named by the texts of the footnotes it cites
// (Aurora's Form 4 of 2021-11-03 has three "See Footnote" lines, F1, F2 and F5: three
// positions). A nature that describes the holding ("by Trust") names the line itself, unless the
// same filing cites different footnotes on it (two trusts); then the footnotes' texts tell the
// lines apart. A row that cites none of them where its line does (Musk's 2021-11-10 Form 4:
// one of 30 "by Trust" rows lacks "(1)") joins the line whose amount it continues: its amount
// after is the line's last amount after, plus or minus its own shares.

import { add, compare, subtract, toDecimal, type Decimal } from './decimal';
import type { OwnershipDocument, Row } from '../filing/model';
import { allRows, toFootnoteTexts } from '../filing/rows';
import { hash64 } from '../text/hash64';
import { normalise } from '../text/text-key';

// "See Footnote", "See footnotes (1)", "See Footnote 3", "Footnote", "(1)": a pointer, not a
// description. The pointer words are removed, then only numbers and punctuation may remain
// (two linear passes; no nested quantifiers).
const POINTER_WORDS = /\b(?:see|foot\s?notes?|notes?|and|fn)\b/gi;
const NUMBERS_AND_PUNCTUATION = /^[\s\d(),&.#:;fF-]*$/;

/** The nature names nothing by itself: empty, or only a pointer to footnotes. */
export function isOnlyAFootnotePointer(nature: string | null): boolean {
  const text = (nature ?? '').slice(0, 200);
  return NUMBERS_AND_PUNCTUATION.test(text.replace(POINTER_WORDS, ''));
}

/** Footnotes cited on how the row is held: its direct/indirect and nature fields. */
export function natureFootnoteIds(row: Row): string[] {
  return [...new Set([...row.directOrIndirect.footnoteIds, ...row.natureOfOwnership.footnoteIds])];
}

/**
 * Everything that names the line but footnotes: rows that differ here are never one line. A
 * pointer's own words name nothing ("See Footnote" one year, "See Footnotes" the next).
 */
function toWrittenKey(row: Row, pointerOnly: boolean): string {
  const nature = pointerOnly ? '(footnotes)' : normalise(row.natureOfOwnership.text);
  const parts = [row.table, normalise(row.securityTitle.text), row.directOrIndirect.text ?? '', nature];
  if (row.table === 'derivative') parts.push(row.conversionOrExercisePrice.text ?? '', row.expirationDate.text ?? '');
  return parts.join('\u0000');
}

interface Group {
  written: string;
  pointerOnly: boolean;
  /** Footnote texts (hashed) of the rows that cite some, by first appearance. */
  cited: Set<string>;
}

interface LineState {
  key: string;
  lastAfter: Decimal | null;
}

function sharesAfter(row: Row): Decimal | null {
  const field = row.sharesOwnedAfter;
  return field.value === null ? null : toDecimal(field.value, field.text);
}

/** The amount after the row if it continued `line`: the line's last amount +/- the row's shares. */
function continues(row: Row, line: LineState): boolean {
  const after = sharesAfter(row);
  if (after === null || line.lastAfter === null) return false;
  if (row.kind === 'holding' || row.shares.value === null) return compare(after, line.lastAfter) === 0;
  const shares = toDecimal(row.shares.value, row.shares.text);
  const expected = row.acquiredDisposed.value === 'D' ? subtract(line.lastAfter, shares) : add(line.lastAfter, shares);
  return compare(after, expected) === 0;
}

/**
 * The line of every row (transactions, then holdings), as 16 hex digits that are the same in
 * every filing that reports the position: what holdings are merged by, within a filing and
 * across filings. Linear in the rows and footnotes.
 */
export function toHoldingLineKeys(document: OwnershipDocument): Map<Row, string> {
  const texts = toFootnoteTexts(document);
  const rows = allRows(document);
  // A filing repeats one nature and one set of footnotes on row after row (Musk's 30 sales):
  // each is read and hashed once.
  const pointerOnly = new Map<string | null, boolean>();
  const citedByIds = new Map<string, string>();
  const citedOf = new Map<Row, string>();
  const groupOf = new Map<Row, Group>();
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const nature = row.natureOfOwnership.text;
    let pointer = pointerOnly.get(nature);
    if (pointer === undefined) pointerOnly.set(nature, (pointer = isOnlyAFootnotePointer(nature)));
    const written = toWrittenKey(row, pointer);
    let group = groups.get(written);
    if (!group) groups.set(written, (group = { written, pointerOnly: pointer, cited: new Set() }));
    groupOf.set(row, group);
    const ids = natureFootnoteIds(row);
    if (ids.length === 0) continue;
    const idsKey = ids.join('\u0000');
    let cited = citedByIds.get(idsKey);
    if (cited === undefined) citedByIds.set(idsKey, (cited = hash64(ids.map((id) => normalise(texts.get(id) ?? id)).sort().join('\u0000'))));
    citedOf.set(row, cited);
    group.cited.add(cited);
  }

  const keys = new Map<Row, string>();
  const lines = new Map<string, LineState>();
  for (const row of rows) {
    const group = groupOf.get(row)!;
    // The footnotes are part of the name where the nature says nothing, or where they tell
    // lines of one nature apart.
    const named = group.pointerOnly || group.cited.size > 1;
    const cited = citedOf.get(row);
    let key: string;
    if (cited !== undefined || !named) {
      key = named ? `${group.written}\u0000${cited}` : group.written;
    } else {
      const candidates = [...group.cited].map((id) => lines.get(`${group.written}\u0000${id}`)).filter((line) => line !== undefined);
      key = candidates.find((line) => continues(row, line))?.key ?? group.written;
    }
    keys.set(row, key);
    const line = lines.get(key);
    if (line) line.lastAfter = sharesAfter(row) ?? line.lastAfter;
    else lines.set(key, { key, lastAfter: sharesAfter(row) });
  }
  // Hashed: a line's name is kept in every roll-up entry and shown in the JSON.
  const names = new Map<string, string>();
  for (const [row, key] of keys) {
    let name = names.get(key);
    if (name === undefined) names.set(key, (name = hash64(key)));
    keys.set(row, name);
  }
  return keys;
}
