// Where the knowledge base's text comes from. The browser bundle (and the tests) embed
// server/data/people.json; the node bundles read dist/people.json from disk on first use instead
// (scripts/esbuild-plugins.mjs swaps in server/src/node/people-data.ts), because scanning a 4 MB
// string literal cost every start of the server, the CLI and each CLI worker about 60 ms.
import raw from '../../data/people.json' with { type: 'text' };

/** people.json as text (a bundle) or already parsed (a plain TypeScript loader). */
export function peopleData(): string | object {
  return raw as unknown as string | object;
}
