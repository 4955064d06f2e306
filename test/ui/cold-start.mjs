// Cold start as a user meets it: the time from opening the first article (the click on its row in the
// Explorer, once VS Code has started its extensions) to its first diagnostics in the editor, with what
// happened in between: the editor tab, the extension's activation (VS Code's extension host log) and
// the language server's start (the extension's own log, "ready in N ms"). Timestamps from the logs are
// the machine's local time.

import fs from 'node:fs';
import path from 'node:path';

/**
 * What the page shows: the Problems counter in the status bar and the squiggles (the diagnostics), and
 * NewsLens's own status bar item, which appears once the extension host has the article as its
 * active editor (it says "sourced" until the diagnostics arrive).
 */
function shown(page) {
  return page.evaluate(() => {
    const counter = document.querySelector('[id="status.problems"]')?.textContent ?? '';
    const count = (counter.match(/\d+/g) ?? []).reduce((sum, n) => sum + Number(n), 0);
    const squiggles = document.querySelectorAll('.editor-group-container.active .monaco-editor [class*="squiggly-"]').length;
    const item = [...document.querySelectorAll('.statusbar-item')].some((el) => el.id.endsWith('newslens.status'));
    return { diagnostics: count > 0 || squiggles > 0, item };
  });
}

/**
 * Starts watching right away (call it just before the click that opens the article): resolves with
 * the milliseconds from `clickedAt` to the tab, to NewsLens's status bar item and to the first
 * diagnostics the page shows.
 */
export function watchColdStart(page, sample, clickedAt, timeoutMs) {
  return (async () => {
    const marks = { clickedAt };
    while (Date.now() - clickedAt < timeoutMs) {
      if (marks.tab === undefined && (await page.locator('.tabs-container .tab.active', { hasText: sample }).count())) marks.tab = Date.now() - clickedAt;
      const now = await shown(page);
      if (marks.item === undefined && now.item) marks.item = Date.now() - clickedAt;
      if (now.diagnostics) {
        marks.diagnostics = Date.now() - clickedAt;
        return marks;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return marks;
  })();
}

/** Every *.log file below `dir`. */
function logFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? logFiles(full) : entry.name.endsWith('.log') ? [full] : [];
  });
}

/** "2026-12-05 23:59:01.123 [info] text" -> { at: epoch ms, text }. */
function logLine(line) {
  const match = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) \[\w+\] (.*)$/.exec(line);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second, ms] = match.slice(1, 8).map(Number);
  return { at: new Date(year, month - 1, day, hour, minute, second, ms).getTime(), text: match[8] };
}

/**
 * When VS Code's extension host had started its extensions ("Eager extensions activated"), or
 * undefined while it has not. code-server launches that process seconds after the workbench shows;
 * an article opened before then waits for it, whatever the extension does.
 */
export function extensionsStarted(userDataDir) {
  for (const file of logFiles(path.join(userDataDir, 'logs'))) {
    if (!file.endsWith('exthost.log')) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const entry = logLine(line);
      if (entry?.text === 'Eager extensions activated') return entry.at;
    }
  }
  return undefined;
}

/** The activation and the server start of `extensionId` from the code-server logs in `userDataDir`. */
export function startupFromLogs(userDataDir, extensionId) {
  const found = {};
  for (const file of logFiles(path.join(userDataDir, 'logs'))) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const entry = logLine(line);
      if (!entry) continue;
      if (found.activation === undefined && entry.text.includes(`_doActivateExtension ${extensionId},`)) {
        found.activation = entry.at;
        found.event = /activationEvent: '([^']+)'/.exec(entry.text)?.[1];
      }
      const ready = /language server .* ready in (\d+) ms/.exec(entry.text);
      if (found.ready === undefined && ready) {
        found.ready = entry.at;
        found.readyMs = Number(ready[1]);
      }
    }
  }
  return found;
}

/** One line that says how long the cold start took and where the time went. */
export function describeColdStart(marks, logs) {
  if (marks.diagnostics === undefined) return `no diagnostics within the wait (editor tab after ${marks.tab ?? '-'} ms)`;
  const at = (time) => `${time - marks.clickedAt >= 0 ? '+' : ''}${time - marks.clickedAt} ms`;
  const parts = [`editor tab at +${marks.tab ?? '?'} ms`];
  if (logs.activation !== undefined) parts.push(`activation (${logs.event ?? 'event ?'}) requested at ${at(logs.activation)}`);
  if (logs.ready !== undefined) parts.push(`language server ready at ${at(logs.ready)} (${logs.readyMs} ms after activate())`);
  if (marks.item !== undefined) parts.push(`NewsLens has the article at +${marks.item} ms`);
  parts.push(`first diagnostics drawn at +${marks.diagnostics} ms`);
  return `${marks.diagnostics} ms from the click that opens the article to its first diagnostics (${parts.join('; ')})`;
}
