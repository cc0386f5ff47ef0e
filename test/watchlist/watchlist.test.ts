// The watchlist's pure parts (lib/watchlist, docs/design.md section 11, "Watchlist"): the stored
// shape read back from anything, follow and unfollow, which filings of a real feed page concern
// it, the rule on real filings' lines, the notification's sentence, and the accessions seen.
// Expected values are read from the corpus files by hand (quoted in the comments).

import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../lib/figures/figures';
import { toTradeLines } from '../../lib/market';
import { readCurrentFeed } from '../../lib/sec/current-feed';
import {
  applyWatchRequest,
  EMPTY_WATCHLIST,
  isCheckDue,
  isFollowed,
  isWatching,
  MAX_FOLLOWED,
  MAX_SEEN,
  toFollowedFilings,
  toFollowing,
  toRuleLine,
  toWatchlist,
  toWatchNotification,
  toWatchRequest,
  toWatchState,
  withSeen,
  type Watchlist,
} from '../../lib/watchlist';
import { MESSAGE } from '../../lib/messages/message-names';
import { loadFiling } from '../corpus-filing';
import { readCorpus } from '../corpus-path';

const TESLA = { cik: '0001318605', name: 'Tesla, Inc.' };
const BLOCK = { cik: '0001512673', name: 'Block, Inc.' };

function linesOf(relative: string) {
  const filing = loadFiling(relative);
  return toTradeLines(filing, computeFigures(filing.document, { filingDate: filing.filingDate }));
}

// Block, Inc. (SQ), BOTHA ROELOF: P 121,266 at $56.8591 and P 313,139 at $57.8226 on 2024-08-06,
// $6,895,075.6206 + $18,106,511.1414 = $25,001,586.76 for 434,405 shares; no sale.
const BLOCK_PURCHASE = 'xml/datamule-python__000106299324014684_form4.xml';
// Tesla, Inc. (TSLA), Baglino Andrew D: M 10,500 at $17.22 (not open market), S 10,500 at $268.23 = $2,816,415.
const TESLA_SALE = 'submissions/follow-insider-api__ownership-doc.txt';
// AAR CORP (AIR), Garascia Jessica A.: S 1,500 at $66.903 = $100,354.50, under $1 million.
const AAR_SALE = 'submissions/edgartools__0001127602-25-001055.txt';

describe('toWatchlist: whatever storage holds', () => {
  it.each<[string, unknown, Watchlist]>([
    ['nothing stored', undefined, EMPTY_WATCHLIST],
    ['null', null, EMPTY_WATCHLIST],
    ['a string', 'tesla', EMPTY_WATCHLIST],
    ['an array', [TESLA], EMPTY_WATCHLIST],
    ['lists that are not lists', { companies: 'TSLA', insiders: { cik: '1' }, rule: 'purchases' }, EMPTY_WATCHLIST],
    ['an unknown rule', { companies: [], insiders: [], rule: 'everything' }, EMPTY_WATCHLIST],
    ['the other rule', { rule: 'large-sales' }, { ...EMPTY_WATCHLIST, rule: 'large-sales' }],
    [
      'bad entries dropped, short CIKs padded, each CIK once',
      { companies: [TESLA, { cik: '1318605', name: 'again' }, { cik: 'x', name: 'no' }, { cik: '12345678901', name: 'too long' }, { name: 'no cik' }, 42, null, { cik: 1318605, name: 'a number' }, { cik: '1512673', name: 'Block, Inc.' }] },
      { companies: [TESLA, BLOCK], insiders: [], rule: 'purchases' },
    ],
    [
      'control characters and bidirectional overrides out of names; an empty name says the CIK',
      { insiders: [{ cik: '1494730', name: 'Musk\u0000 Elon\u202e' }, { cik: '1790565', name: ' \n ' }] },
      { companies: [], insiders: [{ cik: '0001494730', name: 'Musk Elon' }, { cik: '0001790565', name: 'CIK 0001790565' }], rule: 'purchases' },
    ],
  ])('%s', (_label, raw, expected) => {
    expect(toWatchlist(raw)).toEqual(expected);
  });

  it('keeps at most MAX_FOLLOWED of a list, and names of at most 200 characters', () => {
    const many = Array.from({ length: MAX_FOLLOWED + 20 }, (_, i) => ({ cik: String(i + 1), name: 'x'.repeat(5_00) }));
    const list = toWatchlist({ companies: many });
    expect(list.companies).toHaveLength(MAX_FOLLOWED);
    expect(list.companies[0]).toEqual({ cik: '0000000001', name: 'x'.repeat(200) });
  });

  it('survives a prototype-polluting value', () => {
    expect(toWatchlist(JSON.parse('{"__proto__": {"rule": "large-sales"}, "companies": [{"cik": "1318605", "name": "Tesla, Inc.", "__proto__": {"x": 1}}]}'))).toEqual({ ...EMPTY_WATCHLIST, companies: [TESLA] });
  });
});

