/**
 * Entry point VS Code loads as `extensionTestsPath`: runs the mocha suite inside the editor's extension
 * host. The same file serves @vscode/test-electron and the code-server runner.
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const file of fs.readdirSync(__dirname)) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      // A plain closing line that CI logs can be read by.
      console.log(`${mocha.suite.total() - failures} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} editor test(s) failed.`));
      else resolve();
    });
  });
}
