// The house of docs/architecture.md, checked: lib/ is pure (no browser, WXT, page or network,
// nothing from components/, cli/ or entrypoints/), and each folder of lib/ uses only the
// folders below it in the order the architecture lists, so data flows one way.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LIB = join(ROOT, 'lib');
/** Top to bottom, as docs/architecture.md draws them; `settings` and `sec` may sit side by side. */
const ORDER = ['views', 'watchlist', 'messages', 'market', 'wording', 'activity', 'csv', 'figures', 'filing', 'settings', 'sec', 'xml', 'edgar', 'text'];

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?from '([^']+)'/gm)].map((match) => match[1]!);
}

const files = sourcesUnder(LIB);

describe('lib/', () => {
  it('has every folder the architecture lists, and no file outside them', () => {
    const folders = new Set(files.map((file) => relative(LIB, file).split('/')[0]!));
    expect([...folders].sort()).toEqual([...ORDER].sort());
  });

  it('imports only lib/ itself and the libraries made for the job (fast-xml-parser, zod)', () => {
    const outside = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => (spec.startsWith('.') ? !resolve(dirname(file), spec).startsWith(LIB) : !/^(fast-xml-parser|zod)(\/|$)/.test(spec)))
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    );
    expect(outside).toEqual([]);
  });

  // ("document" and "window" name a filing's document and an activity window here, so they are not looked for.)
  it('never reaches for the browser: no browser.*, chrome.*, navigator, storage or fetch', () => {
    const touching = files.filter((file) =>
      /\b(browser|chrome|navigator)\.\w|\b(localStorage|sessionStorage|indexedDB|XMLHttpRequest)\b|\bfetch\(/.test(readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')),
    );
    expect(touching.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('each folder uses only the folders below it', () => {
    const upward = files.flatMap((file) => {
      const from = relative(LIB, file).split('/')[0]!;
      return importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => relative(LIB, resolve(dirname(file), spec)).split('/')[0]!)
        .filter((to) => to !== from && ORDER.indexOf(to) < ORDER.indexOf(from) && !(from === 'sec' && to === 'settings') && !(from === 'settings' && to === 'sec'))
        .map((to) => `lib/${from} uses lib/${to} (${relative(ROOT, file)})`);
    });
    expect(upward).toEqual([]);
  });
});
