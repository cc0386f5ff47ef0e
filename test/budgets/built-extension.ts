// Reads the built extension in .output/ (from `npm run build`: `wxt build` and
// `wxt build -b firefox`) for the budget tests and the benchmark: its manifest, the content
// script(s) the manifest injects, every built .js file, gzipped sizes, bytes above 127.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Absolute path of .output/ (paths, not URLs: see test/corpus-path.ts). */
export const OUTPUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../.output');

export type Target = 'chrome-mv3' | 'firefox-mv2';

export function targetDir(target: Target): string {
  return join(OUTPUT_DIR, target);
}

export function isBuilt(target: Target): boolean {
  return existsSync(join(targetDir(target), 'manifest.json'));
}

/** Throws "run npm run build first" when the target was not built. */
export function assertBuilt(target: Target): string {
  const dir = targetDir(target);
  if (!isBuilt(target)) {
    throw new Error(
      `No built extension at ${dir} (manifest.json missing): run npm run build first ` +
        '(npm test builds before testing; `npx wxt build` builds chrome-mv3 alone).',
    );
  }
  return dir;
}

/** The fields of manifest.json the budgets look at. */
export interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: string | Record<string, string>;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  content_scripts?: { matches: string[]; include_globs?: string[]; exclude_globs?: string[]; exclude_matches?: string[]; js?: string[]; css?: string[] }[];
  web_accessible_resources?: unknown[];
  [key: string]: unknown;
}

export function readManifest(target: Target): Manifest {
  return JSON.parse(readFileSync(join(assertBuilt(target), 'manifest.json'), 'utf8')) as Manifest;
}

/** Every script file content_scripts[].js names, relative to the target folder, in order, once each. */
export function contentScriptFiles(manifest: Manifest): string[] {
  return [...new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []))];
}

export interface SizedFile {
  /** Relative to the target folder. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** gzip at level 9 (node:zlib), as the budget is defined. */
export function gzippedSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** The content script(s) injected on filing pages, with raw and gzipped sizes. */
export function contentScriptSizes(target: Target = 'chrome-mv3'): SizedFile[] {
  const dir = assertBuilt(target);
  return contentScriptFiles(readManifest(target)).map((file) => {
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`manifest.json of ${target} names content script ${file}, which is not in ${dir}`);
    const bytes = readFileSync(path);
    return { file, bytes: bytes.length, gzipBytes: gzippedSize(bytes) };
  });
}

/** Every file under `dir` whose name ends with one of `extensions`, as paths relative to `dir`, sorted. */
export function filesUnder(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (extensions.some((ext) => name.endsWith(ext))) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

export interface NonAsciiByte {
  offset: number;
  /** 1-based line and column (in bytes) of the offset. */
  line: number;
  column: number;
  byte: number;
  /** The bytes around it, non-ASCII ones as \xNN. */
  context: string;
}

/** Every byte above 127 (Chrome refuses such content scripts: engineering.md, "Traps already found"). */
export function nonAsciiBytes(bytes: Uint8Array): NonAsciiByte[] {
  const found: NonAsciiByte[] = [];
  let line = 1;
  let lineStart = 0;
  for (let offset = 0; offset < bytes.length; offset += 1) {
    const byte = bytes[offset]!;
    if (byte === 0x0a) {
      line += 1;
      lineStart = offset + 1;
    } else if (byte > 127) {
      const around = bytes.subarray(Math.max(0, offset - 30), Math.min(bytes.length, offset + 30));
      const context = [...around].map((b) => (b > 127 || b < 32 ? `\\x${b.toString(16).padStart(2, '0')}` : String.fromCharCode(b))).join('');
      found.push({ offset, line, column: offset - lineStart + 1, byte, context });
    }
  }
  return found;
}

export const KB = 1024;
export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
