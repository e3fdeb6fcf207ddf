// The node bundles' source of the knowledge base: dist/people.json beside the bundle, read on
// first use (see server/src/engine/people-data.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function peopleData(): string {
  return readFileSync(join(__dirname, 'people.json'), 'utf8');
}
