#!/usr/bin/env node
// Builds everything users run: the vocabulary data, then with esbuild the CLI, the node and
// browser language servers, and the VS Code client (desktop and web).
//   node scripts/build.mjs [--watch] [--minify]
import { build, context } from 'esbuild';
import { existsSync, chmodSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { configSchema } from './schema.mjs';
import { plugins, nodePlugins, supported } from './esbuild-plugins.mjs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const data = spawnSync(process.execPath, [join(root, 'scripts', 'build-data.mjs')], { stdio: 'inherit' });
if (data.status !== 0) process.exit(data.status ?? 1);

const common = {
  plugins,
  bundle: true,
  sourcemap: true,
  minify,
  logLevel: 'warning',
  legalComments: 'linked',
  target: 'es2022',
  supported,
  absWorkingDir: root,
};

const node = { ...common, plugins: nodePlugins, platform: 'node', format: 'cjs', target: 'node20' };
const browser = { ...common, platform: 'browser', format: 'iife', mainFields: ['browser', 'module', 'main'], define: { 'process.env.NODE_ENV': '"production"' } };

const targets = [
  { ...node, entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.js' },
  { ...node, entryPoints: ['server/src/server/node.ts'], outfile: 'dist/server-node.js' },
  { ...browser, entryPoints: ['server/src/server/browser.ts'], outfile: 'dist/server-browser.js' },
];
if (existsSync(join(root, 'client/src/node.ts'))) targets.push({ ...node, entryPoints: ['client/src/node.ts'], outfile: 'dist/client-node.js', external: ['vscode'] });
if (existsSync(join(root, 'client/src/browser.ts'))) targets.push({ ...browser, format: 'cjs', entryPoints: ['client/src/browser.ts'], outfile: 'dist/client-browser.js', external: ['vscode'] });

// The node bundles read the knowledge base, compiled (scripts/kb/compile.mjs), from beside
// themselves (server/src/node/people-data.ts).
mkdirSync(join(root, 'dist'), { recursive: true });
copyFileSync(join(root, 'server', 'data', 'kb', 'people.compiled.json'), join(root, 'dist', 'people.compiled.json'));
// The knowledge base includes the Apache-2.0 nicknames data: its notice travels with every build.
copyFileSync(join(root, 'server', 'data', 'kb', 'NOTICE-nicknames.txt'), join(root, 'dist', 'NOTICE-nicknames.txt'));

if (watch) {
  for (const t of targets) await (await context(t)).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(targets.map((t) => build(t)));
  for (const bin of ['dist/cli.js', 'dist/server-node.js']) chmodSync(join(root, bin), 0o755);
  const rules = JSON.parse(spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'rules', '--format', 'json'], { encoding: 'utf8' }).stdout);
  writeFileSync(join(root, 'dist', 'copydesk.schema.json'), JSON.stringify(configSchema(rules), null, 2) + '\n');
}
