// The loaded-language rule family: loaded wording in the reporter's own voice, one rule per kind
// of lexicon entry (server/data/loaded-language.yaml). The rules share one matcher per document.
import type { Rule } from '../../engine/rule';
import { saidSynonym } from './said-synonym';
import { emotive } from './emotive';
import { puffery } from './puffery';
import { editorializing } from './editorializing';
import { doubt } from './doubt';
import { labels } from './labels';

export const loadedLanguageRules: Rule[] = [saidSynonym, emotive, puffery, editorializing, doubt, labels];
