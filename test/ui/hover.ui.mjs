// A UI test that uses the editor as a person would: open a sample article from
// the Explorer, rest the mouse on a threat actor's name and read the hover,
// open the Problems panel, and apply a quick fix from the keyboard. It runs
// the real VS Code from code-server in headless Debian Chromium and leaves
// screenshots in test-results/ for a person to look at.
//
// Environment (all optional):
//   NEWSLENS_EXTENSION_PATH  extension root (default: this repo)
//   NEWSLENS_WORKSPACE       folder to open (default: <extension>/samples)
//   NEWSLENS_UI_WORD         actor name to hover (default: Strontium; the hover must say APT28 and Russia)
//   NEWSLENS_UI_DIAGNOSTIC   diagnostic code to look for (default: unattributed-claim)
//   NEWSLENS_UI_TIMEOUT      seconds to wait for each condition (default: 60)
//   NEWSLENS_VERBOSE=1       print code-server's output and the browser console
//   NEWSLENS_KEEP=1          keep the run's folder (code-server and VS Code logs) even when the run passes
//   NEWSLENS_VSIX            a .vsix to install and test instead of the extension folder (or --vsix [file];
//                            --vsix alone takes the package `npm run package` builds)
//
// It also prints the cold start: the time from opening the first article to its first diagnostics.

import fs from 'node:fs';
import path from 'node:path';
import {
  cacheDir,
  chromiumArgs,
  chromiumPath,
  ensureCodeServer,
  freePort,
  loadPlaywright,
  remoteUri,
  repoRoot,
  startCodeServer,
  workbenchUrl,
} from '../../scripts/vscode/code-server.mjs';
import { installVsix, vsixOption } from '../../scripts/vscode/vsix.mjs';
import { describeColdStart, extensionsStarted, startupFromLogs, watchColdStart } from './cold-start.mjs';

const extensionPath = path.resolve(process.env.NEWSLENS_EXTENSION_PATH || repoRoot);
const workspace = path.resolve(process.env.NEWSLENS_WORKSPACE || path.join(extensionPath, 'samples'));
const diagnosticCode = process.env.NEWSLENS_UI_DIAGNOSTIC || 'unattributed-claim';
const waitMs = Number(process.env.NEWSLENS_UI_TIMEOUT || 60) * 1000;
const verbose = process.env.NEWSLENS_VERBOSE === '1';
const resultsDir = path.join(repoRoot, 'test-results');
const word = process.env.NEWSLENS_UI_WORD || 'Strontium';
const vsix = vsixOption();

// Ctrl+C ends the run through process.exit, which also ends code-server.
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

const log = (line) => console.log(`[test:ui] ${line}`);
const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a truthy value; throws `message` (with the last value) on timeout. */
async function until(probe, message, timeoutMs = waitMs) {
  const started = Date.now();
  let last;
  while (Date.now() - started < timeoutMs) {
    last = await probe();
    if (last && !last.retry) return last;
    await settle(200);
  }
  const seen = last?.seen ?? (typeof last === 'string' ? last : undefined);
  throw new Error(`${message} (waited ${timeoutMs / 1000} s)${seen ? `; last seen: ${JSON.stringify(seen).slice(0, 300)}` : ''}`);
}

/** The sample a person would open: the first file in the workspace that names the actor. */
function findSample() {
  if (!fs.existsSync(workspace)) throw new Error(`The workspace folder ${workspace} does not exist. Set NEWSLENS_WORKSPACE.`);
  const names = fs.readdirSync(workspace).sort();
  const name = names.find((entry) => {
    const file = path.join(workspace, entry);
    return fs.statSync(file).isFile() && fs.readFileSync(file, 'utf8').includes(word);
  });
  if (!name) throw new Error(`No file in ${workspace} contains "${word}"`);
  return name;
}

// ----- Steps. Each is a function of the page; they run in order and later
// steps are skipped (counted as failed) when one they need failed.

/** The cold start, watched from the click that opens the first article. */
let coldStart;

