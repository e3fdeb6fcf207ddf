// The vocabulary the shared document model needs: reporting verbs for reported speech, from the
// attribution vocabulary (server/data/attribution.yaml) and the loaded verbs of speech in the
// loaded-language lexicon (server/data/loaded-language.yaml: "slammed", "boasted" also report
// speech, however loaded).
import attribution from '../../generated/attribution.json';
import loaded from '../../generated/loaded-language.json';
import type { ReportingKind, SpeechVocabulary } from './speech';

let vocabulary: SpeechVocabulary | undefined;

// Verbs that report what someone urged rather than said; their content is still attributed.
const DIRECTIVE = new Set(['call', 'urge', 'demand', 'recommend', 'propose']);
// Phrases whose source follows them: "according to the police", "citing officials".
const SOURCE_AFTER = new Set(['according to', 'citing']);

export function speechVocabulary(): SpeechVocabulary {
  if (!vocabulary) {
    const verbs = new Map<string, ReportingKind>();
    const forms = new Map<string, string>();
    for (const [lemma, v] of Object.entries(attribution.reportingVerbs as Record<string, { kind: string; forms?: string[] }>)) {
      if (lemma.includes(' ')) continue;
      verbs.set(lemma, DIRECTIVE.has(lemma) ? 'directive' : (v.kind as ReportingKind));
      for (const f of v.forms ?? []) forms.set(f, lemma);
    }
    for (const e of loaded.entries as Array<{ kind: string; words: string[]; forms?: string[] }>) {
      if (e.kind !== 'said-synonym' || e.words.length !== 1) continue;
      const lemma = e.words[0];
      if (!verbs.has(lemma)) verbs.set(lemma, 'speech');
      for (const f of e.forms ?? []) if (!forms.has(f)) forms.set(f, lemma);
    }
    const phrases = (attribution.attributionPhrases as Array<{ phrase: string }>).map((p) => p.phrase).filter((p) => SOURCE_AFTER.has(p));
    const passiveOnly = new Set(Object.keys(attribution.agentlessPassive.verbs).filter((lemma) => !verbs.has(lemma)));
    vocabulary = { verbs, forms, phrases, passiveOnly };
  }
  return vocabulary;
}
