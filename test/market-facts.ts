// The trades table read from the raw XML by the test itself (plain string scans with
// test/e2e/xml-facts.ts, never lib/): open market as docs/design.md sections 4 and 10 define it
// (table I; P acquired, S disposed; not a private deal or an offering purchase, as the row's own
// footnotes say), value = shares x filed price, each filing once however many files hold it.
// Used by the command line's test and the trades view's.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquiredDisposed, code, dec, elements, footnotesOf, plus, round, rowsOf, textOf, times, ZERO, type Dec, type XmlRow } from './e2e/xml-facts';

// From paths, not URLs: under happy-dom the global URL is the DOM's, which node:url refuses.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FOLDERS = ['test/corpus/xml', 'test/corpus/submissions'];

/** The ownership XML of a file: the file itself, or the <XML> block of a full submission. */
export function ownershipXml(text: string): string | null {
  for (const match of text.matchAll(/<XML>([\s\S]*?)<\/XML>/gi)) if (match[1]!.includes('<ownershipDocument')) return match[1]!;
  return text.includes('<ownershipDocument') ? text : null;
}

/** Footnotes a row cites on how it was traded: its coding and amounts (not the nature of ownership). */
function tradeFootnoteIds(row: XmlRow): string[] {
  const parts = [...elements(row.block, 'transactionCoding'), ...elements(row.block, 'transactionAmounts')].join('');
  return [...parts.matchAll(/<footnoteId\s+id="([^"]+)"/g)].map((match) => match[1]!);
}

const PRIVATE = /\bprivate(?:ly)?[\s-]+(?:placement|negotiated|transaction|sale|purchase|offering)s?\b|\bdirectly (?:from|with|to) (?:the )?(?:issuer|issuing company|company)\b/i;
const NOT_PRIVATE = /\bnot (?:in )?(?:a )?private/i;
const OFFERING = /public offering price|in (?:the |a |its )?(?:issuer'?s |company'?s )?(?:registered |underwritten )?(?:initial )?public offering|from the underwriters?/i;
const IPO_CLOSED = /closing (?:of )?(?:the )?(?:issuer'?s |company'?s )?(?:initial public offering|ipo)\b/i;

export interface Expected {
  identity: string;
  /** The corpus file it was read from (the first, when several hold it). */
  file: string;
  accession: string | null;
  issuerCik: string | null;
  ticker: string | null;
  code: 'P' | 'S';
  value: Dec;
  roles: string[];
}

/** One filing's open-market lines, read from its XML; and what makes two copies one filing. */
export function readLines(xml: string, file: string): Expected[] {
  const notes = footnotesOf(xml);
  const says = (row: XmlRow, pattern: RegExp) => tradeFootnoteIds(row).some((id) => pattern.test(notes.get(id) ?? '') && !(pattern === PRIVATE && NOT_PRIVATE.test(notes.get(id) ?? '')));
  const rows = rowsOf(xml);
  const ipoDays = new Set(rows.filter((row) => says(row, IPO_CLOSED)).map((row) => textOf(row.block, 'transactionDate')));
  const equity = rows.filter((row) => row.table === 'nonDerivative' && row.kind === 'transaction');
  const owners = elements(xml, 'reportingOwner');
  const ownerCiks = owners.map((owner) => (textOf(owner, 'rptOwnerCik') ?? '').replace(/^0+/, '')).sort();
  const issuer = elements(xml, 'issuer')[0] ?? '';
  // Same issuer, owners, form, period and rows: one filing (docs/design.md section 9).
  const identity = [
    (textOf(issuer, 'issuerCik') ?? '').replace(/^0+/, ''),
    ownerCiks.join('+'),
    textOf(xml, 'documentType'),
    textOf(xml, 'periodOfReport'),
    ...rows.map((row) => [row.kind, row.table, textOf(row.block, 'transactionDate'), code(row), textOf(row.block, 'transactionShares'), textOf(row.block, 'transactionPricePerShare'), acquiredDisposed(row), textOf(row.block, 'sharesOwnedFollowingTransaction')].join(',')),
  ].join(';');
  const roles = owners.flatMap((owner) => {
    const flag = (tag: string) => /^(1|true)$/i.test(textOf(owner, tag) ?? '');
    const title = textOf(owner, 'officerTitle') ?? '';
    return [
      ...(flag('isOfficer') ? ['officer'] : []),
      ...(flag('isOfficer') && /chief executive|\bceo\b/i.test(title) ? ['ceo'] : []),
      ...(flag('isOfficer') && /chief financial|\bcfo\b/i.test(title) ? ['cfo'] : []),
      ...(flag('isDirector') ? ['director'] : []),
    ];
  });
  const lines: Expected[] = [];
  for (const [tradeCode, direction] of [['P', 'A'], ['S', 'D']] as const) {
    const open = equity.filter(
      (row) => code(row) === tradeCode && acquiredDisposed(row) === direction && !says(row, PRIVATE) && !(tradeCode === 'P' && (says(row, OFFERING) || ipoDays.has(textOf(row.block, 'transactionDate')))),
    );
    if (open.length === 0) continue;
    let value = ZERO;
    for (const row of open) {
      const price = textOf(row.block, 'transactionPricePerShare');
      if (price !== null) value = plus(value, times(dec(textOf(row.block, 'transactionShares') ?? '0'), dec(price)));
    }
    const accession = /(\d{10})-?(\d{2})-?(\d{6})/.exec(file.replace(/^.*__/, ''));
    lines.push({ identity, file, accession: accession ? `${accession[1]}-${accession[2]}-${accession[3]}` : null, issuerCik: textOf(issuer, 'issuerCik'), ticker: textOf(issuer, 'issuerTradingSymbol'), code: tradeCode, value: round(value, 2), roles });
  }
  return lines;
}

/** Every filing of the corpus once, as its lines. */
export function corpusLines(): Expected[] {
  const byIdentity = new Map<string, Expected[]>();
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(ROOT, folder))) {
      const xml = ownershipXml(readFileSync(join(ROOT, folder, name), 'latin1'));
      if (xml === null) continue;
      const lines = readLines(xml, `${folder}/${name}`);
      if (lines.length > 0 && !byIdentity.has(lines[0]!.identity)) byIdentity.set(lines[0]!.identity, lines);
    }
  }
  return [...byIdentity.values()].flat();
}