/** Opens the sample by clicking its row in the Explorer, once VS Code has started its extensions. */
async function openSample(page, sample, userDataDir) {
  await page.waitForSelector('.monaco-workbench', { timeout: waitMs });
  const shown = Date.now();
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: sample }).first();
  await row.waitFor({ timeout: waitMs });
  const started = await until(() => extensionsStarted(userDataDir), 'VS Code did not start its extensions');
  log(`VS Code started its extensions ${started - shown} ms after the workbench showed`);
  coldStart = watchColdStart(page, sample, Date.now(), waitMs);
  await row.click();
  await until(() => page.locator('.tabs-container .tab.active', { hasText: sample }).count(), `the editor tab for ${sample} did not open`);
  await page.locator('.editor-group-container.active .monaco-editor .view-line').first().waitFor({ timeout: waitMs });
}

/** Prints the time from opening the article to its first diagnostics, and where it went. */
async function firstDiagnostics(userDataDir) {
  const marks = await coldStart;
  const summary = describeColdStart(marks, startupFromLogs(userDataDir, 'newslens.newslens'));
  log(`cold start${vsix ? ' (installed .vsix)' : ''}: ${summary}`);
  if (marks.diagnostics === undefined) throw new Error(summary);
}

/** Where `text` is drawn in the active editor: the centre of its first visible occurrence. */
function locateWord(page, text) {
  return page.evaluate((text) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor .lines-content')?.closest('.monaco-editor');
    if (!editor) return { retry: true, seen: 'no editor' };
    const box = editor.getBoundingClientRect();
    // Monaco draws a line as spans of at most ~50 characters, so a word may
    // straddle two spans: search each line's text, then map back to nodes.
    for (const line of editor.querySelectorAll('.view-line')) {
      const nodes = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let total = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: total.length });
        total += node.textContent;
      }
      // Monaco draws spaces as no-break spaces (same length, so offsets hold).
      const at = total.replace(/\u00a0/g, ' ').indexOf(text);
      if (at < 0) continue;
      const point = (offset) => {
        const hit = nodes.findLast((entry) => entry.start <= offset);
        return [hit.node, offset - hit.start];
      };
      // A Range over just the word, since a span may hold a longer run of text.
      const range = document.createRange();
      range.setStart(...point(at));
      range.setEnd(...point(at + text.length - 1));
      range.setEnd(range.endContainer, range.endOffset + 1);
      const rect = range.getBoundingClientRect();
      const visible = rect.top >= box.top && rect.bottom <= box.bottom && rect.left >= box.left && rect.right <= box.right - 20;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, visible, box: { x: box.left + box.width / 2, y: box.top + box.height / 2 } };
    }
    return { retry: true, seen: `"${text}" is not among the rendered lines`, box: { x: box.left + box.width / 2, y: box.top + box.height / 2 } };
  }, text);
}

/** Text of the visible hover widgets. */
function hoverText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.monaco-hover')]
      .filter((el) => el.offsetParent !== null && !el.classList.contains('hidden'))
      .map((el) => el.innerText)
      .join('\n'),
  );
}

