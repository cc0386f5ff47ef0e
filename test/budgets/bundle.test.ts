// Budgets on the BUILT extension (.output/, from `npm run build`; `npm test` builds first):
//   (a) the content script injected on filing pages is within its budget gzipped (budgets.json) (gzip level 9; it was
//       58.8 KB before fast-xml-parser's unused dependencies were left out: build-stubs/, and
//       49.1 KB before the parse and the figures moved to the background), and carries none of
//       fast-xml-parser, zod or our parser, which the background holds instead;
//   (b) no built .js file has a byte above 127: Chrome refuses a content script that "isn't
//       UTF-8 encoded" and the extension then silently does not load (engineering.md, "Traps
//       already found": fast-xml-parser's regex, written out literally by Rolldown);
//   (c) the manifest asks for no more than the README promises (storage, clipboard write,
//       alarms and notifications for the watchlist, https://www.sec.gov/*), injects only on EDGAR archive pages, and loads no remote code.
// A missing build is a failure ("run npm run build first"), never a skip.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../e2e/fixtures';
import { SEC_ORIGIN } from '../e2e/sec-server';
import {
  assertBuilt,
  contentScriptFiles,
  contentScriptSizes,
  filesUnder,
  isBuilt,
  kb,
  KB,
  nonAsciiBytes,
  readManifest,
  type Manifest,
  type Target,
} from './built-extension';
import { BUDGETS } from './budgets';

const CONTENT_SCRIPT_BUDGET = BUDGETS.filingPageScriptGzipKB * KB;
/** The company pages' script (the activity panel, the roll-up, the CSV): it does not parse XML. */
const COMPANY_SCRIPT_BUDGET = BUDGETS.companyPageScriptGzipKB * KB;

/**
 * Strings that survive minification, one set per module kept out of the content script: option
 * names of fast-xml-parser's defaults, zod's class names and messages, our parser's refusals.
 * The background must carry each (so a marker that stopped meaning anything fails here too).
 */
const BACKGROUND_ONLY: Record<string, string[]> = {
  'fast-xml-parser': ['unpairedTags', 'commentPropName', 'tagValueProcessor'],
  'zod': ['$ZodType', 'Invalid input'],
  'lib/filing/parse-ownership.ts': ['declares XML entities', 'nested deeper than any ownership document'],
};
const EDGAR_DATA = 'https://www.sec.gov/Archives/edgar/data/';
const COMPANY_SCRIPT = 'content-scripts/company.js';
/** A filing page's history: injected on filing pages too, but at document_idle, after the overlay's figures. */
const HISTORY_SCRIPT = 'content-scripts/history.js';
const HISTORY_SCRIPT_BUDGET = BUDGETS.historyScriptGzipKB * KB;
/** EDGAR's latest filings: the badges (no parser, no zod, no Preact: the background reads and figures). */
const LATEST_SCRIPT = 'content-scripts/latest.js';
const LATEST_SCRIPT_BUDGET = BUDGETS.latestFilingsScriptGzipKB * KB;

/** The entries that inject on filing pages (every one but the company pages' and the latest filings'). */
function filingEntries(manifest: Manifest): NonNullable<Manifest['content_scripts']> {
  return (manifest.content_scripts ?? []).filter((entry) => !(entry.js ?? []).includes(COMPANY_SCRIPT) && !(entry.js ?? []).includes(LATEST_SCRIPT));
}

