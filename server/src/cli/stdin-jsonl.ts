/**
 * `--stdin-format jsonl`: standard input as JSON Lines of `{"id": …, "text": "…"}`, one article a line,
 * as a map step of a data engine sends it (Spark's `RDD.pipe`, Beam, Dask). Each line becomes one job,
 * read as it arrives; a line that is not such an object becomes a job that reports why, so the output
 * keeps one line per input line.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Job } from './analyze-file';

export async function* jsonlJobs(input: Readable): AsyncGenerator<Job> {
  let number = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    number++;
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield { name: `line ${number}`, id: null, error: `line ${number} is not JSON: ${error instanceof Error ? error.message : error}` };
      continue;
    }
    const { id, text } = (record ?? {}) as { id?: unknown; text?: unknown };
    const name = id === undefined || id === null ? `line ${number}` : String(id);
    if (typeof text !== 'string') yield { name, id: id ?? null, error: `line ${number} has no "text" string` };
    else yield { name, id: id ?? null, text };
  }
}
