// scripts/ensure-browser.sh runs apt-get as root on `npm test` (docs/design.md section 7): it must
// say what it installs and why before it does, and install the test browsers' packages only.
// Run here with openssl hidden from PATH and a stand-in apt-get that records its arguments.

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../scripts/ensure-browser.sh', import.meta.url));
const bin = mkdtempSync(join(tmpdir(), 'ensure-browser-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

describe('ensure-browser.sh', () => {
  it('names each missing package and why, then installs just those', () => {
    const isRoot = execFileSync('id', ['-u'], { encoding: 'utf8' }).trim() === '0';
    // Only what the script needs besides apt-get: no openssl on this PATH.
    for (const tool of ['id', 'mktemp', 'rm', 'tail', 'head', 'sudo']) {
      try {
        symlinkSync(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), join(bin, tool));
      } catch {
        // sudo may be absent; the script then needs root, which CI has.
      }
    }
    const calls = join(bin, 'calls.txt');
    writeFileSync(join(bin, 'apt-get'), `#!/bin/sh\necho "$*" >> ${calls}\n`);
    chmodSync(join(bin, 'apt-get'), 0o755);

    const run = spawnSync('/bin/sh', [SCRIPT], { env: { PATH: bin }, encoding: 'utf8' });
    if (!isRoot) {
      // Without root (and without password-less sudo) it installs nothing and says how to.
      expect(run.stderr).toMatch(/missing:.*openssl/);
      return;
    }
    expect(run.stdout).toContain('ensure-browser: the tests need packages that are missing; installing them with apt-get:');
    expect(run.stdout).toMatch(/openssl +a throwaway certificate for the local www\.sec\.gov stand-in/);
    expect(run.stdout).toContain('running: apt-get update && apt-get install -y openssl');
    // The stand-in apt-get installs nothing, so openssl is still missing: a failure, said on stderr.
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ensure-browser: apt-get install of openssl failed/);
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual(['update -qq', 'install -y -qq openssl']);
  });
});
