// Compiler for server/data/kb/countries.yaml (countries, territories and organisations: their news
// names, aliases and adjectives), which the engine uses to read "Swedish Prime Minister", "U.S.
// officials", "Sweden's prime minister".
//
// Compiled JSON (server/generated/countries.json):
//   { "places": [ { "name", "code", "type" } ],
//     "forms": { "<any name, alias or adjective as written>": [<index into places>, ...] } }
//   An adjective can name two places ("Congolese", "Dominican"); names and aliases are unique.
export const source = 'server/data/kb/countries.yaml';

const TYPES = ['sovereign', 'partially-recognised', 'territory', 'constituent', 'organisation'];

export function compile(doc, report) {
  const places = [];
  const forms = {};
  if (!doc || !Array.isArray(doc.countries)) {
    report([], 'expected a top-level "countries" list');
    return undefined;
  }
  doc.countries.forEach((c, i) => {
    const at = ['countries', i];
    if (!c || typeof c.name !== 'string' || !c.name.trim()) return report(at, 'expected a "name" (the canonical news name)');
    if (typeof c.code !== 'string' || !c.code) return report([...at, 'code'], 'expected a code (ISO 3166-1 alpha-2, or a short code for an organisation)');
    if (!TYPES.includes(c.type)) return report([...at, 'type'], `expected one of ${TYPES.join(', ')}; got ${JSON.stringify(c.type)}`);
    const index = places.length;
    places.push({ name: c.name, code: c.code, type: c.type });
    for (const key of ['aliases', 'adjectives']) {
      if (c[key] !== undefined && !Array.isArray(c[key])) report([...at, key], 'expected a list of strings');
    }
    const names = [c.name, ...(c.aliases ?? [])];
    for (const form of [...names, ...(c.adjectives ?? [])]) {
      if (typeof form !== 'string' || !form.trim()) { report(at, `expected non-empty strings; got ${JSON.stringify(form)}`); continue; }
      const list = (forms[form] ??= []);
      if (names.includes(form) && list.some((other) => other !== index)) report(at, `the name "${form}" already names ${places[list[0]].name}`);
      if (!list.includes(index)) list.push(index);
    }
  });
  return { places, forms };
}
