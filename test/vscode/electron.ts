// The tests' entry in desktop VS Code (@vscode/test-electron; see scripts/vscode-test.mjs): the
// extension host loads this bundle and calls run().
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', timeout: 90000, color: true });
  // Defines suite() and test() for the suite, which the bundle includes.
  mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
  require('./suite/extension.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test${failures === 1 ? '' : 's'} failed.`)) : resolve()));
  });
}
