// The parse worker (built to dist/parse-worker.mjs): runs activity tasks sent by
// cli/parse-pool.ts, several at a time so file reads overlap with parsing.

import { parentPort } from 'node:worker_threads';
import { runActivityTask, type ActivityTask } from './activity-task';

parentPort?.on('message', (message: { id: number; task: ActivityTask }) => {
  void runActivityTask(message.task).then((result) => parentPort?.postMessage({ id: message.id, result }));
});
