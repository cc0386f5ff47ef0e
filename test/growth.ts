// Growth-ratio timing for text scans (docs/design.md, "Bounded on hostile input"): the time for
// an input 16 times as long must grow about 16 times (linear), never about 256 times
// (quadratic). The limit, 64, sits a factor of 4 from both, so neither a busy machine nor a
// quadratic scan that happens to be fast on small inputs lands on the wrong side of it. Each
// size is timed as the minimum of several runs, each run repeating the scan enough times to
// be measurable; the two sizes use the same repeat count. No absolute time is asserted: those
// belong to `npm run bench`.

const MIN_RUN_MS = 10;
const RUNS = 5;
/** The larger input is GROWTH times the smaller. */
export const GROWTH = 16;
/** Linear is 16, quadratic 256: fail above 64. */
export const LINEAR_LIMIT = 64;
/**
 * Other test files run alongside on 2 cores: a garbage collection or another process can
 * land in one measurement. A quadratic scan is slow every time, so the lowest of a few
 * measured ratios is still about 256 for it, while one noisy ratio of a linear scan is retried.
 */
const ATTEMPTS = 3;

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

/** time(16n) / time(n) for `scan` over `make(n)` and `make(16n)`, the best of a few attempts. */
export function growthRatio<T>(make: (n: number) => T, scan: (input: T) => unknown, n: number): number {
  const small = make(n);
  const large = make(GROWTH * n);
  const repeats = repeatsFor(() => scan(small));
  // Warm both sizes up so the JIT has compiled the same code for each.
  timeOnce(() => scan(large), 1);
  let best = Infinity;
  for (let attempt = 0; attempt < ATTEMPTS && best >= LINEAR_LIMIT; attempt += 1) {
    best = Math.min(best, minTime(() => scan(large), repeats) / minTime(() => scan(small), repeats));
  }
  return best;
}