/** Rests the mouse on the actor's name and waits for the server's hover. */
async function hoverActor(page, screenshot = 'hover.png') {
  // Scroll with the mouse wheel until the word is on screen, as a reader would.
  const target = await until(async () => {
    const found = await locateWord(page, word);
    if (found.visible) return found;
    if (found.box) {
      await page.mouse.move(found.box.x, found.box.y);
      await page.mouse.wheel(0, found.x === undefined || found.y > found.box.y ? 200 : -200);
    }
    return { retry: true, seen: found.seen ?? 'not visible yet' };
  }, `"${word}" never became visible in the editor`);

  // The language server may still be starting: if no hover shows, move away
  // and come back, which asks for the hover again.
  let text = '';
  await until(async () => {
    // Inlay hints and code lenses arrive after the text and move the words: locate the word again each time.
    const now = await locateWord(page, word);
    const point = now.visible ? now : target;
    await page.mouse.move(point.x - 40, point.y + 40, { steps: 2 });
    await page.mouse.move(point.x, point.y, { steps: 4 });
    const started = Date.now();
    while (Date.now() - started < 3000) {
      text = await hoverText(page);
      if (text.includes('APT28') && text.includes('Russia')) return true;
      await settle(200);
    }
    return { retry: true, seen: text || 'no hover' };
  }, `hovering "${word}" did not show a hover naming APT28 and Russia`);
  // The hover fades in: wait until no animation runs on it, so the screenshot shows what a reader sees.
  await until(async () => {
    const settled = await page.evaluate(() =>
      [...document.querySelectorAll('.monaco-hover')].some(
        (el) => el.offsetParent !== null && document.getAnimations().length === 0 && getComputedStyle(el).opacity === '1',
      ),
    );
    return settled || { retry: true, seen: 'the hover is still fading in' };
  }, 'the hover never finished fading in');
  await settle(300);
  await page.screenshot({ path: path.join(resultsDir, screenshot) });
  log(`hover: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
}

/** Rows of the Problems panel, as text. */
function problemRows(page) {
  return page.evaluate(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((row) => row.innerText.replace(/\s+/g, ' ')));
}

/** Opens the Problems panel from the keyboard and waits for the expected diagnostic. */
async function openProblems(page) {
  // Move the mouse off the hover and give the workbench the keyboard.
  await page.mouse.move(5, 400);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+M');
  await until(() => page.locator('.markers-panel').isVisible(), 'Ctrl+Shift+M did not open the Problems panel');
  const rows = await until(async () => {
    const rows = await problemRows(page);
    return rows.some((row) => row.includes(diagnosticCode)) ? rows : { retry: true, seen: rows };
  }, `the Problems panel does not list ${diagnosticCode}`);
  await page.screenshot({ path: path.join(resultsDir, 'problems.png') });
  log(`problems: ${rows.length} rows, e.g. ${rows.find((row) => row.includes(diagnosticCode))}`);
}

/** The text of the active editor's rendered lines. */
function editorText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((line) => line.textContent)
      .join('\n'),
  );
}

/** Goes to the flagged range from the Problems panel and applies the quick fix with Ctrl+. and Enter. */
async function applyQuickFix(page) {
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: diagnosticCode }).first();
  await row.click();
  // Enter on the selected problem moves the cursor to its range and the focus into the editor.
  await page.keyboard.press('Enter');
  await until(
    () => page.evaluate(() => !!document.activeElement?.closest('.editor-group-container .monaco-editor')),
    'the editor did not take the focus after choosing the problem',
  );
  const before = await editorText(page);
  const flaggedBefore = (await problemRows(page)).filter((row) => row.includes(diagnosticCode)).length;
  await settle(300);
  await page.keyboard.press('Control+.');
  const menu = await until(async () => {
    const items = await page.evaluate(() =>
      [...document.querySelectorAll('.action-widget .monaco-list-row')].map((row) => row.innerText.trim()).filter(Boolean),
    );
    return items.length ? items : { retry: true, seen: 'no quick fix menu' };
  }, 'Ctrl+. did not show a quick fix menu');
  log(`quick fixes offered: ${menu.join(' | ')}`);
  await page.screenshot({ path: path.join(resultsDir, 'quickfix-menu.png') });
  await page.keyboard.press('Enter');
  await until(async () => {
    const after = await editorText(page);
    return after !== before ? true : { retry: true, seen: 'editor text unchanged' };
  }, 'the quick fix did not change the editor text');
  // The server re-checks the edited text: the fixed problem should go away.
  await until(async () => {
    const flagged = (await problemRows(page)).filter((row) => row.includes(diagnosticCode)).length;
    return flagged < flaggedBefore ? true : { retry: true, seen: `${flagged} ${diagnosticCode} rows, as before the fix` };
  }, `the Problems panel still lists as many ${diagnosticCode} problems after the fix`);
  await page.screenshot({ path: path.join(resultsDir, 'quickfix.png') });
}

/** The inlay hints are drawn in the editor: an actor alias gets its canonical name after it. */
async function inlayHints(page) {
  await page.mouse.move(5, 400);
  await page.keyboard.press('Escape');
  const text = await until(async () => {
    // Monaco draws the hint's space as a no-break space.
    const text = (await editorText(page)).replace(/\u00a0/g, ' ');
    return /→ APT28/.test(text) ? text : { retry: true, seen: 'no "→ APT28" hint among the rendered lines' };
  }, 'the editor shows no inlay hint naming APT28');
  await page.screenshot({ path: path.join(resultsDir, 'inlay-hints.png') });
  log(`inlay hints: ${(text.match(/→ [^\n]{0,20}/g) ?? []).slice(0, 4).join(' | ')}`);
}

/** The colour Monaco draws each word in (the first rendered occurrence), by word. */
function wordColours(page, words) {
  return page.evaluate((words) => {
    const out = {};
    for (const span of document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line span span')) {
      const text = span.textContent.replace(/\u00a0/g, ' ');
      for (const word of words) if (!(word in out) && text.includes(word)) out[word] = getComputedStyle(span).color;
    }
    return out;
  }, words);
}

/** Kinds a reader must tell apart, one word each as the sample writes it. */
const KIND_WORDS = { actor: 'Strontium', country: 'German', organization: 'Microsoft', person: 'Olaf Scholz', quotation: 'This was not a random act' };

/**
 * Actors, countries, organizations, people and quotations are each drawn in their own colour, in the
 * default light theme and, after switching with the theme picker, in Dark Modern and Dark High
 * Contrast; a screenshot of each for the README. The light theme is put back for the later steps.
 */
async function kindColours(page) {
  await page.mouse.move(5, 400);
  await page.keyboard.press('Escape');
  const check = async (theme) => {
    const colours = await until(async () => {
      const found = await wordColours(page, Object.values(KIND_WORDS));
      return Object.keys(found).length === Object.keys(KIND_WORDS).length ? found : { retry: true, seen: found };
    }, `not every kind's word is on screen (${theme})`);
    const distinct = new Set(Object.values(colours));
    log(
      `${theme}: ${Object.entries(KIND_WORDS)
        .map(([kind, word]) => `${kind} ${colours[word]}`)
        .join(', ')}`,
    );
    if (distinct.size < Object.keys(KIND_WORDS).length) throw new Error(`${theme}: kinds share colours: ${JSON.stringify(colours)}`);
    await page.screenshot({ path: path.join(resultsDir, `colours-${theme}.png`) });
  };
  const pickTheme = async (theme, workbenchClass) => {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    await page.locator('.quick-input-widget:visible input.input').first().waitFor({ timeout: waitMs });
    await page.keyboard.type(theme);
    await until(() => page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).count(), `the theme picker does not list ${theme}`);
    await page.keyboard.press('Enter');
    await until(
      () => page.evaluate((name) => document.querySelector('.monaco-workbench')?.classList.contains(name), workbenchClass),
      `the workbench did not switch to ${theme}`,
    );
    await settle(500);
  };
  await check('light');
  await pickTheme('Dark Modern', 'vs-dark');
  await check('dark');
  // The actor card in the dark theme, as a reader sees it there.
  await hoverActor(page, 'hover-dark.png');
  await page.mouse.move(5, 400);
  await page.keyboard.press('Escape');
  await pickTheme('Dark High Contrast', 'hc-black');
  await check('high-contrast');
  await pickTheme('Light Modern', 'vs');
}

