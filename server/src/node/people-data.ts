// The node bundles' source of the knowledge base: dist/people.compiled.txt beside the bundle, read
// on first use (see server/src/engine/people-data.ts). The file is ASCII only (scripts/kb/compile.mjs
// escapes everything else), so it is read as Latin-1, which skips UTF-8 decoding.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function peopleData(): string {
  return readFileSync(join(__dirname, 'people.compiled.txt'), 'latin1');
}
