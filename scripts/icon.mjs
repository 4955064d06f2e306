// Renders the extension's icon (images/icon.svg) to the 128 x 128 PNG that package.json names, with
// the headless Chromium the editor tests use. Run by hand after editing the SVG: node scripts/icon.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumArgs, chromiumPath, repoRoot } from './vscode/paths.mjs';

const svg = path.join(repoRoot, 'images', 'icon.svg');
const png = path.join(repoRoot, 'images', 'icon.png');
const page = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-icon-')), 'icon.html');
// A page with only the SVG at its size, on a transparent background.
fs.writeFileSync(page, `<html><body style="margin:0;background:transparent">${fs.readFileSync(svg, 'utf8')}</body></html>`);
execFileSync(chromiumPath, [
  ...chromiumArgs,
  '--headless',
  '--hide-scrollbars',
  '--default-background-color=00000000',
  '--window-size=128,128',
  `--screenshot=${png}`,
  `file://${page}`,
]);
fs.rmSync(path.dirname(page), { recursive: true, force: true });
console.log(`${path.relative(repoRoot, png)}: ${fs.statSync(png).size} bytes`);
