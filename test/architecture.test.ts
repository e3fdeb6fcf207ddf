// The engine and the rules run unchanged in the node server, the web-worker server and the CLI,
// so they may import neither Node built-ins, nor vscode, nor the LSP libraries.
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const portable = ['server/src/engine', 'server/src/rules'];
const forbidden = (spec: string) =>
  spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]) || spec === 'vscode' || spec.startsWith('vscode-languageserver') || spec.startsWith('vscode-languageclient') || spec.startsWith('vscode-jsonrpc');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  for (const dir of portable) {
    it(`${dir} imports nothing platform-specific`, () => {
      const offenders: string[] = [];
      for (const file of files(join(ROOT, dir))) {
        const source = readFileSync(file, 'utf8');
        for (const m of source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
          const spec = m[1] ?? m[2] ?? m[3];
          if (forbidden(spec)) offenders.push(`${relative(ROOT, file)}: ${spec}`);
        }
      }
      assert.deepEqual(offenders, []);
    });
  }

  it('every rule module is registered, and its id matches its file and its doc page', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { defaultRules } = require('../server/src/rules/index') as typeof import('../server/src/rules/index');
    const ids = new Set(defaultRules.map((r) => r.meta.id));
    assert.equal(ids.size, defaultRules.length, 'rule ids are unique');
    for (const rule of defaultRules) {
      const [family, name] = rule.meta.id.split('/');
      assert.ok(statSync(join(ROOT, 'server/src/rules', family, `${name}.ts`)).isFile(), `${rule.meta.id}: module file`);
      assert.ok(statSync(join(ROOT, 'docs/rules', family, `${name}.md`)).isFile(), `${rule.meta.id}: docs/rules/${family}/${name}.md`);
    }
  });
});
