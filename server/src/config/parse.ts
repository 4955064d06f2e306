/**
 * The text of a `.newslens.json` (JSON with comments) as the settings it holds. Reading never throws:
 * each problem carries offsets into the text, and every valid part of the file applies even when
 * others do not, as with the workspace entities file.
 */
import { RULE_CODES, SEVERITIES, type HiddenFinding, type Knowledge, type RuleCode, type RuleSettings } from '../analysis/types';
import { type JsonNode, type JsonProblem, items, members, parseJsonc, spanOf } from '../knowledge/jsonc';
import { entitiesFromNode } from '../knowledge/user';

/** The name of the config file, looked for in the article's folder and each folder above it. */
export const CONFIG_FILE = '.newslens.json';

/** What a config file sets, each part checked (anything invalid left out). */
export interface ConfigData {
  /** Severity per rule code, or `off`. */
  rules: RuleSettings;
  /** Entities added or corrected inline, as in a workspace entities file. */
  entities?: Partial<Knowledge>;
  /** The path of an entities file, relative to the config file's folder. */
  entitiesPath?: string;
  /** Names NewsLens does not read as an entity and raises no finding about. */
  ignoreNames: string[];
  /** Findings reviewed and hidden: a code and the exact text it flagged. */
  hiddenFindings: HiddenFinding[];
  /** Globs of the files to check (all articles when empty), relative to the config file's folder. */
  include: string[];
  /** Globs of files and folders to leave alone, relative to the config file's folder. */
  exclude: string[];
}

const SEVERITY_WORDS = new Set<string>([...SEVERITIES, 'off']);
const CODES = new Set<string>(RULE_CODES);
const KEYS = ['$schema', 'rules', 'entities', 'ignoreNames', 'hiddenFindings', 'include', 'exclude'];

/** An empty config: every rule at its default, nothing hidden or ignored, every article included. */
export function emptyConfig(): ConfigData {
  return { rules: {}, ignoreNames: [], hiddenFindings: [], include: [], exclude: [] };
}

/** The settings a config file's text holds, and its problems. */
export function parseConfig(text: string): { config: ConfigData; problems: JsonProblem[] } {
  const config = emptyConfig();
  if (text.trim() === '') return { config, problems: [] };
  const { root, problems } = parseJsonc(text);
  if (!root) return { config, problems };
  if (root.type !== 'object') {
    problems.push({ message: `${CONFIG_FILE} must be a JSON object (see the README's Configuration section).`, ...spanOf(root) });
    return { config, problems };
  }
  const bad = (node: JsonNode, message: string) => void problems.push({ message, ...spanOf(node) });
  for (const { key, keyNode, value } of members(root)) {
    if (!KEYS.includes(key)) {
      bad(keyNode, `Unknown setting "${key}" (allowed: ${KEYS.slice(1).join(', ')}).`);
      continue;
    }
    if (!value || key === '$schema') continue;
    if (key === 'rules') config.rules = readRules(value, bad);
    else if (key === 'entities') {
      if (value.type === 'string' && String(value.value).trim()) config.entitiesPath = String(value.value).trim();
      else if (value.type === 'object') config.entities = entitiesFromNode(value, problems);
      else bad(value, '"entities" must be an object with "actors", "people" and/or "organizations", or the path of an entities file.');
    } else if (key === 'hiddenFindings') config.hiddenFindings = readHidden(value, bad);
    else config[key as 'ignoreNames' | 'include' | 'exclude'] = readStrings(value, key, bad);
  }
  return { config, problems: problems.sort((a, b) => a.start - b.start) };
}

type Report = (node: JsonNode, message: string) => void;

function readRules(node: JsonNode, bad: Report): RuleSettings {
  const rules: RuleSettings = {};
  if (node.type !== 'object') return (bad(node, '"rules" must be an object of rule codes and severities, e.g. { "vague-source": "off" }.'), rules);
  for (const { key, keyNode, value } of members(node)) {
    if (!CODES.has(key)) bad(keyNode, `Unknown rule "${key}" (rules: ${RULE_CODES.join(', ')}).`);
    else if (value?.type !== 'string' || !SEVERITY_WORDS.has(value.value))
      bad(value ?? keyNode, `The severity of "${key}" must be one of ${[...SEVERITY_WORDS].map((s) => `"${s}"`).join(', ')}.`);
    else rules[key as RuleCode] = value.value;
  }
  return rules;
}

function readStrings(node: JsonNode, key: string, bad: Report): string[] {
  if (node.type !== 'array') return (bad(node, `"${key}" must be an array of strings.`), []);
  return items(node).flatMap((item) =>
    item.type === 'string' && String(item.value).trim() ? [String(item.value).trim()] : (bad(item, `Each item of "${key}" must be a non-empty string.`), []),
  );
}

function readHidden(node: JsonNode, bad: Report): HiddenFinding[] {
  if (node.type !== 'array') return (bad(node, '"hiddenFindings" must be an array of { "code", "text" } objects.'), []);
  return items(node).flatMap((item): HiddenFinding[] => {
    const fields = Object.fromEntries(members(item).map((m) => [m.key, m.value]));
    const code = fields.code;
    const text = fields.text;
    if (item.type !== 'object' || code?.type !== 'string' || text?.type !== 'string' || !text.value) {
      bad(item, 'A hidden finding is an object with a rule "code" and the exact "text" it flagged.');
      return [];
    }
    if (!CODES.has(code.value)) return (bad(code, `Unknown rule "${code.value}" (rules: ${RULE_CODES.join(', ')}).`), []);
    return [{ code: code.value as RuleCode, text: text.value }];
  });
}
