// Rejections are kept: every mutated corpus filing (test/mutation-cases.ts: truncated, a span
// deleted or duplicated, characters swapped) that the parser refused when the recording was
// made must still be refused. The recording (test/fixtures/mutation-rejections.json) was made
// on the parser of 2026-12-01, before the single-pass parse: it lists each refused case by id
// and the hash of its text. A faster parser may refuse more, never less.
// Re-record only on purpose: RECORD_REJECTIONS=1 npx vitest run test/parse-mutations.test.ts

import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOwnership } from '../lib/filing/parse-ownership';
import { CASES_PER_FILE, mutationCases, SEED } from './mutation-cases';

const RECORDING = new URL('./fixtures/mutation-rejections.json', import.meta.url);

interface Recording {
  seed: number;
  casesPerFile: number;
  cases: number;
  rejected: number;
  /** id -> hash of the mutated text, for every case refused when recorded. */
  rejections: Record<string, string>;
}

/** Today's counts, written out so a change in the generator or the corpus shows in review. */
const RECORDED_CASES = 4216;
const RECORDED_REJECTED = 3063;

describe('mutated filings: rejections are kept', () => {
  const cases = mutationCases();
  const refused = new Set(cases.filter((c) => !parseOwnership(c.text).ok).map((c) => c.id));

  if (process.env.RECORD_REJECTIONS === '1') {
    const rejections: Record<string, string> = {};
    for (const c of cases) if (refused.has(c.id)) rejections[c.id] = c.hash;
    const recording: Recording = { seed: SEED, casesPerFile: CASES_PER_FILE, cases: cases.length, rejected: refused.size, rejections };
    writeFileSync(RECORDING, `${JSON.stringify(recording, null, 0)}\n`);
  }
  const recording = JSON.parse(readFileSync(RECORDING, 'utf8')) as Recording;

  it('the cases are the ones recorded (same seed, same corpus, same generator)', () => {
    expect({ seed: recording.seed, casesPerFile: recording.casesPerFile, cases: recording.cases }).toEqual({
      seed: SEED,
      casesPerFile: CASES_PER_FILE,
      cases: cases.length,
    });
    expect(cases.length).toBe(RECORDED_CASES);
    expect(Object.keys(recording.rejections).length).toBe(RECORDED_REJECTED);
    const changed = Object.entries(recording.rejections).filter(([id, hash]) => cases[Number(id)]?.hash !== hash);
    expect(changed, 'recorded cases whose mutated text is no longer the same').toEqual([]);
  });

  it(`every case refused when recorded is still refused (${RECORDED_REJECTED} of ${RECORDED_CASES})`, () => {
    const accepted = Object.keys(recording.rejections)
      .map(Number)
      .filter((id) => !refused.has(id))
      .map((id) => `case ${id} (${cases[id]!.kind} of ${cases[id]!.file})`);
    expect(accepted, 'mutations refused when recorded, now accepted').toEqual([]);
  });

  it('every refusal is one sentence', () => {
    const bad = cases.flatMap((c) => {
      const result = parseOwnership(c.text);
      if (result.ok) return [];
      const message = result.error.message;
      return /^[^\r\n]+\.$/.test(message) ? [] : [`case ${c.id}: ${JSON.stringify(message)}`];
    });
    expect(bad).toEqual([]);
  });
});
