// The popup's company search over EDGAR's company_tickers.json, forgiving as a reader types:
// "Tesla Inc" finds "Tesla, Inc." (punctuation and corporate suffixes do not count), "BRK.B" and
// "brk b" find BRK-B (EDGAR writes class tickers with a hyphen), "tesla motors" finds Tesla by
// its one matching word. Ranked: the exact ticker or CIK, then names that start with what was
// typed, then tickers that start with it, then names holding every word typed, then names
// holding some of them (more first, the name's own first word before others). Within a rank,
// the file's order: EDGAR lists the largest companies first.

import type { Company } from './company-tickers-json';

/** Words that say what kind of company it is, not which: left out of names on both sides. */
const SUFFIXES = new Set(['INC', 'INCORPORATED', 'CORP', 'CORPORATION', 'CO', 'COMPANY', 'LTD', 'LIMITED', 'PLC', 'NV', 'SA', 'AG', 'LLC', 'LP', 'DE', 'THE']);
const MAX_QUERY = 100;

/** "Tesla, Inc." -> ["TESLA"]; "N.V." -> dropped; "/DE/" -> dropped. */
function toWords(text: string): string[] {
  const words = text
    .toUpperCase()
    .replace(/\.(?=[A-Z]\b)/g, '') // N.V. -> NV, S.A. -> SA
    .split(/[^A-Z0-9]+/)
    .filter((word) => word !== '');
  return words.filter((word) => !SUFFIXES.has(word));
}

/** A ticker without the marks that separate a share class: BRK-B, BRK.B and "brk b" are BRKB. */
function toTickerKey(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

interface Indexed {
  company: Company;
  ticker: string;
  words: string[];
  /** The words joined by a space: what a name prefix is matched against. */
  name: string;
}

const indexes = new WeakMap<readonly Company[], Indexed[]>();

/** Each company's words and ticker key, made once per list (the list is 10,000 rows; a reader types many letters). */
function indexOf(companies: readonly Company[]): Indexed[] {
  let index = indexes.get(companies);
  if (!index) {
    index = companies.map((company) => {
      const words = toWords(company.name);
      return { company, ticker: toTickerKey(company.ticker), words, name: words.join(' ') };
    });
    indexes.set(companies, index);
  }
  return index;
}

/** A rank and a score within it (lower rank first, higher score first); null for no match. */
function rankOf(entry: Indexed, query: { ticker: string; words: string[]; name: string; cik: string | null }): [number, number] | null {
  if (entry.company.cik === query.cik || (query.ticker !== '' && entry.ticker === query.ticker)) return [0, 0];
  if (query.name !== '' && entry.name.startsWith(query.name)) return [1, 0];
  if (query.ticker !== '' && entry.ticker.startsWith(query.ticker)) return [2, 0];
  if (query.words.length === 0) return null;
  if (query.words.every((word) => entry.words.some((own) => own.startsWith(word)))) return [3, 0];
  // Some words: whole words of three letters or more, so "no such" does not find "NORTHROP".
  let matched = 0;
  for (const word of query.words) if (word.length >= 3 && entry.words.includes(word)) matched += 1;
  if (matched === 0) return null;
  // "tesla motors": Tesla's first word matches, General Motors' second does.
  const firstWord = entry.words[0] !== undefined && entry.words[0].startsWith(query.words[0]!) ? 1 : 0;
  return [4, matched * 2 + firstWord];
}

/** Companies matching what a reader typed, best first (see the top of this file). A CIK typed as digits finds its company. */
export function findCompanies(companies: readonly Company[], typed: string, limit = 10): Company[] {
  const text = typed.slice(0, MAX_QUERY).trim();
  if (text === '') return [];
  const words = toWords(text);
  const query = {
    ticker: toTickerKey(text),
    words,
    name: words.join(' '),
    cik: /^\d{1,10}$/.test(text) ? text.padStart(10, '0') : null,
  };
  const ranked: { rank: number; score: number; order: number; company: Company }[] = [];
  indexOf(companies).forEach((entry, order) => {
    const found = rankOf(entry, query);
    if (found) ranked.push({ rank: found[0], score: found[1], order, company: entry.company });
  });
  return ranked
    .sort((a, b) => a.rank - b.rank || b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((one) => one.company);
}
