#!/usr/bin/env node
// Validates and compiles the vocabulary data files (server/data/*.yaml) into JSON the engine
// bundles (server/generated/*.json). Each data file has a compiler in scripts/data/<name>.mjs:
//
//   export const source = 'server/data/<name>.yaml';
//   export function compile(doc, report) -> compiled value
//
// or, for data taken from an installed package rather than a YAML file of ours:
//
//   export function build(root, report) -> compiled value
//
// `report(path, message)` records an error at a path inside the YAML document (an array of keys
// and indices); errors are printed as FILE:LINE:COLUMN with what was expected, and the build fails.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDocument, LineCounter, isMap, isSeq } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'server', 'generated');

/** Finds the YAML node at a path, for its position. */
function nodeAt(doc, path) {
  let node = doc.contents;
  for (const key of path) {
    if (isMap(node)) node = node.items.find((p) => (p.key?.value ?? p.key) === key)?.value ?? node;
    else if (isSeq(node)) node = node.items[key] ?? node;
    else break;
  }
  return node;
}

export function compileDataFile(compiler, file = join(root, compiler.source)) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { compiled: undefined, errors: [`${file}: cannot be read (${error.code ?? error.message})`] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const errors = [];
  const where = (offset) => { const p = lineCounter.linePos(offset ?? 0); return `${file}:${p.line}:${p.col}`; };
  for (const e of doc.errors) errors.push(`${where(e.pos?.[0])}: YAML syntax error: ${e.message.split('\n')[0]}`);
  let compiled;
  if (!errors.length) {
    const report = (path, message) => {
      const node = nodeAt(doc, path);
      errors.push(`${where(node?.range?.[0])}: ${path.length ? path.join('.') + ': ' : ''}${message}`);
    };
    compiled = compiler.compile(doc.toJS(), report);
  }
  return { compiled, errors };
}

function buildFromPackage(compiler, name) {
  const errors = [];
  const compiled = compiler.build(root, (message) => errors.push(`scripts/data/${name}: ${message}`));
  return { compiled, errors };
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const compilers = readdirSync(join(root, 'scripts', 'data')).filter((f) => f.endsWith('.mjs')).sort();
  let failed = 0;
  for (const f of compilers) {
    const compiler = await import(pathToFileURL(join(root, 'scripts', 'data', f)).href);
    const { compiled, errors } = compiler.build ? buildFromPackage(compiler, f) : compileDataFile(compiler);
    if (errors.length) {
      failed += errors.length;
      for (const e of errors) console.error(e);
      continue;
    }
    writeFileSync(join(outDir, `${basename(f, '.mjs')}.json`), JSON.stringify(compiled));
  }
  if (failed) {
    console.error(`build-data: ${failed} error(s) in the data files; nothing was compiled for them.`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