describe('follow and unfollow', () => {
  it('follows at the end, once; stops following; leaves the list alone for a CIK that is not one', () => {
    let list = toFollowing(EMPTY_WATCHLIST, 'company', { cik: '1318605', name: 'Tesla, Inc.' }, true);
    expect(list.companies).toEqual([TESLA]);
    expect(toFollowing(list, 'company', { cik: '0001318605', name: 'Tesla again' }, true)).toBe(list);
    list = toFollowing(list, 'company', BLOCK, true);
    list = toFollowing(list, 'insider', { cik: '1494730', name: 'Musk Elon' }, true);
    expect(list).toEqual({ companies: [TESLA, BLOCK], insiders: [{ cik: '0001494730', name: 'Musk Elon' }], rule: 'purchases' });
    expect(isFollowed(list, 'company', '1318605')).toBe(true);
    expect(isFollowed(list, 'insider', '1318605')).toBe(false);
    expect(isFollowed(list, 'insider', '0001494730')).toBe(true);
    expect(toFollowing(list, 'company', { cik: 'TSLA', name: 'Tesla' }, true)).toBe(list);
    list = toFollowing(list, 'company', { cik: '1318605', name: null }, false);
    expect(list.companies).toEqual([BLOCK]);
    expect(toFollowing(list, 'company', { cik: '1318605', name: null }, false)).toBe(list);
    expect(isWatching(list)).toBe(true);
    expect(isWatching(toFollowing(toFollowing(list, 'company', BLOCK, false), 'insider', { cik: '1494730', name: null }, false))).toBe(false);
  });

  it('takes only the requests it knows, checked', () => {
    const follow = { type: MESSAGE.watchlist, action: 'follow', kind: 'company', cik: '1318605', name: 'Tesla, Inc.', follow: true };
    expect(toWatchRequest(follow)).toEqual(follow);
    expect(toWatchRequest({ type: MESSAGE.watchlist, action: 'get' })).toEqual({ type: MESSAGE.watchlist, action: 'get' });
    expect(toWatchRequest({ type: MESSAGE.watchlist, action: 'rule', rule: 'large-sales' })).not.toBeNull();
    for (const bad of [
      { ...follow, cik: '../../x' },
      { ...follow, kind: 'fund' },
      { ...follow, follow: 'yes' },
      { ...follow, name: 'x'.repeat(1_001) },
      { ...follow, type: 'form4-lens:other' },
      { type: MESSAGE.watchlist, action: 'rule', rule: 'all' },
      { type: MESSAGE.watchlist, action: 'clear' },
      'follow',
      null,
    ]) expect(toWatchRequest(bad), JSON.stringify(bad)).toBeNull();
    const list = applyWatchRequest(EMPTY_WATCHLIST, toWatchRequest(follow)!);
    expect(list.companies).toEqual([TESLA]);
    expect(applyWatchRequest(list, { type: MESSAGE.watchlist, action: 'rule', rule: 'large-sales' }).rule).toBe('large-sales');
    expect(applyWatchRequest(list, { type: MESSAGE.watchlist, action: 'get' })).toBe(list);
  });
});

describe('toFollowedFilings on a real page of the feed (edgartools, getcurrent type 4, start 0, 2025-12-12)', () => {
  const feed = readCurrentFeed(readCorpus('html/edgartools__browse-edgar_getcurrent_type4_start0.atom.xml'));
  if (!feed.ok) throw new Error(feed.error.message);

  it('nothing followed, nothing read', () => {
    expect(toFollowedFilings(feed.filings, EMPTY_WATCHLIST)).toEqual([]);
  });

  it('a followed company: its five filings as issuer ("4 - CARVANA CO. (0001690820) (Issuer)"), in the feed order', () => {
    const list = toFollowing(EMPTY_WATCHLIST, 'company', { cik: '1690820', name: 'Carvana Co.' }, true);
    const found = toFollowedFilings(feed.filings, list);
    expect(found.map((one) => one.filing.accession)).toEqual(['0001702455-25-000007', '0001700538-25-000015', '0001700537-25-000015', '0001700545-25-000020', '0001607889-25-000020']);
    expect(found.every((one) => one.companies[0]?.cik === '0001690820' && one.insiders.length === 0)).toBe(true);
    // Seen before: not read again.
    expect(toFollowedFilings(feed.filings, list, ['0001702455-25-000007', '0001607889-25-000020']).map((one) => one.filing.accession)).toEqual(['0001700538-25-000015', '0001700537-25-000015', '0001700545-25-000020']);
  });

  it('a followed insider: the filing where he reports ("4 - Vance Ronald J (0001572985) (Reporting)", at ROYAL GOLD INC)', () => {
    const list = toFollowing(EMPTY_WATCHLIST, 'insider', { cik: '1572985', name: 'Vance Ronald J' }, true);
    const found = toFollowedFilings(feed.filings, list);
    expect(found).toHaveLength(1);
    expect(found[0]!.filing.accession).toBe('0001572985-25-000003');
    expect(found[0]!.filing.issuer).toEqual({ cik: '0000085535', name: 'ROYAL GOLD INC' });
    expect(found[0]!.insiders).toEqual([{ cik: '0001572985', name: 'Vance Ronald J' }]);
    // A company with the insider's CIK is not the insider: the issuer list is apart.
    expect(toFollowedFilings(feed.filings, toFollowing(EMPTY_WATCHLIST, 'company', { cik: '1572985', name: 'x' }, true))).toEqual([]);
  });
});

