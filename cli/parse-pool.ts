// Reads and parses files on every core: a pool of worker threads (dist/parse-worker.mjs), a
// few files in flight per worker (so memory stays flat however many files there are), and
// results handed back in the order the files came, so output and error messages are stable.
// Results wait for their turn in a window of finished ones (small: roll-up entries or one
// file's CSV lines), so a slow file holds up the order of what is reported, not the workers.
// Without the worker file (running from source, or FORM4_LENS_WORKERS=0) the same tasks run
// in this thread.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runActivityTask, type ActivityTask, type ActivityTaskResult } from './activity-task';

// Not a literal in `new URL(...)`, so the bundler leaves it alone: the worker is its own entry.
const WORKER_FILE = './parse-worker.mjs';
/** Files a worker holds at once: enough that it never waits for the next, few enough to bound memory. */
const TASKS_PER_WORKER = 4;
/** Files started but not yet handed back, finished or not: how far the workers may run ahead of the oldest. */
const REORDER_WINDOW = 256;

function workerUrl(): URL | null {
  const url = new URL(WORKER_FILE, import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

/** FORM4_LENS_WORKERS=n, else one per core. */
export function workerCount(): number {
  const asked = Number(process.env.FORM4_LENS_WORKERS);
  return Number.isInteger(asked) && asked >= 0 ? asked : availableParallelism();
}

interface Slot {
  task: ActivityTask;
  /** The worker's index, or -1 for this thread. */
  worker: number;
  result: ActivityTaskResult | null;
}

/** Runs the task for every file; yields the results in the files' order. */
export async function* runTasks(
  files: AsyncIterable<string>,
  toTask: (file: string) => ActivityTask,
  workers = workerCount(),
): AsyncGenerator<ActivityTaskResult> {
  const url = workers > 0 ? workerUrl() : null;
  const pool = url ? Array.from({ length: workers }, () => new Worker(url)) : [];
  // Tasks held by each worker; a stopped worker holds Infinity and gets no more.
  const busy = pool.map(() => 0);
  const pending = new Map<number, Slot>();
  let nextId = 0;
  let wake: (() => void) | null = null;

  function finish(slot: Slot, result: ActivityTaskResult): void {
    slot.result = result;
    if (slot.worker !== -1) busy[slot.worker]! -= 1;
    const waiting = wake;
    wake = null;
    waiting?.();
  }

  for (const [index, worker] of pool.entries()) {
    worker.on('message', ({ id, result }: { id: number; result: ActivityTaskResult }) => {
      const slot = pending.get(id)!;
      pending.delete(id);
      finish(slot, result);
    });
    // A worker that stops (it could not start, or it crashed) takes no more files, and the files
    // it held are read in this thread instead: a file is reported unreadable for its own sake,
    // never for a worker's.
    const stopped = () => {
      busy[index] = Number.POSITIVE_INFINITY;
      for (const [id, slot] of pending) {
        if (slot.worker !== index) continue;
        pending.delete(id);
        finish(slot, runActivityTask(slot.task));
      }
    };
    worker.on('error', stopped);
    worker.on('exit', stopped);
  }

  /** The least busy worker with room, -1 for this thread when there is no live worker, null when all are full. */
  function freeWorker(): number | null {
    const fewest = Math.min(...busy);
    if (fewest < TASKS_PER_WORKER) return busy.indexOf(fewest);
    // A task run in this thread is finished when start() returns: there is always room here.
    if (fewest === Number.POSITIVE_INFINITY || pool.length === 0) return -1;
    return null;
  }

  function start(file: string, worker: number): Slot {
    const task = toTask(file);
    const slot: Slot = { task, worker, result: null };
    if (worker === -1) {
      finish(slot, runActivityTask(task));
    } else {
      busy[worker]! += 1;
      const id = nextId++;
      pending.set(id, slot);
      pool[worker]!.postMessage({ id, task });
    }
    return slot;
  }

  const queue: Slot[] = [];
  const iterator = files[Symbol.asyncIterator]();
  let exhausted = false;
  try {
    for (;;) {
      // Start files while a worker has room and the window is not full.
      for (let worker = freeWorker(); !exhausted && worker !== null && queue.length < REORDER_WINDOW; worker = freeWorker()) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        // The walk may have taken a while: the worker chosen may have filled up or stopped since.
        else queue.push(start(next.value, freeWorker() ?? worker));
      }
      while (queue.length > 0 && queue[0]!.result !== null) yield queue.shift()!.result!;
      // Nothing in flight (no files left, or every task ran in this thread): nothing to wait for.
      if (queue.length === 0) {
        if (exhausted) return;
        continue;
      }
      // Set with no await since the checks above: a task finishing from now on wakes this loop.
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    for (const worker of pool) worker.removeAllListeners('exit');
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
