// The parse worker (built to dist/parse-worker.mjs): runs activity tasks sent by
// cli/parse-pool.ts one after another; the pool keeps a few queued so the worker never waits for
// the next.

import { parentPort } from 'node:worker_threads';
import { runActivityTask, type ActivityTask } from './activity-task';

parentPort?.on('message', (message: { id: number; task: ActivityTask }) => {
  parentPort?.postMessage({ id: message.id, result: runActivityTask(message.task) });
});