/** Runs "NewsLens: Show Attribution Report" from the Command Palette and waits for its charts. */
async function reportView(page) {
  await page.mouse.move(5, 400);
  await page.keyboard.press('Escape');
  // Back to the article, so the command reports on it.
  await page.locator('.editor-group-container .monaco-editor .view-line').first().click();
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget:visible input.input').first().waitFor({ timeout: waitMs });
  await page.keyboard.type('NewsLens: Show Attribution Report');
  await until(
    () => page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Attribution Report' }).count(),
    'the Command Palette does not list the report command',
  );
  await page.keyboard.press('Enter');
  // The webview lives in nested iframes; its text shows once the page has rendered.
  await until(async () => {
    for (const frame of page.frames()) {
      const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      if (text.includes('Sources by kind')) return true;
    }
    return { retry: true, seen: 'no report view yet' };
  }, 'the report view did not show its charts');
  await settle(500);
  await page.screenshot({ path: path.join(resultsDir, 'report.png') });
}

// ----- The run.

async function main() {
  fs.mkdirSync(resultsDir, { recursive: true });
  await ensureCodeServer({ log: (line) => console.log(`[code-server] ${line}`), browser: true });
  const sample = findSample();

  fs.mkdirSync(path.join(cacheDir, 'runs'), { recursive: true });
  const runDir = fs.mkdtempSync(path.join(cacheDir, 'runs', 'test-ui-'));
  // The editor works on a copy, so that an edit (the quick fix) can never
  // reach the repository's samples, whatever the save settings.
  const folder = path.join(runDir, path.basename(workspace));
  fs.cpSync(workspace, folder, { recursive: true });
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  // With a .vsix, the package is installed as a user installs it; otherwise the repository is loaded
  // as an extension under development.
  if (vsix) installVsix({ vsix, userDataDir, extensionsDir, log });
  const port = await freePort();
  const server = await startCodeServer({
    port,
    folder,
    userDataDir,
    extensionsDir,
    output: verbose ? 'inherit' : undefined,
    log: (line) => console.log(`[code-server] ${line}`),
    // Articles are long paragraphs: wrap them so every word is on screen.
    settings: { 'editor.wordWrap': 'on', 'files.autoSave': 'off' },
  });
  const { chromium } = loadPlaywright();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  if (verbose) page.on('console', (message) => console.log(`[browser ${message.type()}] ${message.text()}`));

  const url = workbenchUrl(port, folder, vsix ? [] : [['extensionDevelopmentPath', remoteUri(port, extensionPath)]]);
  log(`opening ${url}`);
  await page.goto(url);

  const steps = [
    { name: `opens ${sample} from the Explorer`, run: () => openSample(page, sample, userDataDir) },
    { name: 'the first diagnostics arrive after opening (cold start)', run: () => firstDiagnostics(userDataDir), needs: 0 },
    { name: `hover on "${word}" names APT28 and Russia`, run: () => hoverActor(page), needs: 0 },
    { name: 'inlay hints name the canonical actor after an alias', run: () => inlayHints(page), needs: 0 },
    {
      name: 'actors, countries, organizations, people and quotes each have their colour, in light, dark and high contrast',
      run: () => kindColours(page),
      needs: 0,
    },
    { name: 'the attribution report opens as charts from the Command Palette', run: () => reportView(page), needs: 0 },
    { name: `Problems panel lists ${diagnosticCode}`, run: () => openProblems(page), needs: 0 },
    { name: 'quick fix from the keyboard changes the text and clears the problem', run: () => applyQuickFix(page), needs: 6 },
  ];
  const outcome = [];
  for (const [index, step] of steps.entries()) {
    const started = Date.now();
    if (step.needs !== undefined && !outcome[step.needs]) {
      outcome.push(false);
      console.log(`  ✘ ${step.name} (skipped: "${steps[step.needs].name}" failed)`);
      continue;
    }
    try {
      await step.run();
      outcome.push(true);
      console.log(`  ✔ ${step.name} (${Date.now() - started} ms)`);
    } catch (error) {
      outcome.push(false);
      const shot = path.join(resultsDir, `failure-${index + 1}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      console.log(`  ✘ ${step.name}\n      ${String(error?.message ?? error).split('\n')[0]}\n      screenshot: ${path.relative(repoRoot, shot)}`);
    }
  }

  await browser.close().catch(() => {});
  await server.stop();
  const passed = outcome.filter(Boolean).length;
  const failed = outcome.length - passed;
  if (failed === 0 && process.env.NEWSLENS_KEEP !== '1') fs.rmSync(runDir, { recursive: true, force: true });
  else log(`kept this run's files (code-server log) in ${runDir}`);
  log(`screenshots in ${path.relative(repoRoot, resultsDir)}/`);
  return { passed, failed };
}

let result;
const overall = setTimeout(
  () => {
    console.error(`[test:ui] no result within 10 minutes; giving up`);
    console.log('ui: 0 passed, 1 failed');
    process.exit(1);
  },
  10 * 60 * 1000,
);
try {
  result = await main();
} catch (error) {
  console.error(`[test:ui] ${error?.message ?? error}`);
  result = { passed: 0, failed: 1 };
}
clearTimeout(overall);
console.log(`ui: ${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed ? 1 : 0);
