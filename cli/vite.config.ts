// Builds the command-line tool for Node: `cli/main.ts` -> `dist/cli.mjs`, with lib/ and its
// dependencies (fast-xml-parser, zod) bundled in, so `bin/form4-lens.mjs` needs nothing at
// run time but node. The same build emits `dist/lib.mjs` (bench/lib-entry.ts) so the
// benchmark times the very code the CLI and the extension run, and `dist/parse-worker.mjs`,
// the worker thread `activity` parses on (cli/parse-pool.ts finds it beside dist/cli.mjs);
// the entries share chunks.

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  // Bundle every import (Vite's SSR build leaves node_modules external by default);
  // node: built-ins stay imports.
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: { cli: 'cli/main.ts', lib: 'bench/lib-entry.ts', 'parse-worker': 'cli/parse-worker.ts' },
      output: {
        format: 'es',
        entryFileNames: '[name].mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
      },
    },
  },
});
