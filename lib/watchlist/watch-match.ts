// Which filings of EDGAR's latest-filings feed concern the watchlist (docs/design.md section 11,
// "Watchlist"): those whose issuer is a followed company or whose reporting owners include a
// followed insider, not read before. Only these are read, so a check costs the feed and them.

import type { CurrentFiling } from '../sec/current-feed';
import { toCik, type Followed, type Watchlist } from './watchlist';

export interface FollowedFiling {
  filing: CurrentFiling;
  /** The followed company (the issuer) and the followed insiders among its owners. */
  companies: Followed[];
  insiders: Followed[];
}

/** The feed's filings that concern the watchlist, in the feed's order (newest first). */
export function toFollowedFilings(filings: readonly CurrentFiling[], list: Watchlist, seen: readonly string[] = []): FollowedFiling[] {
  const companies = new Map(list.companies.map((one) => [one.cik, one]));
  const insiders = new Map(list.insiders.map((one) => [one.cik, one]));
  const already = new Set(seen);
  const found: FollowedFiling[] = [];
  for (const filing of filings) {
    if (already.has(filing.accession)) continue;
    const issuerCik = filing.issuer ? toCik(filing.issuer.cik) : null;
    const company = issuerCik === null ? undefined : companies.get(issuerCik);
    const owners = filing.owners.flatMap((owner) => {
      const cik = toCik(owner.cik);
      const followed = cik === null ? undefined : insiders.get(cik);
      return followed ? [followed] : [];
    });
    if (company || owners.length > 0) found.push({ filing, companies: company ? [company] : [], insiders: owners });
  }
  return found;
}
