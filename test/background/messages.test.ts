// What the background accepts: each message checked by zod, anything else ignored; and whom
// it answers: the extension's own pages and its content scripts on www.sec.gov only.

import { describe, expect, it } from 'vitest';
import { ACTIVITY_PORT, isBadgesSender, isOwnSender, toBadgeRequest, toPortRequest, toRequest } from '../../lib/messages/background-protocol';
import { MESSAGE } from '../../lib/messages/message-names';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('toRequest', () => {
  it.each([
    [{ type: 'form4-lens:cache-stats' }, { type: 'form4-lens:cache-stats' }],
    [{ type: 'form4-lens:cache-clear' }, { type: 'form4-lens:cache-clear' }],
    [{ type: 'form4-lens:find-companies', query: 'tsla' }, { type: 'form4-lens:find-companies', query: 'tsla' }],
    [{ type: 'form4-lens:find-companies', query: 'tesla', limit: 5 }, { type: 'form4-lens:find-companies', query: 'tesla', limit: 5 }],
    [{ type: 'form4-lens:rate-limited' }, { type: 'form4-lens:rate-limited' }],
  ])('accepts %j', (message, expected) => {
    expect(toRequest(message)).toEqual(expected);
  });

  it.each([
    ['the popup asking a filing tab', { type: 'form4-lens:get-report' }],
    ['an unknown type', { type: 'form4-lens:fetch', url: 'https://evil.example/' }],
    ['a query too long', { type: 'form4-lens:find-companies', query: 'x'.repeat(101) }],
    ['a limit too large', { type: 'form4-lens:find-companies', query: 'a', limit: 10_000 }],
    ['a query that is not text', { type: 'form4-lens:find-companies', query: { toString: 1 } }],
    ['null', null],
    ['a string', 'form4-lens:cache-clear'],
  ])('ignores %s', (_name, message) => {
    expect(toRequest(message)).toBeNull();
  });
});

describe('toPortRequest', () => {
  it('accepts a window of a company and a history, as the views send them', () => {
    expect(toPortRequest({ type: 'watch', cik: '0001318605', from: '2021-12-01', until: '2022-11-30' })).toEqual({
      type: 'watch',
      cik: '0001318605',
      from: '2021-12-01',
      until: '2022-11-30',
    });
    expect(toPortRequest({ type: 'history' })).toEqual({ type: 'history' });
    // A history names no CIK: which filing it is about, the background knows from its own
    // parse of the tab's filing. CIKs a page might slip in are not read.
    expect(toPortRequest({ type: 'history', issuerCik: '1318605', ownerCiks: ['1494730'] })).toEqual({ type: 'history' });
  });

  it.each([
    ['a ticker instead of a CIK', { type: 'watch', cik: 'TSLA', from: '2021-12-01', until: '2022-11-30' }],
    ['a path in the CIK', { type: 'watch', cik: '../1318605', from: '2021-12-01', until: '2022-11-30' }],
    ['an 11-digit CIK', { type: 'watch', cik: '00001318605', from: '2021-12-01', until: '2022-11-30' }],
    ['a date that is not ISO', { type: 'watch', cik: '1318605', from: '12/01/2021', until: '2022-11-30' }],
  ])('refuses %s', (_name, message) => {
    expect(toPortRequest(message)).toBeNull();
  });
});

describe('isOwnSender', () => {
  it.each([
    ['a content script on a filing page', { id: ID, url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=TSLA', tab: {} }, true],
    ['the popup', { id: ID, url: `${ORIGIN}popup.html` }, true],
    ['the activity page', { id: ID, url: `${ORIGIN}activity.html?cik=0001318605` }, true],
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' }, false],
    ['our content script in a frame elsewhere', { id: ID, url: 'https://evil.example/' }, false],
    ['plain http sec.gov', { id: ID, url: 'http://www.sec.gov/' }, false],
    ['no url', { id: ID }, false],
    ['no sender', undefined, false],
  ])('%s: %s', (_name, sender, expected) => {
    expect(isOwnSender(sender, ID, ORIGIN)).toBe(expected);
  });
});

describe('message names', () => {
  it('share one prefix and are all different', () => {
    const names = [...Object.values(MESSAGE), ACTIVITY_PORT];
    expect(names.every((name) => name.startsWith('form4-lens:'))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the badges port', () => {
  it.each([
    ['our script on the latest filings', { id: ID, url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=4', tab: {} }, true],
    ['our script on a company page', { id: ID, url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=TSLA', tab: {} }, false],
    ['our script on a filing page', { id: ID, url: 'https://www.sec.gov/Archives/edgar/data/1318605/000089924322035390/0000899243-22-035390-index.htm', tab: {} }, false],
    ['the popup', { id: ID, url: `${ORIGIN}popup.html` }, false],
    ['another extension on the latest filings', { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent', tab: {} }, false],
    ['a lookalike host', { id: ID, url: 'https://www.sec.gov.evil.example/cgi-bin/browse-edgar?action=getcurrent', tab: {} }, false],
  ])('%s: %s', (_name, sender, expected) => {
    expect(isBadgesSender(sender, ID, ORIGIN)).toBe(expected);
  });

  it.each([
    [{ type: 'show', filings: [{ cik: '1318605', accession: '0001494730-12-000005' }] }, true],
    [{ type: 'hide', filings: [] }, true],
    [{ type: 'show', filings: [{ cik: '1318605', accession: '000149473012000005' }] }, false],
    [{ type: 'show', filings: [{ cik: '../1318605', accession: '0001494730-12-000005' }] }, false],
    [{ type: 'show', filings: Array.from({ length: 401 }, () => ({ cik: '1', accession: '0001494730-12-000005' })) }, false],
    [{ type: 'watch', cik: '1318605', from: '2022-01-01', until: '2022-12-31' }, false],
  ])('%j is a badge request: %s', (message, expected) => {
    expect(toBadgeRequest(message) !== null).toBe(expected);
  });
});
