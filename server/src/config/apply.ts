/**
 * A config put to work: which files it covers, the analysis options and knowledge it gives an
 * article (with what the editor's settings or the command line's flags set on top), and the names
 * it says to ignore taken out of the result. The language server and the command line both call
 * `analyzeWithConfig`, so a config means the same in both.
 */
import * as path from 'node:path';
import picomatch from 'picomatch';
import { analyze } from '../analysis/analyze';
import { indexKnowledge, type KnowledgeIndex } from '../analysis/entities/knowledge-index';
import type { Analysis, AnalyzeOptions, Knowledge, RuleCode } from '../analysis/types';
import { mergeKnowledge } from '../knowledge/user';
import type { LoadedConfig } from './load';

type Matcher = (relative: string) => boolean;
const matchers = new WeakMap<LoadedConfig, { include?: Matcher; exclude?: Matcher }>();

/** A matcher for a list of globs; a pattern without a slash matches a name at any depth. */
function compile(patterns: readonly string[]): Matcher | undefined {
  const valid = patterns.filter((p) => {
    try {
      picomatch.makeRe(p);
      return true;
    } catch {
      return false;
    }
  });
  if (valid.length === 0) return undefined;
  // picomatch's basename option applies to every pattern of a list, so the two kinds are compiled apart.
  const names = valid.filter((p) => !p.includes('/'));
  const paths = valid.filter((p) => p.includes('/'));
  const byName = names.length ? picomatch(names, { dot: true, basename: true }) : () => false;
  const byPath = paths.length ? picomatch(paths, { dot: true }) : () => false;
  return (relative) => byName(relative) || byPath(relative);
}

/**
 * Whether the config covers a file: its path, relative to the config's folder, matches an `include`
 * pattern (or there are none), and neither it nor a folder it is in matches an `exclude` pattern. No
 * config covers every file.
 */
export function isIncluded(config: LoadedConfig | undefined, filePath: string): boolean {
  if (!config) return true;
  let compiled = matchers.get(config);
  if (!compiled) matchers.set(config, (compiled = { include: compile(config.include), exclude: compile(config.exclude) }));
  const relative = path.relative(config.dir, path.resolve(filePath)).split(path.sep).join('/');
  if (compiled.include && !compiled.include(relative)) return false;
  if (!compiled.exclude) return true;
  const parts = relative.split('/');
  for (let i = 1; i <= parts.length; i++) if (compiled.exclude(parts.slice(0, i).join('/'))) return false;
  return true;
}

const indexes = new WeakMap<Knowledge, WeakMap<LoadedConfig, KnowledgeIndex>>();

/** The knowledge index for an article: the base, with the config's entities merged over it (built once per config). */
export function indexFor(base: { knowledge: Knowledge; index: KnowledgeIndex }, config: LoadedConfig | undefined): KnowledgeIndex {
  if (!config?.entities) return base.index;
  let byConfig = indexes.get(base.knowledge);
  if (!byConfig) indexes.set(base.knowledge, (byConfig = new WeakMap()));
  let index = byConfig.get(config);
  if (!index) byConfig.set(config, (index = indexKnowledge(mergeKnowledge(base.knowledge, config.entities))));
  return index;
}

/**
 * Analyzes an article under its config. `options` are what the editor's settings or the command
 * line's flags say, and win over the config where they set something: a rule's severity replaces the
 * config's, and hidden findings add to its list.
 */
export function analyzeWithConfig(
  text: string,
  base: { knowledge: Knowledge; index: KnowledgeIndex },
  config: LoadedConfig | undefined,
  options: AnalyzeOptions = {},
): { analysis: Analysis; index: KnowledgeIndex } {
  const index = indexFor(base, config);
  const analysis = analyze(text, index, {
    ...options,
    rules: { ...config?.rules, ...options.rules },
    hidden: [...(config?.hiddenFindings ?? []), ...(options.hidden ?? [])],
  });
  return { analysis: withoutIgnoredNames(analysis, config?.ignoreNames ?? []), index };
}

/** Findings that are about an entity named in them, so that ignoring the name drops them. */
const ABOUT_ENTITY = new Set<RuleCode>(['speaker-without-role', 'profile-conflict', 'unattributed-claim']);

/**
 * The analysis without the ignored names: no mention of an entity written or named so (short forms
 * of an ignored person included), no such person, and no finding about one: a speaker-without-role,
 * profile-conflict or unattributed-claim finding that covers one of its mentions.
 */
export function withoutIgnoredNames(analysis: Analysis, names: readonly string[]): Analysis {
  if (names.length === 0) return analysis;
  const ignored = new Set(names.map((n) => n.toLowerCase()));
  const ids = new Set<string>();
  for (const e of analysis.entities) if (ignored.has(e.text.toLowerCase()) || ignored.has(e.name.toLowerCase())) ids.add(e.id);
  for (const p of analysis.people) if (ignored.has(p.name.toLowerCase())) ids.add(p.id);
  if (ids.size === 0) return analysis;
  const dropped = analysis.entities.filter((e) => ids.has(e.id));
  const people = analysis.people.filter((p) => !ids.has(p.id));
  const spans = [...dropped, ...analysis.people.filter((p) => ids.has(p.id)).flatMap((p) => p.mentions)];
  const findings = analysis.findings.filter((f) => !ABOUT_ENTITY.has(f.code) || !spans.some((s) => s.start < f.end && f.start < s.end));
  return { ...analysis, entities: analysis.entities.filter((e) => !ids.has(e.id)), people, findings };
}
