/**
 * Checks many articles on worker threads and hands the outcomes back in the order the jobs came, so
 * the output is the same whatever the parallelism. With one thread it runs in process, job by job.
 * Jobs are pulled only as threads free up (and the reorder buffer stays bounded), so a long JSONL
 * stream on standard input is never read far ahead of what has been written.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type Job, type Outcome, type Settings, analyzeJob, threadIndex } from './analyze-file';

/** Threads to use by default: one for a few files (starting a thread costs about what 20 articles do). */
export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / 20)));
}

/**
 * Runs every job, calling `deliver` with each outcome in job order. `threads` > 1 starts worker threads
 * running `script` (this same bundle, which calls `serveJobs` when it is not the main thread).
 */
export async function runJobs(
  jobs: Iterable<Job> | AsyncIterable<Job>,
  settings: Settings,
  threads: number,
  script: string,
  deliver: (outcome: Outcome) => void,
): Promise<void> {
  if (threads <= 1) {
    const index = threadIndex(settings);
    for await (const job of jobs) deliver(analyzeJob(job, index, settings));
    return;
  }
  const iterator = (Symbol.asyncIterator in jobs ? jobs[Symbol.asyncIterator]() : jobs[Symbol.iterator]()) as AsyncIterator<Job> | Iterator<Job>;
  const workers = Array.from({ length: threads }, () => new Worker(script, { workerData: settings }));
  const done = new Map<number, Outcome>();
  const inFlight = new Map<Worker, number>();
  let next = 0;
  let delivered = 0;
  let exhausted = false;
  let pulling = false;
  const window = threads * 8;

  try {
    await new Promise<void>((resolve, reject) => {
      const flush = () => {
        while (done.has(delivered)) {
          deliver(done.get(delivered)!);
          done.delete(delivered++);
        }
        if (exhausted && delivered === next) resolve();
      };
      // Gives each idle thread a job, two at a time so none waits on a message round trip.
      const feed = async () => {
        if (pulling) return;
        pulling = true;
        try {
          for (;;) {
            const idle = workers.find((w) => (inFlight.get(w) ?? 0) < 2);
            if (!idle || exhausted || next - delivered >= window) break;
            const item = await iterator.next();
            if (item.done) {
              exhausted = true;
              break;
            }
            inFlight.set(idle, (inFlight.get(idle) ?? 0) + 1);
            idle.postMessage({ index: next++, job: item.value });
          }
          flush();
        } catch (error) {
          reject(error);
        } finally {
          pulling = false;
        }
      };
      for (const worker of workers) {
        worker.on('message', ({ index, outcome }: { index: number; outcome: Outcome }) => {
          inFlight.set(worker, inFlight.get(worker)! - 1);
          done.set(index, outcome);
          flush();
          void feed();
        });
        worker.on('error', reject);
      }
      void feed();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The worker thread's side: analyzes each job it is sent with the settings it was started with. */
export function serveJobs(): boolean {
  if (isMainThread || !parentPort) return false;
  const settings = workerData as Settings;
  const index = threadIndex(settings);
  const port = parentPort;
  port.on('message', ({ index: at, job }: { index: number; job: Job }) => {
    let outcome: Outcome;
    try {
      outcome = analyzeJob(job, index, settings);
    } catch (error) {
      outcome = { name: job.name, id: job.id, error: `analysis failed: ${error instanceof Error ? error.message : error}` };
    }
    port.postMessage({ index: at, outcome });
  });
  return true;
}
