#!/usr/bin/env node
// The form4-lens command: runs the CLI bundled by `npm run build` (cli/vite.config.ts).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('form4-lens: run `npm run build` first.\n');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
