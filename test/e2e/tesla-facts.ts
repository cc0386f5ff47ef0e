// Tesla's open-market activity over a window, read in the TEST from the XML text of the corpus
// filings Tesla's submissions JSON lists (test/e2e/xml-facts.ts: string scans and exact
// decimals, never lib/), so the activity views are checked against figures the extension did
// not compute. The rules are docs/design.md section 9's: a filing counts once per accession and
// when a table I transaction is dated in the window; open-market bought = P with A/D = A, sold =
// S with A/D = D; dollars are each filing's shares x price summed exactly and rounded to the cent,
// then added up. This reader leaves out what section 4 calls private trades and section 9
// amendments: it refuses (throws) when a filing of the window would need those rules, so it
// cannot silently disagree with them.

import { readFileSync } from 'node:fs';
import { decText, dec, elements, footnotesOf, plus, round, rowsOf, textOf, times, ZERO, acquiredDisposed, code, type Dec } from './xml-facts';
import { teslaCorpus } from './tesla-edgar';

export interface ActivityFacts {
  filings: number;
  boughtValue: string;
  soldValue: string;
  netValue: string;
  soldShares: string;
  /** The distinct sets of reporting-owner CIKs with a filing in the window. */
  insiders: number;
  accessions: string[];
}

function rowDate(block: string, period: string | null): string | null {
  return textOf(block, 'transactionDate')?.slice(0, 10) ?? period;
}

/** Inclusive window: the `months` ending on `until`, as design.md section 9 defines it. */
export function teslaFacts(from: string, until: string): ActivityFacts {
  const seen = new Set<string>();
  const insiders = new Set<string>();
  const accessions: string[] = [];
  let bought = ZERO;
  let sold = ZERO;
  let soldShares = ZERO;
  for (const { ref, file } of teslaCorpus) {
    if (seen.has(ref.accession)) continue;
    seen.add(ref.accession);
    const xml = readFileSync(file, 'utf8');
    const type = textOf(xml, 'documentType') ?? '';
    const period = textOf(xml, 'periodOfReport');
    const inWindow = rowsOf(xml).filter((row) => {
      if (row.table !== 'nonDerivative' || row.kind !== 'transaction') return false;
      const date = rowDate(row.block, period);
      return date !== null && date >= from && date <= until;
    });
    if (inWindow.length === 0) continue;
    if (type.endsWith('/A')) throw new Error(`tesla-facts: ${ref.accession} is an amendment; this reader does not apply section 9's replacement rule`);
    const notes = footnotesOf(xml);
    let filingBought = ZERO;
    let filingSold = ZERO;
    for (const row of inWindow) {
      const c = code(row);
      const ad = acquiredDisposed(row);
      if (!((c === 'P' && ad === 'A') || (c === 'S' && ad === 'D'))) continue;
      const cited = [...row.block.matchAll(/<footnoteId\s+id="([^"]+)"/g)].map((match) => notes.get(match[1]!) ?? '');
      if (cited.some((text) => /private|directly (?:from|with) the (?:issuer|company)|public offering/i.test(text))) {
        throw new Error(`tesla-facts: ${ref.accession} has a P/S row whose footnote may make it private; this reader does not apply section 4's rule`);
      }
      const shares = dec(textOf(row.block, 'transactionShares') ?? '0');
      const price = textOf(row.block, 'transactionPricePerShare');
      if (c === 'S') soldShares = plus(soldShares, shares);
      if (price === null) continue;
      if (c === 'P') filingBought = plus(filingBought, times(shares, dec(price)));
      else filingSold = plus(filingSold, times(shares, dec(price)));
    }
    bought = plus(bought, round(filingBought, 2));
    sold = plus(sold, round(filingSold, 2));
    accessions.push(ref.accession);
    const owners = elements(xml, 'reportingOwnerId').map((id) => (textOf(id, 'rptOwnerCik') ?? '').replace(/^0+/, '')).sort();
    insiders.add(owners.join(' '));
  }
  const net: Dec = plus(bought, { units: -sold.units, scale: sold.scale });
  return {
    filings: accessions.length,
    boughtValue: decText(bought),
    soldValue: decText(sold),
    netValue: decText(net),
    soldShares: decText(soldShares),
    insiders: insiders.size,
    accessions: accessions.sort(),
  };
}

export interface DayFacts {
  /** Open-market rows of the day, in the listed filings that hold them (each accession once). */
  trades: number;
  /** Shares as filed. */
  shares: Dec;
  /** Each row's shares x price to the cent (as a row's dollars are shown), added up. */
  value: Dec;
  /** The accessions, as EDGAR writes them. */
  accessions: string[];
}

/** One insider's open-market rows of `code` on `date`, read from the corpus XML the same way as teslaFacts. */
export function teslaDayFacts(date: string, ownerCik: string, wanted: 'P' | 'S'): DayFacts {
  const seen = new Set<string>();
  const accessions: string[] = [];
  let trades = 0;
  let shares = ZERO;
  let value = ZERO;
  for (const { ref, file } of teslaCorpus) {
    if (seen.has(ref.accession)) continue;
    seen.add(ref.accession);
    const xml = readFileSync(file, 'utf8');
    const owners = elements(xml, 'reportingOwnerId').map((id) => (textOf(id, 'rptOwnerCik') ?? '').replace(/^0+/, ''));
    if (owners.join(' ') !== ownerCik.replace(/^0+/, '')) continue;
    const period = textOf(xml, 'periodOfReport');
    let found = false;
    for (const row of rowsOf(xml)) {
      if (row.table !== 'nonDerivative' || row.kind !== 'transaction' || rowDate(row.block, period) !== date) continue;
      if (code(row) !== wanted || acquiredDisposed(row) !== (wanted === 'P' ? 'A' : 'D')) continue;
      const rowShares = dec(textOf(row.block, 'transactionShares') ?? '0');
      const price = textOf(row.block, 'transactionPricePerShare');
      trades += 1;
      found = true;
      shares = plus(shares, rowShares);
      if (price !== null) value = plus(value, round(times(rowShares, dec(price)), 2));
    }
    if (found) accessions.push(ref.accession);
  }
  return { trades, shares, value, accessions: accessions.sort() };
}