describe('the rule on real filings', () => {
  it.each<[string, string, 'purchases' | 'large-sales', string | null]>([
    ['Block: P $25,001,586.76 meets "any purchase"', BLOCK_PURCHASE, 'purchases', 'P 25001586.76'],
    ['Block has no sale', BLOCK_PURCHASE, 'large-sales', null],
    ['Tesla, Baglino: S $2,816,415 is over $1 million', TESLA_SALE, 'large-sales', 'S 2816415'],
    ['Tesla, Baglino: no purchase (M is an exercise, not open market)', TESLA_SALE, 'purchases', null],
    ['AAR: S $100,354.50 is under $1 million', AAR_SALE, 'large-sales', null],
  ])('%s', (_label, file, rule, expected) => {
    const line = toRuleLine(linesOf(file), rule);
    expect(line === null ? null : `${line.code} ${line.value}`).toBe(expected);
  });

  it('a sale of exactly $1,000,000 is not over $1 million', () => {
    const [line] = linesOf(TESLA_SALE);
    expect(toRuleLine([{ ...line!, value: 1_000_000 }], 'large-sales')).toBeNull();
    expect(toRuleLine([{ ...line!, value: 1_000_000.01 }], 'large-sales')).not.toBeNull();
  });
});

describe('the notification', () => {
  it.each<[string, string, { title: string; message: string }]>([
    [
      'a purchase',
      BLOCK_PURCHASE,
      { title: 'Form 4 Lens: insider purchase at SQ', message: 'BOTHA ROELOF bought $25.0M of Block, Inc. (SQ) on the open market (434,405 shares).' },
    ],
    [
      'a sale',
      TESLA_SALE,
      { title: 'Form 4 Lens: insider sale at TSLA', message: 'Baglino Andrew D sold $2.82M of Tesla, Inc. (TSLA) on the open market (10,500 shares).' },
    ],
  ])('%s: one sentence, who, what, how much, which company', (_label, file, expected) => {
    expect(toWatchNotification(toRuleLine(linesOf(file), file === BLOCK_PURCHASE ? 'purchases' : 'large-sales')!)).toEqual(expected);
  });

  it('unpriced shares say shares; names from a filing lose control characters', () => {
    const [line] = linesOf(BLOCK_PURCHASE);
    const odd = { ...line!, value: 0, owner: { ...line!.owner, names: ['EVIL\u202eNAME\n'] }, issuer: { ...line!.issuer, tradingSymbol: null } };
    expect(toWatchNotification(odd)).toEqual({ title: 'Form 4 Lens: insider purchase at Block, Inc.', message: 'EVIL NAME bought 434,405 shares of Block, Inc. on the open market.' });
  });
});

describe('the check state: at most every 10 minutes, each filing once', () => {
  const now = Date.UTC(2025, 11, 12, 23, 0, 0);
  it.each<[string, unknown, boolean]>([
    ['never checked', undefined, true],
    ['checked 9 minutes ago', { checkedAt: now - 9 * 60_000 }, false],
    ['checked 10 minutes ago', { checkedAt: now - 10 * 60_000 }, true],
    ['a time in the future (the clock went back)', { checkedAt: now + 60_000 }, true],
    ['not a number', { checkedAt: '2025-12-12' }, true],
  ])('%s', (_label, raw, due) => {
    expect(isCheckDue(toWatchState(raw), now)).toBe(due);
  });

  it('keeps accessions once, drops what is not one, and the oldest past MAX_SEEN', () => {
    const state = toWatchState({ checkedAt: now, seen: ['0001702455-25-000007', 'x', 7, '0001702455-25-000007'] });
    expect(state).toEqual({ checkedAt: now, seen: ['0001702455-25-000007'] });
    expect(withSeen(state, ['0001700538-25-000015', '0001702455-25-000007']).seen).toEqual(['0001700538-25-000015', '0001702455-25-000007']);
    const full = { checkedAt: null, seen: Array.from({ length: MAX_SEEN }, (_, i) => `0000000001-25-${String(i).padStart(6, '0')}`) };
    const next = withSeen(full, ['0001700538-25-000015']);
    expect(next.seen).toHaveLength(MAX_SEEN);
    expect(next.seen[0]).toBe('0000000001-25-000001');
    expect(next.seen.at(-1)).toBe('0001700538-25-000015');
  });
});
