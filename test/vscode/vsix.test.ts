// The .vsix holds only what the extension needs: it is built with @vscode/vsce (as `npm run
// package` does) and its zip listing is checked. Run by `npm run test:vsix`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const root = join(import.meta.dirname, '..', '..');

/** The entries of a zip file, from its central directory. */
function zipEntries(zip: Buffer): Map<string, () => Buffer> {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, 'a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, () => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('the .vsix package', function () {
  this.timeout(300000);
  let dir: string;
  let entries: Map<string, () => Buffer>;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-vsix-'));
    const out = join(dir, `copydesk-${pkg.version}.vsix`);
    // The same command as `npm run package` (its vscode:prepublish builds the bundles).
    const r = spawnSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', out], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, `vsce package failed:\n${r.stdout}\n${r.stderr}`);
    entries = zipEntries(readFileSync(out));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the bundles, the schema, the grammar, the icon and the documents', () => {
    const files = [...entries.keys()];
    for (const needed of [
      'extension/package.json',
      'extension/dist/client-node.js',
      'extension/dist/client-browser.js',
      'extension/dist/server-node.js',
      'extension/dist/server-node.bundle.js',
      'extension/dist/load-bundle.cjs',
      'extension/dist/server-browser.js',
      'extension/dist/copydesk.schema.json',
      'extension/dist/people.compiled.txt',
      'extension/dist/NOTICE-nicknames.txt',
      // The large JSON modules the node server reads at run time, all of them.
      ...readdirSync(join(root, 'dist', 'data')).map((f) => `extension/dist/data/${f}`),
      'extension/syntaxes/news.tmLanguage.json',
      'extension/syntaxes/news-injection.tmLanguage.json',
      'extension/syntaxes/news.language-configuration.json',
      `extension/${pkg.icon}`,
    ]) {
      assert.ok(files.includes(needed), `${needed} is in the package (it has ${files.join(', ')})`);
    }
    for (const doc of ['readme.md', 'license', 'changelog.md']) {
      assert.ok(files.some((f) => f.toLowerCase() === `extension/${doc}` || f.toLowerCase() === `extension/${doc}.txt`), `${doc} is in the package`);
    }
  });

  it('has no sources, tests, source maps, node_modules or development files', () => {
    const allowed = /^(extension\.vsixmanifest|\[Content_Types\]\.xml|extension\/(package\.json|readme\.md|license(\.txt)?|changelog\.md|client\/icon\.png|dist\/(client|server)-(node|browser)\.js|dist\/server-node\.bundle\.js|dist\/load-bundle\.cjs|dist\/(client|server)-(node|browser)(\.bundle)?\.js\.LEGAL\.txt|dist\/copydesk\.schema\.json|dist\/people\.compiled\.txt|dist\/NOTICE-nicknames\.txt|dist\/data\/[\w-]+\.[0-9a-f]{12}\.json|syntaxes\/[\w.-]+\.json))$/i;
    const unexpected = [...entries.keys()].filter((f) => !allowed.test(f));
    assert.deepEqual(unexpected, [], 'only what the extension needs');
    for (const f of entries.keys()) {
      assert.doesNotMatch(f, /\.(ts|map|mjs)$|node_modules|\/test\/|\/server\/|\/scripts\/|\/examples\//, f);
    }
  });

  it('declares both entries, the commands and the settings it needs', () => {
    const manifest = JSON.parse(entries.get('extension/package.json')!().toString('utf8'));
    assert.equal(manifest.main, './dist/client-node.js');
    assert.equal(manifest.browser, './dist/client-browser.js');
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
    for (const c of ['copydesk.lintWorkspace', 'copydesk.fixAll', 'copydesk.showOutput', 'copydesk.addName']) assert.ok(commands.includes(c), c);
    const settings = manifest.contributes.configuration.properties;
    for (const s of ['copydesk.enable', 'copydesk.rules', 'copydesk.houseStyle.style', 'copydesk.houseStyle.numbers', 'copydesk.houseStyle.percent', 'copydesk.date', 'copydesk.names.accept', 'copydesk.names.prefer', 'copydesk.terms.prefer', 'copydesk.maxDocumentLength']) {
      assert.ok(settings[s], `${s} is contributed`);
      assert.ok(settings[s].description || settings[s].markdownDescription, `${s} is described`);
    }
    // Defaults are "not set", so a newsroom's .copydesk.json is not overridden.
    for (const s of Object.keys(settings).filter((k) => k !== 'copydesk.enable' && k !== 'copydesk.trace.server')) {
      const d = settings[s].default;
      assert.ok(d === '' || d === 0 || (Array.isArray(d) && d.length === 0) || (typeof d === 'object' && Object.keys(d).length === 0), `${s} defaults to an empty value, not ${JSON.stringify(d)}`);
    }
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.copydesk.json', url: './dist/copydesk.schema.json' }]);
  });
});
