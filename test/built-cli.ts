// The command line built and run as a user runs it, for the CLI tests: each test file that calls
// useBuiltCli() gets a build of its own in a scratch folder (so two files never race over dist/),
// made before its tests and removed after them.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Node on `args` from the repository's root, without vitest's environment. */
export function runNode(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name)));
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT, env: { ...clean, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

export interface BuiltCli {
  /** form4-lens with these arguments. */
  cli: (args: string[], env?: Record<string, string>) => Promise<Run>;
  /** The scratch folder (the build is in its dist/). */
  scratch: () => string;
  build: () => string;
}

export function useBuiltCli(prefix: string): BuiltCli {
  let scratch = '';
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), `form4-lens-${prefix}-`));
    const build = join(scratch, 'dist');
    const built = await runNode(['node_modules/vite/bin/vite.js', 'build', '--config', 'cli/vite.config.ts', '--outDir', build, '--emptyOutDir']);
    expect(built.code).toBe(0);
    writeFileSync(join(build, 'run.mjs'), "const { main } = await import('./cli.mjs');\nprocess.exitCode = await main(process.argv.slice(2));\n");
  }, 120_000);
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });
  return {
    cli: (args, env = {}) => runNode([join(scratch, 'dist', 'run.mjs'), ...args], env),
    scratch: () => scratch,
    build: () => join(scratch, 'dist'),
  };
}
