// The vocabulary the shared document model needs (reporting verbs for reported speech).
import type { ReportingKind, SpeechVocabulary } from './speech';

let vocabulary: SpeechVocabulary | undefined;

const SPEECH = 'say tell add note state explain argue write ask reply respond warn announce report testify confirm deny insist predict conclude acknowledge suggest describe urge claim admit concede slam blast boast fume vow caution stress emphasize recall remark declare complain contend maintain assert allege comment tweet post welcome praise criticize condemn accuse'.split(' ');
const COGNITION = 'believe think expect fear feel agree doubt worry hope suspect assume consider say'.split(' ');

export function speechVocabulary(): SpeechVocabulary {
  if (!vocabulary) {
    const verbs = new Map<string, ReportingKind>();
    for (const v of COGNITION) verbs.set(v, 'cognition');
    for (const v of SPEECH) verbs.set(v, 'speech');
    for (const v of ['estimate', 'forecast', 'project']) verbs.set(v, 'estimate');
    verbs.set('call', 'directive');
    vocabulary = { verbs, phrases: ['according to'] };
  }
  return vocabulary;
}
