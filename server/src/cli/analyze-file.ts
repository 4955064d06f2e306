/**
 * One article through the analysis, the same on the main thread and on a worker thread: read it (unless
 * its text came with the job), analyze it, and return plain data that crosses a thread boundary.
 */
import { type KnowledgeIndex, indexKnowledge } from '../analysis/entities/knowledge-index';
import { isMarkdownFile } from '../analysis/text/markdown';
import type { Analysis, RuleSettings } from '../analysis/types';
import { builtinKnowledge, knowledgeWithEntitiesFiles } from '../knowledge/index';
import { analyzeWithConfig } from '../config/apply';
import { ConfigResolver } from '../config/load';
import { ioMessage, readText } from './read';

/** An article to check: a file to read, or text already read (standard input, a JSONL line). */
export interface Job {
  /** The file to read; absent when `text` is given. */
  path?: string;
  /** The name the article is reported under. */
  name: string;
  text?: string;
  /** The id of a JSONL input line, echoed in the output. */
  id?: unknown;
  /** Why the job cannot be checked (a JSONL line that is not an article). */
  error?: string;
  /** The config file that applies to the article (the main thread found it and told its problems). */
  config?: string;
}

/** What became of a job: its analysis, or why it could not be checked. */
export type Outcome = { name: string; id?: unknown; text: string; analysis: Analysis; error?: undefined } | { name: string; id?: unknown; error: string };

/** What every thread needs to analyze alike. */
export interface Settings {
  rules: RuleSettings;
  maxLength: number;
  /** The workspace entities file's text, applied over the built-in knowledge. */
  entitiesJson?: string;
}

/** The knowledge index for the settings, built once per thread. */
export function threadIndex(settings: Settings): KnowledgeIndex {
  const knowledge = settings.entitiesJson ? knowledgeWithEntitiesFiles([settings.entitiesJson]).knowledge : builtinKnowledge();
  return indexKnowledge(knowledge);
}

/** This thread's configs, each read once. */
const configs = new ConfigResolver();

export function analyzeJob(job: Job, index: KnowledgeIndex, settings: Settings): Outcome {
  if (job.error) return { name: job.name, id: job.id, error: job.error };
  let text: string;
  try {
    text = job.text ?? readText(job.path ?? job.name);
  } catch (error) {
    return { name: job.name, id: job.id, error: ioMessage(error, job.path ?? job.name) };
  }
  const config = job.config ? configs.load(job.config) : undefined;
  const options = { rules: settings.rules, maxLength: settings.maxLength, markdown: isMarkdownFile(job.name) };
  const { analysis } = analyzeWithConfig(text, { knowledge: index.knowledge, index }, config, options);
  // The tokens are the bulk of an analysis and no output format reads them: leave them out, so that a
  // result costs little to send between threads and is the same whichever thread made it.
  analysis.structure = { ...analysis.structure, tokens: [] };
  return { name: job.name, id: job.id, text, analysis };
}
