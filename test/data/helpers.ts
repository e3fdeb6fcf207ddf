// Shared helpers for the data-file tests: load the build script and the compilers (plain .mjs
// modules, imported dynamically and typed here), compile small YAML texts written to a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.join(__dirname, '..', '..');

export type ReportPath = Array<string | number>;
export interface Compiler {
  source: string;
  compile(doc: unknown, report: (path: ReportPath, message: string) => void): unknown;
  [other: string]: unknown;
}
export interface CompileResult<T = any> {
  compiled: T | undefined;
  errors: string[];
}
type CompileDataFile = (compiler: Compiler, file?: string) => CompileResult;

async function load<T>(relative: string): Promise<T> {
  return (await import(pathToFileURL(path.join(ROOT, relative)).href)) as T;
}

export async function buildData(): Promise<{ compileDataFile: CompileDataFile }> {
  return load('scripts/build-data.mjs');
}

export async function compiler(name: string): Promise<Compiler> {
  return load(`scripts/data/${name}.mjs`);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-data-'));
let n = 0;

/** Writes `yaml` to a fresh temp file and compiles it with `comp`; returns the file and the result. */
export async function compileText<T = any>(comp: Compiler, yaml: string): Promise<CompileResult<T> & { file: string }> {
  const file = path.join(tmp, `case-${++n}.yaml`);
  fs.writeFileSync(file, yaml);
  const { compileDataFile } = await buildData();
  return { ...(compileDataFile(comp, file) as CompileResult<T>), file };
}

/** The single error that mentions `needle`, checked to sit at FILE:LINE. */
export function errorAt(result: { errors: string[]; file: string }, line: number, needle: string): string {
  const hits = result.errors.filter((e) => e.includes(needle));
  if (hits.length !== 1) {
    throw new Error(`expected one error containing ${JSON.stringify(needle)}; got:\n${result.errors.join('\n') || '(no errors)'}`);
  }
  const prefix = `${result.file}:${line}:`;
  if (!hits[0].startsWith(prefix)) throw new Error(`expected the error at ${prefix}; got ${hits[0]}`);
  return hits[0];
}
