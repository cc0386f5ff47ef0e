// EDGAR's latest filings as an Atom feed (docs/design.md section 11):
//   https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=4&owner=include&count=100&start=N&output=atom
// Each filing is listed twice, once under the issuer ("4 - Tesla, Inc. (0001318605) (Issuer)")
// and once under its reporting owner ("... (Reporting)"), with the same accession number; the
// reader makes one filing of the two, newest first as the feed lists them. Only Forms 3, 4, 5
// and their amendments are kept, and only links into a filing's own folder on www.sec.gov.

import { XMLParser } from 'fast-xml-parser';
import { toShownText, toTenDigitCik } from '../edgar/submissions-json';
import { xmlEntityDecoder } from '../xml/xml-entities';
import { toPlainObject, type OrderedNode } from '../xml/ordered-tree';
import { parseFilingPath } from './sec-urls';

/** A page of 100 entries is about 60 KB; anything far larger is not the feed. */
export const MAX_FEED_BYTES = 2_000_000;
export const FEED_PAGE_SIZE = 100;

/** The feed's page that starts at entry `start` (0, 100, 200 ...): Forms 4 and amendments, newest first. */
export function currentFeedUrl(start: number): string {
  return `https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=4&owner=include&count=${FEED_PAGE_SIZE}&output=atom&start=${start}`;
}
const OWNERSHIP_FORMS = new Set(['3', '3/A', '4', '4/A', '5', '5/A']);
// "4 - Hinge Health, Inc. (0001673743) (Issuer)"
const TITLE = /^(\S{1,10}) - (.{0,300}) \((\d{1,10})\) \((Issuer|Reporting|Filer)\)$/;
const FILED = /Filed:(?:<\/b>)?\s{0,10}(\d{4}-\d{2}-\d{2})/;
const ACCESSION = /accession-number=(\d{10}-\d{2}-\d{6})$/;

export interface CurrentFilingParty {
  cik: string;
  name: string;
}

export interface CurrentFiling {
  accession: string;
  form: string;
  /** The day EDGAR lists it as filed (ISO). */
  filingDate: string | null;
  /** When EDGAR accepted it, with its offset: 2025-12-12T18:02:43-05:00. */
  acceptedAt: string | null;
  issuer: CurrentFilingParty | null;
  owners: CurrentFilingParty[];
  /** The filing's index page on www.sec.gov (the issuer's copy when listed). */
  indexUrl: string;
}

export type FeedResult = { ok: true; filings: CurrentFiling[]; updated: string | null } | { ok: false; error: { message: string } };

// The ordered tree (`preserveOrder`), turned into plain objects by lib/xml/ordered-tree.ts: the
// extension's build leaves fast-xml-parser's own converter out (build-stubs/README.md).
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: true,
  htmlEntities: false,
  entityDecoder: xmlEntityDecoder,
  parseTagValue: false,
  parseAttributeValue: false,
});
const REPEATED = new Set(['entry', 'link', 'category']);

interface RawEntry {
  title?: unknown;
  link?: { rel?: unknown; href?: unknown }[];
  summary?: unknown;
  updated?: unknown;
  category?: { term?: unknown }[];
  id?: unknown;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && '#text' in value) return String((value as { '#text': unknown })['#text']);
  return '';
}

function fail(message: string): FeedResult {
  return { ok: false, error: { message } };
}

/** The filings of one page of the feed, each once, in the feed's order. */
export function readCurrentFeed(xml: string): FeedResult {
  if (xml.length > MAX_FEED_BYTES) return fail(`EDGAR's latest-filings feed is larger than ${MAX_FEED_BYTES / 1_000_000} MB, so it was not read.`);
  let feed: { feed?: { entry?: RawEntry[]; updated?: unknown } };
  try {
    // Validated first: a page cut short is refused, not half read.
    feed = toPlainObject(parser.parse(xml, true) as OrderedNode[], REPEATED) as typeof feed;
  } catch (error) {
    return fail(`EDGAR's latest-filings feed is not well-formed XML (${String(error).slice(0, 120)}); it may be cut short, so fetch it again.`);
  }
  if (!feed || typeof feed.feed !== 'object' || feed.feed === null) return fail("This is not EDGAR's latest-filings feed: it has no Atom <feed> element.");
  const byAccession = new Map<string, CurrentFiling>();
  const entries = Array.isArray(feed.feed.entry) ? feed.feed.entry : [];
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    const title = TITLE.exec(toShownText(text(entry.title)));
    const accession = ACCESSION.exec(text(entry.id).trim())?.[1] ?? null;
    const links = Array.isArray(entry.link) ? entry.link : [];
    const href = links.map((link) => text(link?.href)).find((url) => parseFilingPath(url)?.accession === accession);
    if (!title || accession === null || href === undefined) continue;
    const [, form, name, cik, role] = title;
    if (!OWNERSHIP_FORMS.has(form!)) continue;
    let filing = byAccession.get(accession);
    if (!filing) {
      const updated = text(entry.updated).trim();
      filing = {
        accession,
        form: form!,
        filingDate: FILED.exec(text(entry.summary).slice(0, 2_000))?.[1] ?? null,
        acceptedAt: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[-+]\d{2}:\d{2}$/.test(updated) ? updated : null,
        issuer: null,
        owners: [],
        indexUrl: href,
      };
      byAccession.set(accession, filing);
    }
    const party = { cik: toTenDigitCik(cik!)!, name: name! };
    if (role === 'Issuer') {
      filing.issuer = party;
      filing.indexUrl = href;
    } else if (!filing.owners.some((owner) => owner.cik === party.cik)) {
      filing.owners.push(party);
    }
  }
  const updated = text(feed.feed.updated).trim();
  return { ok: true, filings: [...byAccession.values()], updated: updated || null };
}
