// Bundles bench/engine-entry.ts to dist/bench-engine.js (node, cjs) with esbuild's JS API, with
// the same options as scripts/build.mjs uses for the node bundles, so the benchmark measures the
// current engine and rule sources without TypeScript at run time.
import { build } from 'esbuild';
import { nodePlugins as plugins, supported } from '../../scripts/esbuild-plugins.mjs';
import { readFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

export async function bundleEngine(root) {
  // The engine imports the compiled vocabularies (server/generated/*.json); compile them when
  // they are missing (the same step `npm run build` starts with).
  const generated = join(root, 'server', 'generated');
  if (!existsSync(generated) || !readdirSync(generated).length) {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-data.mjs')], { stdio: 'inherit', cwd: root });
    if (r.status !== 0) throw new Error('scripts/build-data.mjs failed');
  }
  const outfile = join(root, 'dist', 'bench-engine.js');
  await build({
    entryPoints: [join(root, 'bench', 'engine-entry.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    supported,
    sourcemap: true,
    minify: false, // the profile maps functions to modules by esbuild's `// path` comments
    plugins,
    absWorkingDir: root,
    logLevel: 'warning',
  });
  return outfile;
}
