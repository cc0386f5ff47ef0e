// Growth-ratio timing for text scans (issue 8, finding 1): the time for an input 4 times as
// long must grow about 4 times (linear), never about 16 times (quadratic). Each size is timed
// as the minimum of several runs, each run repeating the scan enough times to be measurable.

const MIN_RUN_MS = 20;
const RUNS = 5;

function timeOnce(scan: () => void, repeats: number): number {
  const start = performance.now();
  for (let i = 0; i < repeats; i += 1) scan();
  return performance.now() - start;
}

/** How many repeats make one run of `scan` last at least MIN_RUN_MS. */
function repeatsFor(scan: () => void): number {
  let repeats = 1;
  while (repeats < 1_000_000 && timeOnce(scan, repeats) < MIN_RUN_MS) repeats *= 2;
  return repeats;
}

function minTime(scan: () => void, repeats: number): number {
  let best = Infinity;
  for (let run = 0; run < RUNS; run += 1) best = Math.min(best, timeOnce(scan, repeats));
  return best;
}

/** Linear is 4; quadratic is 16. Below 8 leaves room for noise on a busy 2-core machine. */
export const LINEAR_LIMIT = 8;
/**
 * Other test files run alongside on 2 cores: a garbage collection or another process can
 * land in one measurement. A quadratic scan is slow every time, so the lowest of a few
 * measured ratios is still about 16 for it, while one noisy ratio of a linear scan is retried.
 */
const ATTEMPTS = 3;

/** time(4n) / time(n) for `scan` over `make(n)` and `make(4n)`, both with the same repeat count. */
export function growthRatio<T>(make: (n: number) => T, scan: (input: T) => unknown, n: number): number {
  const small = make(n);
  const large = make(4 * n);
  const repeats = repeatsFor(() => scan(small));
  // Warm both sizes up so the JIT has compiled the same code for each.
  timeOnce(() => scan(large), 1);
  let best = Infinity;
  for (let attempt = 0; attempt < ATTEMPTS && best >= LINEAR_LIMIT; attempt += 1) {
    best = Math.min(best, minTime(() => scan(large), repeats) / minTime(() => scan(small), repeats));
  }
  return best;
}