describe('(a) content script size', () => {
  it(`the content script injected on filing pages is under ${CONTENT_SCRIPT_BUDGET / KB} KB gzipped (level 9)`, () => {
    const manifest = readManifest('chrome-mv3');
    const sizes = contentScriptSizes('chrome-mv3').filter((s) => s.file !== COMPANY_SCRIPT && s.file !== HISTORY_SCRIPT && s.file !== LATEST_SCRIPT);
    expect(sizes.length, 'manifest.json content_scripts[].js names at least one script').toBeGreaterThan(0);
    // A script loaded later (a chunk listed as a web-accessible resource and imported at run
    // time) would escape this measurement: there must be none.
    const lateScripts = JSON.stringify(manifest.web_accessible_resources ?? []).match(/[^"]+\.m?js/g) ?? [];
    expect(lateScripts, 'web-accessible scripts a content script could import later').toEqual([]);

    const gzip = sizes.reduce((total, s) => total + s.gzipBytes, 0);
    for (const s of sizes) {
      console.log(`content script ${s.file}: ${kb(s.gzipBytes)} gzipped (${s.gzipBytes} B), ${kb(s.bytes)} raw; budget ${kb(CONTENT_SCRIPT_BUDGET)}`);
    }
    expect(
      gzip,
      `content script(s) ${sizes.map((s) => s.file).join(', ')}: ${gzip} B gzipped, budget ${CONTENT_SCRIPT_BUDGET} B; ` +
        'look at which modules are largest (fast-xml-parser, zod vs zod/mini, preact, lib/; a sourcemap build shows them) and at build-stubs/ before raising the budget',
    ).toBeLessThan(CONTENT_SCRIPT_BUDGET);
  });

  it(`the company pages' script is under ${COMPANY_SCRIPT_BUDGET / KB} KB gzipped (level 9)`, () => {
    const company = contentScriptSizes('chrome-mv3').find((s) => s.file === COMPANY_SCRIPT);
    expect(company, `${COMPANY_SCRIPT} in manifest.json content_scripts`).toBeDefined();
    console.log(`content script ${company!.file}: ${kb(company!.gzipBytes)} gzipped (${company!.gzipBytes} B), ${kb(company!.bytes)} raw; budget ${kb(COMPANY_SCRIPT_BUDGET)}`);
    expect(company!.gzipBytes).toBeLessThan(COMPANY_SCRIPT_BUDGET);
  });
});

describe('(a) the history script', () => {
  it(`runs after the overlay (document_idle), apart from the filing-page script, under ${HISTORY_SCRIPT_BUDGET / KB} KB gzipped`, () => {
    const manifest = readManifest('chrome-mv3');
    const entry = (manifest.content_scripts ?? []).find((one) => (one.js ?? []).includes(HISTORY_SCRIPT));
    expect(entry, `${HISTORY_SCRIPT} in manifest.json content_scripts`).toBeDefined();
    expect(entry!.js).toEqual([HISTORY_SCRIPT]);
    expect((entry as { run_at?: string }).run_at).toBe('document_idle');
    const history = contentScriptSizes('chrome-mv3').find((s) => s.file === HISTORY_SCRIPT)!;
    console.log(`content script ${history.file}: ${kb(history.gzipBytes)} gzipped (${history.gzipBytes} B), ${kb(history.bytes)} raw; budget ${kb(HISTORY_SCRIPT_BUDGET)}`);
    expect(history.gzipBytes).toBeLessThan(HISTORY_SCRIPT_BUDGET);
  });
});

describe('(a) the latest-filings script', () => {
  it(`is under ${LATEST_SCRIPT_BUDGET / KB} KB gzipped, and carries no parser, no zod and no Preact`, () => {
    const latest = contentScriptSizes('chrome-mv3').find((s) => s.file === LATEST_SCRIPT);
    expect(latest, `${LATEST_SCRIPT} in manifest.json content_scripts`).toBeDefined();
    console.log(`content script ${latest!.file}: ${kb(latest!.gzipBytes)} gzipped (${latest!.gzipBytes} B), ${kb(latest!.bytes)} raw; budget ${kb(LATEST_SCRIPT_BUDGET)}`);
    expect(latest!.gzipBytes).toBeLessThan(LATEST_SCRIPT_BUDGET);
    const code = readFileSync(join(assertBuilt('chrome-mv3'), LATEST_SCRIPT), 'latin1');
    for (const marker of [...Object.values(BACKGROUND_ONLY).flat(), 'createElement(']) expect(code.includes(marker), `the latest-filings script carries "${marker}"`).toBe(false);
  });
});

describe('(a) what stays in the background', () => {
  const targets: Target[] = ['chrome-mv3', ...(isBuilt('firefox-mv2') ? (['firefox-mv2'] as const) : [])];

  describe.each(targets)('%s', (target) => {
    const read = (file: string) => readFileSync(join(assertBuilt(target), file), 'latin1');

    it.each(Object.entries(BACKGROUND_ONLY))('%s is in the background, not in the filing-page script', (_module, markers) => {
      const manifest = readManifest(target);
      const background = [...(manifest.background?.service_worker ? [manifest.background.service_worker] : []), ...(manifest.background?.scripts ?? [])];
      expect(background.length, 'manifest.json names a background script').toBeGreaterThan(0);
      const backgroundCode = background.map(read).join('\n');
      // The filing-page script (the company pages' and the history's read EDGAR's JSON with zod, later and elsewhere).
      const contentCode = contentScriptFiles(manifest).filter((file) => file !== COMPANY_SCRIPT && file !== HISTORY_SCRIPT).map(read).join('\n');
      for (const marker of markers) {
        expect(backgroundCode.includes(marker), `the background carries "${marker}"`).toBe(true);
        expect(contentCode.includes(marker), `the content script carries "${marker}": an import chain pulls it in again (lib/messages/parse-filing.ts, not lib/messages/parse-filing-answer.ts, is the content script's side)`).toBe(false);
      }
    });
  });
});

describe('(b) no byte above 127 in any built .js file', () => {
  const targets: Target[] = ['chrome-mv3', ...(isBuilt('firefox-mv2') ? (['firefox-mv2'] as const) : [])];

  it.each(targets)('%s', (target) => {
    const dir = assertBuilt(target);
    const files = filesUnder(dir, ['.js', '.mjs']);
    expect(files.length, `.js files in ${dir}`).toBeGreaterThan(0);
    expect(files, 'the content scripts are among the files checked').toEqual(expect.arrayContaining(contentScriptFiles(readManifest(target))));
    const offending = files.flatMap((file) => {
      const found = nonAsciiBytes(readFileSync(join(dir, file)));
      if (found.length === 0) return [];
      const first = found.slice(0, 3).map((b) => `offset ${b.offset} (line ${b.line}, col ${b.column}) byte 0x${b.byte.toString(16)}: ...${b.context}...`);
      return [`${target}/${file}: ${found.length} byte(s) above 127, first at ${first.join('; ')}`];
    });
    expect(
      offending,
      'Chrome refuses such a content script; keep `build.rollupOptions.output.charset: \'ascii\'` in wxt.config.ts',
    ).toEqual([]);
  });
});

/** Chrome's rule for a content script: a match pattern matches, then (if any) an include glob. */
function globToRegExp(glob: string): RegExp {
  const source = [...glob].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`);
}

function isInjected(manifest: Manifest, url: string): boolean {
  return (manifest.content_scripts ?? []).some((entry) => {
    const matched = entry.matches.some((pattern) => globToRegExp(pattern).test(url));
    const included = !entry.include_globs?.length || entry.include_globs.some((glob) => globToRegExp(glob).test(url));
    const excluded = (entry.exclude_globs ?? []).some((glob) => globToRegExp(glob).test(url)) ||
      (entry.exclude_matches ?? []).some((pattern) => globToRegExp(pattern).test(url));
    return matched && included && !excluded;
  });
}

/** Every http(s) or protocol-relative URL a built file would load code from. */
function remoteCodeReferences(dir: string): string[] {
  const found: string[] = [];
  for (const file of filesUnder(dir, ['.html'])) {
    const html = readFileSync(join(dir, file), 'utf8');
    for (const match of html.matchAll(/<(script|link|iframe)\b[^>]*?\b(src|href)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)) {
      found.push(`${file}: <${match[1]} ${match[2]}="${match[3]}">`);
    }
  }
  for (const file of filesUnder(dir, ['.js', '.mjs'])) {
    const js = readFileSync(join(dir, file), 'latin1');
    for (const match of js.matchAll(/(?:\bimport\s*\(|\bimportScripts\s*\(|\bfrom\s*)\s*["'`]((?:https?:)?\/\/[^"'`]+)/g)) {
      found.push(`${file}: loads ${match[1]}`);
    }
  }
  return found;
}

describe('(c) manifest', () => {
  const expected: Record<Target, { permissions: string[]; hostPermissions: string[] | undefined }> = {
    'chrome-mv3': { permissions: ['storage', 'clipboardWrite', 'alarms', 'notifications'], hostPermissions: ['https://www.sec.gov/*', 'https://data.sec.gov/*'] },
    // Manifest V2 has no host_permissions: hosts are listed with the permissions.
    'firefox-mv2': { permissions: ['storage', 'clipboardWrite', 'alarms', 'notifications', 'https://www.sec.gov/*', 'https://data.sec.gov/*'], hostPermissions: undefined },
  };
  const targets: Target[] = ['chrome-mv3', ...(isBuilt('firefox-mv2') ? (['firefox-mv2'] as const) : [])];

  describe.each(targets)('%s', (target) => {
    it('asks for exactly the permissions the README promises', () => {
      const manifest = readManifest(target);
      const sorted = (list: string[] | undefined) => (list === undefined ? undefined : [...list].sort());
      expect(sorted(manifest.permissions), 'permissions').toEqual(sorted(expected[target].permissions));
      expect(sorted(manifest.host_permissions), 'host_permissions').toEqual(sorted(expected[target].hostPermissions));
      expect(manifest.optional_permissions ?? [], 'optional_permissions').toEqual([]);
      expect(manifest.optional_host_permissions ?? [], 'optional_host_permissions').toEqual([]);
    });

    it('injects its filing-page script only under https://www.sec.gov/Archives/edgar/data/*, narrowed by include_globs', () => {
      const manifest = readManifest(target);
      const entries = filingEntries(manifest);
      expect(entries.length, 'content_scripts entries').toBeGreaterThan(0);
      for (const entry of entries) {
        expect(entry.matches, 'matches').toEqual([`${EDGAR_DATA}*`]);
        expect(entry.include_globs?.length ?? 0, 'include_globs narrow the match pattern').toBeGreaterThan(0);
        for (const glob of entry.include_globs ?? []) expect(glob.startsWith(EDGAR_DATA), glob).toBe(true);
      }
      // The patterns as Chrome applies them, on the real sec.gov URLs of the e2e fixtures.
      const filingsOnly = { ...manifest, content_scripts: entries };
      const wrong = FIXTURES.filter((f) => isInjected(filingsOnly, `${SEC_ORIGIN}${f.path}`) !== (f.kind !== 'non-filing'))
        .map((f) => `${f.kind} ${f.name} ${f.path}: ${f.kind === 'non-filing' ? 'injected' : 'not injected'}`);
      expect(wrong).toEqual([]);
    });

    it('injects its company-page script only on company pages', () => {
      const manifest = readManifest(target);
      const company = { ...manifest, content_scripts: (manifest.content_scripts ?? []).filter((entry) => (entry.js ?? []).includes(COMPANY_SCRIPT)) };
      expect(company.content_scripts).toHaveLength(1);
      const pages: [string, boolean][] = [
        ['/cgi-bin/browse-edgar?action=getcompany&CIK=0001318605&type=4&dateb=20221130&owner=include&count=40', true],
        ['/cgi-bin/browse-edgar?CIK=tsla&action=getcompany', true],
        ['/edgar/browse/?CIK=1318605', true],
        ['/cgi-bin/own-disp?action=getissuer&CIK=0001318605', true],
        ['/cgi-bin/browse-edgar?action=getcurrent&count=100&start=0&type=4&owner=include&output=atom', false],
        ['/cgi-bin/browse-edgar?action=getcurrent&type=4&owner=include&count=40', false],
        ['/cgi-bin/own-disp?action=getowner&CIK=0001494730', false],
        ['/edgar/search/', false],
        ['/', false],
        ...FIXTURES.filter((f) => f.kind !== 'non-filing').map((f): [string, boolean] => [f.path, false]),
      ];
      expect(pages.filter(([path, expected]) => isInjected(company, `${SEC_ORIGIN}${path}`) !== expected)).toEqual([]);
    });

    it('injects its latest-filings script only on the latest filings page, not its Atom feed', () => {
      const manifest = readManifest(target);
      const latest = { ...manifest, content_scripts: (manifest.content_scripts ?? []).filter((entry) => (entry.js ?? []).includes(LATEST_SCRIPT)) };
      expect(latest.content_scripts).toHaveLength(1);
      const pages: [string, boolean][] = [
        ['/cgi-bin/browse-edgar?action=getcurrent', true],
        ['/cgi-bin/browse-edgar?action=getcurrent&type=4&owner=include&count=40', true],
        ['/cgi-bin/browse-edgar?action=getcurrent&count=100&start=0&type=4&owner=include&output=atom', false],
        ['/cgi-bin/browse-edgar?action=getcompany&CIK=0001318605&type=4&dateb=20221130&owner=include&count=40', false],
        ['/cgi-bin/own-disp?action=getissuer&CIK=0001318605', false],
        ['/', false],
        ...FIXTURES.filter((f) => f.kind !== 'non-filing').map((f): [string, boolean] => [f.path, false]),
      ];
      expect(pages.filter(([path, expected]) => isInjected(latest, `${SEC_ORIGIN}${path}`) !== expected)).toEqual([]);
    });

    it('loads no remote code: no http(s) URL in a script source or the CSP', () => {
      const dir = assertBuilt(target);
      const manifest = readManifest(target);
      const csp = JSON.stringify(manifest.content_security_policy ?? '');
      expect(csp.match(/(?:https?:)?\/\/[^\s;"']+|'unsafe-eval'|\*/g) ?? [], 'remote or eval sources in content_security_policy').toEqual([]);
      const localScripts = [
        ...contentScriptFiles(manifest),
        ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
        ...(manifest.background?.scripts ?? []),
      ];
      for (const file of localScripts) {
        expect(/^(?:[a-z]+:)?\/\//i.test(file), `${file} is a local path`).toBe(false);
        expect(existsSync(join(dir, file)), `${file} is in ${dir}`).toBe(true);
      }
      expect(remoteCodeReferences(dir)).toEqual([]);
    });
  });
});
