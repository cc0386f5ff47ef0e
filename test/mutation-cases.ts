// Deterministic mutations of real corpus filings, for the rejection-keeping test
// (parse-mutations.test.ts): each corpus file gets a few cases, each case one of truncate,
// delete a span, duplicate a span, swap two characters far apart, swap two neighbours. The
// generator is seeded, so case n is the same text on every machine and every run; a case's
// hash lets the test notice when the generator or the corpus changed under the recording.

import { listCorpus, readCorpus } from './corpus-path';

export type MutationKind = 'truncate' | 'delete' | 'duplicate' | 'swap' | 'swap-neighbours';

export interface MutationCase {
  id: number;
  file: string;
  kind: MutationKind;
  text: string;
  /** FNV-1a of the mutated text, hex. */
  hash: string;
}

const KINDS: readonly MutationKind[] = ['truncate', 'delete', 'duplicate', 'swap', 'swap-neighbours'];
export const SEED = 20261201;
export const CASES_PER_FILE = 8;
const MAX_SPAN = 48;

/** mulberry32: small, fast, and the same everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function mutate(text: string, kind: MutationKind, next: () => number): string {
  const at = Math.floor(next() * text.length);
  const span = 1 + Math.floor(next() * MAX_SPAN);
  switch (kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + span);
    case 'duplicate':
      return text.slice(0, at + span) + text.slice(at, at + span) + text.slice(at + span);
    case 'swap': {
      const other = Math.floor(next() * text.length);
      const [i, j] = at < other ? [at, other] : [other, at];
      if (i === j) return text.slice(0, i);
      return text.slice(0, i) + text[j] + text.slice(i + 1, j) + text[i] + text.slice(j + 1);
    }
    case 'swap-neighbours': {
      const i = Math.min(at, text.length - 2);
      return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
    }
  }
}

/** Every case, in id order: the corpus's xml and submissions folders, CASES_PER_FILE each. */
export function mutationCases(): MutationCase[] {
  const next = random(SEED);
  const cases: MutationCase[] = [];
  for (const file of [...listCorpus('xml'), ...listCorpus('submissions')]) {
    const original = readCorpus(file);
    for (let n = 0; n < CASES_PER_FILE; n += 1) {
      const kind = KINDS[Math.floor(next() * KINDS.length)]!;
      const text = mutate(original, kind, next);
      cases.push({ id: cases.length, file, kind, text, hash: fnv1a(text) });
    }
  }
  return cases;
}
