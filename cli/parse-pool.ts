// Reads and parses files on every core: a pool of worker threads (dist/parse-worker.mjs), a
// bounded number of files in flight (so memory stays flat however many files there are), and
// results handed back in the order the files came, so output and error messages are stable.
// Without the worker file (running from source, or FORM4_LENS_WORKERS=0) the same tasks run
// in this thread.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runActivityTask, type ActivityTask, type ActivityTaskResult } from './activity-task';

// Not a literal in `new URL(...)`, so the bundler leaves it alone: the worker is its own entry.
const WORKER_FILE = './parse-worker.mjs';
/** Files given to each worker at once: enough to overlap reading and parsing, few enough to bound memory. */
const TASKS_PER_WORKER = 8;

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
  file: string;
  worker: number;
  result: ActivityTaskResult | null;
  resolve: () => void;
  done: Promise<void>;
}

function newSlot(file: string, worker: number): Slot {
  let resolve!: () => void;
  const done = new Promise<void>((settle) => (resolve = settle));
  return { file, worker, result: null, resolve, done };
}

/** Runs the task for every file; yields the results in the files' order. */
export async function* runTasks(
  files: AsyncIterable<string>,
  toTask: (file: string) => ActivityTask,
  workers = workerCount(),
): AsyncGenerator<ActivityTaskResult> {
  const url = workers > 0 ? workerUrl() : null;
  const pool = url ? Array.from({ length: workers }, () => new Worker(url)) : [];
  const busy = pool.map(() => 0);
  const pending = new Map<number, Slot>();
  for (const [index, worker] of pool.entries()) {
    worker.on('message', ({ id, result }: { id: number; result: ActivityTaskResult }) => {
      busy[index]! -= 1;
      const slot = pending.get(id)!;
      pending.delete(id);
      slot.result = result;
      slot.resolve();
    });
    // A worker that dies takes no more files; the files it held are reported, not waited for.
    const stopped = (error: unknown) => {
      busy[index] = Number.POSITIVE_INFINITY;
      for (const [id, slot] of pending) {
        if (slot.worker !== index) continue;
        pending.delete(id);
        const message = `Internal error: the parse worker stopped (${String(error)}).`;
        slot.result = { file: slot.file, ok: false, error: { message } };
        slot.resolve();
      }
    };
    worker.on('error', stopped);
    worker.on('exit', (code) => stopped(`exit code ${code}`));
  }
  const limit = Math.max(1, pool.length) * TASKS_PER_WORKER;
  const queue: Slot[] = [];
  let nextId = 0;

  function start(file: string): Slot {
    const task = toTask(file);
    const index = busy.indexOf(Math.min(...busy));
    const slot = newSlot(file, index);
    if (index === -1 || busy[index] === Number.POSITIVE_INFINITY) {
      void runActivityTask(task).then((result) => {
        slot.result = result;
        slot.resolve();
      });
      return slot;
    }
    // The least busy worker: a slow file never holds up the others' queues.
    busy[index]! += 1;
    const id = nextId++;
    pending.set(id, slot);
    pool[index]!.postMessage({ id, task });
    return slot;
  }

  try {
    for await (const file of files) {
      queue.push(start(file));
      while (queue.length >= limit) {
        const head = queue.shift()!;
        await head.done;
        yield head.result!;
      }
    }
    while (queue.length > 0) {
      const head = queue.shift()!;
      await head.done;
      yield head.result!;
    }
  } finally {
    for (const worker of pool) worker.removeAllListeners('exit');
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
