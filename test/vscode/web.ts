// The tests' entry in VS Code for the web: the web extension host loads this bundle (a web
// worker; see scripts/vscode-test.mjs) and calls run(). mocha's browser build runs the suite.
import 'mocha/mocha.js';

interface BrowserMocha {
  setup(options: { ui: 'tdd'; reporter?: string; timeout?: number; color?: boolean }): void;
  run(done: (failures: number) => void): void;
}

export function run(): Promise<void> {
  // The browser build sets itself as a global.
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 90000, color: false });
    // Loaded after setup, which defines suite() and test().
    require('./suite/extension.test');
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test${failures === 1 ? '' : 's'} failed.`)) : resolve()));
    } catch (error) {
      reject(error);
    }
  });
}
