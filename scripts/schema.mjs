// The JSON schema for .copydesk.json, generated from the rules' metadata so it lists every rule.
export function configSchema(rules) {
  const level = { enum: ['off', 'hint', 'info', 'warning', 'error'] };
  const categories = [...new Set(rules.map((r) => r.category))];
  const ruleProps = Object.fromEntries([
    ['*', { ...level, description: 'Every rule' }],
    ...categories.map((c) => [c, { ...level, description: `Every rule in the ${c} family` }]),
    ...rules.map((r) => [r.id, { ...level, description: `${r.description} (default: ${r.defaultSeverity})`, markdownDescription: `${r.description}\n\n[Documentation](${r.docs}) · default: \`${r.defaultSeverity}\`` }]),
  ]);
  const strings = (description) => ({ type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 }, maxItems: 10000, description });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/copydesk/copydesk/blob/main/dist/copydesk.schema.json',
    title: 'Copydesk configuration (.copydesk.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The article date (YYYY-MM-DD) for drafts whose front matter has none; every fact is judged against it.' },
      rules: { type: 'object', description: 'Severity per rule id, per category, or * for every rule.', properties: ruleProps, additionalProperties: false },
      houseStyle: {
        type: 'object',
        additionalProperties: false,
        properties: {
          style: { enum: ['ap', 'reuters', 'bbc', 'guardian', 'nyt'], description: 'The style guide place names and spellings follow.' },
          numbers: { enum: ['ap', 'off'], description: 'AP numerals (one through nine spelled out), or no checks.' },
          percent: { enum: ['percent', '%', 'consistent'], description: 'How percentages are written.' },
        },
      },
      names: {
        type: 'object',
        additionalProperties: false,
        properties: {
          accept: strings('Full names of people the knowledge base lacks, spelled as the newsroom accepts them.'),
          prefer: strings('House spellings that replace the knowledge base canonical form.'),
        },
      },
      terms: { type: 'object', additionalProperties: false, properties: { prefer: strings('Preferred forms that win over their variants.') } },
      places: { type: 'object', description: 'Place-name overrides: outdated form -> preferred form, or false to accept it.', additionalProperties: { oneOf: [{ type: 'string', minLength: 1 }, { const: false }] } },
      maxDocumentLength: { type: 'integer', minimum: 1000, maximum: 100000000, description: 'Longer documents are not checked.' },
    },
  };
}
