// figures/age-birth-year: a person's age ("Woods, 43,", "At 79, Trump", "the 64-year-old Smith")
// that does not match their birth date on the article's date — the birth date given in the draft
// ("who was born on Dec. 30, 1975") or, for people in the knowledge base, the knowledge base's.
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Doc } from '../../engine/document';
import type { Token } from '../../engine/nlp';
import { knowledgeBase, type Person } from '../../engine/kb';
import { figuresModel, mentionIndex, type FiguresModel, type MentionIndex, type Quantity } from './model';
import { figuresVocabulary, cues } from './vocabulary';
import { addDays, ageOn, apDate, inferYear, lastDayOfMonth, parseDay, type Day } from './dates';

interface Birth {
  year: number;
  month?: number;
  day?: number;
  source: string;
  offset?: number;
  length?: number;
}

const PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'bin', 'al', 'el', 'la', 'le', 'di', 'du', 'dos', 'das', 'del', 'ibn', 'ben', 'mac']);

const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
/** A capitalised word (ASCII letters answered without a regular expression). */
function isNameToken(t: Token | undefined): boolean {
  if (!t || t.pos === 'PUNCT' || t.pos === 'NUM') return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t.text) && LETTER.test(t.text);
}

/** The capitalised words ending at token `end` (inclusive), at most five. */
function nameBefore(tokens: readonly Token[], end: number): Token[] {
  const out: Token[] = [];
  for (let i = end; i >= 0 && out.length < 6; i--) {
    const t = tokens[i];
    if (t.sentence !== tokens[end].sentence) break;
    if (isNameToken(t) || (out.length && PARTICLES.has(t.lower) && isNameToken(tokens[i - 1]))) { out.unshift(t); continue; }
    if ((t.text === '-' || t.text === "'") && t.space === '' && out.length) { out.unshift(t); continue; }
    break;
  }
  while (out.length && !isNameToken(out[0])) out.shift();
  return out;
}

/** The capitalised words starting at token `start`. */
function nameAfter(tokens: readonly Token[], start: number): Token[] {
  const out: Token[] = [];
  for (let i = start; i < tokens.length && out.length < 6; i++) {
    const t = tokens[i];
    if (t.sentence !== tokens[start].sentence) break;
    if (isNameToken(t) || (out.length && PARTICLES.has(t.lower) && isNameToken(tokens[i + 1]))) { out.push(t); continue; }
    break;
  }
  return out;
}

const joinName = (doc: Doc, ts: Token[]) => (ts.length ? doc.text.slice(ts[0].start, ts[ts.length - 1].end) : '');

interface DraftNames {
  /** Multiword names by their last word (for resolving "Trump" to "Donald Trump"): each ending of two words or more. */
  byLast: Map<string, string[]>;
  /** A word -> the first multiword name of the draft (longest form) that contains it. */
  byWord: Map<string, string>;
}

/** The multiword names of a draft, read once. */
function draftNames(doc: Doc): DraftNames {
  return doc.cached('figures/draft-names', () => {
    const byLast = new Map<string, string[]>();
    const byWord = new Map<string, string>();
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!isNameToken(tokens[i]) || (isNameToken(tokens[i + 1]) && tokens[i + 1].sentence === tokens[i].sentence)) continue;
      // A name of two words or more goes on before its last word (with a name, a particle or a joining mark).
      const p = tokens[i - 1];
      if (!p || p.sentence !== tokens[i].sentence || !(isNameToken(p) || PARTICLES.has(p.lower) || ((p.text === '-' || p.text === "'") && p.space === ''))) continue;
      const name = nameBefore(tokens, i);
      if (name.length < 2) continue;
      const full = joinName(doc, name);
      for (const w of full.split(' ')) if (!byWord.has(w)) byWord.set(w, full);
      const key = tokens[i].lower;
      const list = byLast.get(key) ?? [];
      for (let k = 0; k < name.length - 1; k++) {
        const s = joinName(doc, name.slice(k));
        if (!list.includes(s)) list.push(s);
      }
      byLast.set(key, list);
    }
    return { byLast, byWord };
  });
}

/** A word -> the draft's multiword names (and their endings) that contain it, read once. */
function namesWithWord(doc: Doc): Map<string, string[]> {
  return doc.cached('figures/draft-name-words', () => {
    const out = new Map<string, string[]>();
    for (const list of draftNames(doc).byLast.values()) {
      for (const full of list) {
        for (const w of new Set(full.split(' '))) {
          const names = out.get(w);
          if (!names) out.set(w, [full]);
          else if (!names.includes(full)) names.push(full);
        }
      }
    }
    return out;
  });
}

/**
 * Who a name stands for in this draft: a full name as written, or for a surname ("Carter") the
 * first full name in the draft that ends with it ("Jimmy Carter").
 */
function identity(doc: Doc, name: Token[]): string {
  const written = joinName(doc, name);
  if (name.length > 1) return written.toLowerCase();
  const last = name[0];
  const names = draftNames(doc);
  const ending = (names.byLast.get(last.lower) ?? []).find((f) => f.length > written.length && f.endsWith(written));
  if (ending) return ending.split(' ').length === 2 ? ending.toLowerCase() : ending.toLowerCase();
  // "Elizabeth" for "Queen Elizabeth II"
  const containing = names.byWord.get(written);
  return (containing ?? written).toLowerCase();
}

/** The one knowledge-base person the name (or a longer form of it in the draft) refers to. */
function resolvePerson(doc: Doc, name: Token[]): Person | undefined {
  const kb = knowledgeBase();
  const found = new Set<Person>();
  const tryName = (s: string) => {
    const people = kb.byFullName(s);
    if (people.length === 1) found.add(people[0]);
    return people.length > 0;
  };
  for (let k = 0; k < name.length - 1; k++) if (tryName(joinName(doc, name.slice(k)))) break;
  if (!found.size) {
    // "Suu Kyi" or "Trump": a longer form of the name earlier in the draft.
    const last = name[name.length - 1].lower;
    const written = joinName(doc, name);
    for (const full of draftNames(doc).byLast.get(last) ?? []) {
      if (full.length <= written.length || !full.endsWith(written)) continue;
      tryName(full);
    }
  }
  if (!found.size && name.length === 1) {
    // "Lula" for "Luiz Inácio Lula da Silva": the one person the knowledge base knows by that
    // surname, when a longer name of the draft that contains the word is that person's.
    const word = joinName(doc, name);
    const surnamed = kb.bySurname(word);
    if (surnamed.length === 1) {
      for (const full of namesWithWord(doc).get(word) ?? []) {
        const people = kb.byFullName(full);
        if (people.length === 1 && people[0] === surnamed[0]) { found.add(people[0]); break; }
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function parseBorn(iso: string | undefined): Birth | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return undefined;
  return { year: +m[1], ...(m[2] ? { month: +m[2] } : {}), ...(m[3] ? { day: +m[3] } : {}), source: 'the knowledge base' };
}

/** The tokens this rule starts from, found in one pass: birth words ("born") and the verb "die". */
function keyWords(doc: Doc): { born: number[]; died: number[] } {
  return doc.cached('figures/age-key-words', () => {
    const v = figuresVocabulary();
    const born: number[] = [], died: number[] = [];
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (v.birth.has(t.lower)) born.push(i);
      if (t.lemma === 'die' && t.pos === 'VERB') died.push(i);
    }
    return { born, died };
  });
}

/** Birth dates the draft gives: "Woods, who was born on Dec. 30, 1975", "(born 1946)". Keyed by the name's last word. */
function draftBirths(doc: Doc, model: FiguresModel): Map<string, Birth> {
  const out = new Map<string, Birth>();
  const tokens = doc.tokens;
  let index: MentionIndex | undefined;
  for (const i of keyWords(doc).born) {
    const t = tokens[i];
    if (doc.isQuoted(t.start, t.end)) continue;
    index ??= mentionIndex(doc, model);
    // the date after "born"
    let birth: Birth | undefined;
    for (let k = t.index + 1; k < t.index + 9 && tokens[k]?.sentence === t.sentence; k++) {
      const dp = index.dateFirst.get(k)?.find((p) => model.dates[p].year !== undefined);
      const d = dp === undefined ? undefined : model.dates[dp];
      if (d) { birth = { year: d.year!, month: d.month, ...(d.day ? { day: d.day } : {}), source: 'the draft', offset: d.start, length: d.end - d.start }; break; }
      const yp = index.years.get(k)?.[0];
      const y = yp === undefined ? undefined : model.years[yp];
      if (y) { birth = { year: y.year, source: 'the draft', offset: y.token.start, length: y.token.end - y.token.start }; break; }
    }
    if (!birth) continue;
    // "Born on March 3, 1937, in Providence, she learned ...": the subject after the opening phrase
    if (t.index === doc.sentences[t.sentence].firstToken) {
      const s = doc.sentences[t.sentence];
      for (let k = t.index + 1; k < s.endToken && k < t.index + 16; k++) {
        if (tokens[k].text !== ',') continue;
        const x = tokens[k + 1];
        if (x && PRONOUN_KEYS[x.lower] && tokens[k + 2]?.pos === 'VERB') { out.set(PRONOUN_KEYS[x.lower], birth); break; }
        if (x && isNameToken(x) && x.pos === 'PROPN') {
          const name = nameAfter(tokens, k + 1);
          if (name.length && tokens[name[name.length - 1].index + 1]?.pos === 'VERB') { out.set(identity(doc, name), birth); break; }
        }
      }
      continue;
    }
    // the person before it: "Woods, who was born", "Woods (born"
    let k = t.index - 1;
    // "Ortega, 40, who was born"
    while (k >= 0 && k > t.index - 8 && tokens[k].sentence === t.sentence && (['who', 'was', 'is', ',', '(', 'she', 'he'].includes(tokens[k].lower) || tokens[k].type === 'number')) k--;
    if (k < 0 || tokens[k].sentence !== t.sentence || !isNameToken(tokens[k])) continue;
    out.set(identity(doc, nameBefore(tokens, k)), birth);
  }
  return out;
}

const PRONOUN_KEYS: Record<string, string> = { he: 'pronoun:he', she: 'pronoun:she' };

interface AgeMention {
  q: Quantity;
  name: Token[];
}

function ageMentions(doc: Doc, model: FiguresModel): AgeMention[] {
  const tokens = doc.tokens;
  const out: AgeMention[] = [];
  for (const q of model.quantities) {
    if (q.quoted || q.qualifier || q.number.words || q.number.decimals || q.number.scale) continue;
    const n = q.number.value;
    if (n < 1 || n > 120) continue;
    const before = tokens[q.first - 1], after = tokens[q.last + 1];
    if (q.kind === 'count' && !q.head && before?.text === ',' && before.sentence === q.sentence) {
      // "Woods, 43," — the age closes the apposition.
      if (!after || after.sentence !== q.sentence || ![',', '.', ';', ')'].includes(after.text)) {
        if (after && after.sentence === q.sentence && after.lower !== 'and') continue;
      }
      const name = nameBefore(tokens, q.first - 2);
      if (name.length) out.push({ q, name });
      continue;
    }
    if (q.kind === 'count' && !q.head && before?.text === '(' && after?.text === ')') {
      const name = nameBefore(tokens, q.first - 2);
      if (name.length) out.push({ q, name });
      continue;
    }
    if (q.kind === 'count' && before && before.lower === 'at' && (q.first - 1 === doc.sentences[q.sentence].firstToken) && after?.text === ',') {
      // "At 79, Trump is ..."
      const name = nameAfter(tokens, q.last + 2);
      const verb = tokens[q.last + 2 + name.length];
      if (name.length && verb && ['is', "'s", '’s', 'becomes', 'remains'].includes(verb.lower)) out.push({ q, name });
      continue;
    }
    if (q.kind === 'age' && q.compound === false && tokens[q.last + 1]) {
      // "the 64-year-old Smith" (an age written as a compound modifier before a name)
      const name = nameAfter(tokens, q.last + 1);
      if (name.length) out.push({ q, name });
    }
  }
  return out;
}

interface DeathAge {
  q: Quantity;
  name: Token[];
  /** The days the death may have happened on (the article date and the week before, or a date given). */
  days: Day[];
}

/**
 * Ages at death: "X, ..., died on Thursday ... She was 97.", "X died on Sunday at 100", "X died
 * Tuesday, aged 88". The person is the first name of the sentence (or of the previous one, for "He
 * died"); the day is the date given, or the week up to the article date for a weekday.
 */
function deathAges(doc: Doc, model: FiguresModel, article: Day): DeathAge[] {
  const tokens = doc.tokens;
  const out: DeathAge[] = [];
  for (const i of keyWords(doc).died) {
    const t = tokens[i];
    if (doc.isQuoted(t.start, t.end)) continue;
    const s = doc.sentences[t.sentence];
    // the subject: the first name in the sentence before "died" (after a dateline), or, for a
    // pronoun, the first name of the previous sentence
    const firstName = (from: number, to: number): Token[] => {
      for (let i = from; i < to; i++) {
        const x = tokens[i];
        if (!isNameToken(x) || x.pos !== 'PROPN' || x.text === x.text.toUpperCase()) continue;
        const name = nameAfter(tokens, i);
        if (name.length && name[name.length - 1].index < to) return name;
      }
      return [];
    };
    const prevWord = tokens[t.index - 1];
    let name: Token[];
    if (prevWord && ['he', 'she'].includes(prevWord.lower) && prevWord.index === s.firstToken) {
      const p = doc.sentences[t.sentence - 1];
      name = p ? firstName(p.firstToken, p.endToken) : [];
    } else name = firstName(s.firstToken, t.index);
    if (!name.length) continue;
    // the age
    let q: Quantity | undefined;
    for (let k = t.index + 1; k < s.endToken; k++) {
      const x = tokens[k];
      if (x.lower === 'at' || x.lower === 'aged' || (x.lower === 'age' && tokens[k - 1]?.lower === 'at')) {
        let j = k + 1;
        if (tokens[j]?.lower === 'age') j++;
        if (tokens[j]?.lower === 'the' && tokens[j + 1]?.lower === 'age' && tokens[j + 2]?.lower === 'of') j += 3;
        const c = model.byToken.get(j);
        if (c && c.kind === 'count' && !c.head && c.qualFirst === j) { q = c; break; }
      }
    }
    if (!q) {
      const n = doc.sentences[t.sentence + 1];
      if (n && n.endToken - n.firstToken <= 5 && ['he', 'she'].includes(tokens[n.firstToken].lower) && tokens[n.firstToken + 1]?.lower === 'was') {
        const c = model.byToken.get(n.firstToken + 2);
        if (c && c.kind === 'count' && !c.head && !c.qualifier) q = c;
      }
    }
    if (!q || q.quoted || q.qualifier || q.number.words && q.number.value < 10) continue;
    // the day
    // the first date and the first year (in the model's order) within seven tokens after "died"
    const index = mentionIndex(doc, model);
    let dp = Infinity, yp = Infinity;
    for (let k = t.index + 1; k < t.index + 8; k++) {
      const d = index.dateFirst.get(k)?.find((p) => tokens[model.dates[p].first].sentence === t.sentence);
      if (d !== undefined && d < dp) dp = d;
      const y = index.years.get(k)?.find((p) => model.years[p].token.sentence === t.sentence);
      if (y !== undefined && y < yp) yp = y;
    }
    const date = dp === Infinity ? undefined : model.dates[dp];
    const year = yp === Infinity ? undefined : model.years[yp];
    let days: Day[];
    if (date) {
      const y = date.year ?? (date.month > article.month ? article.year - 1 : article.year);
      days = date.day !== undefined ? [{ year: y, month: date.month, day: date.day }] : [{ year: y, month: date.month, day: 1 }, { year: y, month: date.month, day: 28 }];
    } else if (year) {
      days = [{ year: year.year, month: 1, day: 1 }, { year: year.year, month: 12, day: 31 }];
    } else {
      // "died on Sunday", "died Tuesday": within the week up to the article date; any other time
      // phrase ("last year") is not a day this rule can place.
      let other = false;
      for (let k = t.index + 1; k < Math.min(s.endToken, t.index + 9); k++) if (['last', 'ago', 'earlier', 'previous', 'since'].includes(tokens[k].lower)) other = true;
      if (other) continue;
      days = [article, addDays(article, -7)];
    }
    out.push({ q, name, days });
  }
  return out;
}

export const ageBirthYear = defineRule(
  {
    id: 'figures/age-birth-year',
    category: 'figures',
    defaultSeverity: 'warning',
    description: "An age that does not match the person's birth date on the article's date.",
    fixable: true,
  },
  ({ doc, report }) => {
    const article = parseDay(doc.date);
    if (!article) return;
    const model = figuresModel(doc);
    const births = draftBirths(doc, model);
    const mentions = ageMentions(doc, model);
    const checks: Array<{ q: Quantity; name: Token[]; days: Day[]; key?: string }> = [...mentions.map((m) => ({ ...m, days: [article] })), ...deathAges(doc, model, article)];
    if (births.size) checks.push(...eventAges(doc, model, article, births, new Set(checks.map((c) => c.q))));
    /** Stated age -> the named mentions of it that contradict a birth date the draft gives ("Hollis, 35, was born on March 3, 1989"). */
    const wrong = new Map<number, Array<{ q: Quantity; age: number; who: string; birth: Birth }>>();
    for (const { q, name, days, key } of checks) {
      let birth = births.get(key ?? identity(doc, name));
      let who = key?.startsWith('pronoun:') ? (key === 'pronoun:she' ? 'She' : 'He') : joinName(doc, name);
      if (key && !birth) continue;
      if (!birth) {
        const person = resolvePerson(doc, name);
        if (!person || (person.died && person.died <= doc.date)) continue;
        birth = parseBorn(person.born);
        who = person.name;
      }
      if (!birth || birth.year > article.year) continue;
      const allowed = new Set<number>();
      for (const on of days) {
        if (birth.day && birth.month) allowed.add(ageOn({ year: birth.year, month: birth.month, day: birth.day }, on));
        else {
          allowed.add(ageOn({ year: birth.year, month: birth.month ?? 1, day: 1 }, on));
          allowed.add(ageOn({ year: birth.year, month: birth.month ?? 12, day: 28 }, on));
        }
      }
      const stated = q.number.value;
      if (allowed.has(stated)) continue;
      // "at 7" beside a person may be a time of day: an age at an event is checked only when it is near the right one
      if (key !== undefined || days.length === 2 && !name.length) { if (![...allowed].some((a) => Math.abs(a - stated) <= 6)) continue; }
      const ages = [...allowed].sort((a, b) => a - b);
      const born = birth.day && birth.month ? apDate({ year: birth.year, month: birth.month, day: birth.day }) : String(birth.year);
      if (ages.length === 1 && days.length === 1 && days[0] === article && birth.source === 'the draft' && birth.day) {
        const list = wrong.get(stated) ?? [];
        list.push({ q, age: ages[0], who, birth });
        wrong.set(stated, list);
      }
      const fixes = ages.length === 1 ? [{ title: `Change the age to ${ages[0]}`, edits: [{ offset: q.number.numStart, length: q.number.numEnd - q.number.numStart, newText: String(ages[0]) }], preferred: true }] : [];
      report({
        offset: q.number.numStart,
        length: q.number.numEnd - q.number.numStart,
        message: `${who} was born ${birth.day ? 'on ' : 'in '}${born} (${birth.source}), so ${days.length > 1 || days[0] !== article ? `was ${ages.join(' or ')} then` : `is ${ages.join(' or ')} on ${apDate(article)}`}, not ${stated}.`,
        fixes,
        ...(birth.offset !== undefined ? { related: [{ offset: birth.offset, length: birth.length!, message: 'the birth date' }] } : {}),
      });
    }
    if (wrong.size) unnamedAges(doc, model, report, wrong, mentions, article);
  },
);

/** Verbs after which "at N" is a level, a price or a time, not an age ("stood at 40", "closed at 31"). */
const LEVEL_VERBS = cues.levelVerbs;
const AGE_FOLLOWERS = new Set([',', '.', ';', 'after', 'when', 'in', 'on', 'and', 'as', 'before', 'following', 'while', 'with']);

/**
 * Ages at an event the sentence dates: "In June 1972, at 31, she became ...", "Macron, who was born
 * on Dec. 21, 1977, will take office at 40 after ... on Sunday, May 14". The person is the
 * sentence's first name, or "he"/"she" for a person the draft introduces as "Born on ..., she";
 * the age is measured on the date (or year) the sentence gives, other than the birth date itself.
 */
function eventAges(doc: Doc, model: FiguresModel, article: Day, births: Map<string, Birth>, seen: Set<Quantity>): Array<{ q: Quantity; name: Token[]; days: Day[]; key?: string }> {
  const tokens = doc.tokens;
  const v = figuresVocabulary();
  const out: Array<{ q: Quantity; name: Token[]; days: Day[]; key?: string }> = [];
  const birthOffsets = new Set([...births.values()].map((b) => b.offset));
  for (const q of model.quantities) {
    if (q.kind !== 'count' || q.head || q.qualifier || q.quoted || q.high !== undefined || seen.has(q)) continue;
    if (q.number.words || q.number.decimals || q.number.scale || q.number.value < 5 || q.number.value > 110) continue;
    const at = tokens[q.first - 1], after = tokens[q.last + 1];
    if (at?.lower !== 'at' || at.sentence !== q.sentence) continue;
    if (after && after.sentence === q.sentence && !AGE_FOLLOWERS.has(after.lower)) continue;
    const s = doc.sentences[q.sentence];
    const b = tokens[q.first - 2];
    if (b && b.sentence === q.sentence && b.text !== ',' && (b.pos !== 'NOUN' && b.pos !== 'VERB' || LEVEL_VERBS.has(b.lemma) || b.pos === 'NOUN' && !['office', 'power', 'school', 'college', 'university'].includes(b.lower))) continue;
    // the person: the first name or "he"/"she" of the sentence
    let key: string | undefined, name: Token[] = [];
    for (let i = s.firstToken; i < s.endToken; i++) {
      const x = tokens[i];
      if (PRONOUN_KEYS[x.lower]) { key = PRONOUN_KEYS[x.lower]; break; }
      if (x.pos !== 'PROPN' || !isNameToken(x) || v.months.has(x.lower) || v.weekdays.has(x.lower)) continue;
      name = nameAfter(tokens, i);
      key = identity(doc, name);
      break;
    }
    if (!key || !births.has(key)) continue;
    if (key.startsWith('pronoun:')) name = [];
    // the event's date: the nearest date or year of the sentence that is not the birth date
    let best: Day[] | undefined, gap = Infinity;
    for (const d of model.dates) {
      if (tokens[d.first].sentence !== q.sentence || birthOffsets.has(d.start)) continue;
      const g = Math.abs(d.first - q.first);
      if (g >= gap) continue;
      const year = d.year ?? inferYear(d.month, d.day ?? 15, article);
      if (year === undefined) continue;
      best = d.day !== undefined ? [{ year, month: d.month, day: d.day }] : [{ year, month: d.month, day: 1 }, { year, month: d.month, day: lastDayOfMonth(year, d.month) }];
      gap = g;
    }
    if (!best) {
      for (const y of model.years) {
        if (y.token.sentence !== q.sentence || birthOffsets.has(y.token.start) || model.dates.some((d) => d.yearToken === y.token)) continue;
        const g = Math.abs(y.token.index - q.first);
        if (g < gap) { best = [{ year: y.year, month: 1, day: 1 }, { year: y.year, month: 12, day: 31 }]; gap = g; }
      }
    }
    if (!best || gap > 25) continue;
    out.push({ q, name, days: best, key });
  }
  return out;
}

const GENDERED: Record<string, 'm' | 'f'> = { man: 'm', boy: 'm', woman: 'f', girl: 'f' };
const PRONOUNS: Record<string, 'm' | 'f'> = { he: 'm', his: 'm', him: 'm', she: 'f', her: 'f', hers: 'f' };

/**
 * "A 35-year-old man was charged ... Hollis, 35, was born on March 3, 1989": the unnamed mention
 * of a person whose named age contradicts the birth date the draft gives. Only for "a (the)
 * N-year-old man (woman, boy, girl)" in the writer's voice when exactly one named person is given
 * that age in the draft, that mention is the wrong one, and the pronouns around the named mention
 * are of the same sex and no other.
 */
function unnamedAges(doc: Doc, model: FiguresModel, report: RuleContext['report'], wrong: Map<number, Array<{ q: Quantity; age: number; who: string; birth: Birth }>>, mentions: AgeMention[], article: Day): void {
  const tokens = doc.tokens;
  const named = new Map<number, number>();
  for (const m of mentions) named.set(m.q.number.value, (named.get(m.q.number.value) ?? 0) + 1);
  const sexAround = (q: Quantity): 'm' | 'f' | undefined => {
    const seen = new Set<'m' | 'f'>();
    for (let si = Math.max(0, q.sentence - 1); si <= q.sentence + 1 && si < doc.sentences.length; si++) {
      const s = doc.sentences[si];
      for (let i = s.firstToken; i < s.endToken; i++) { const x = PRONOUNS[tokens[i].lower]; if (x && !doc.isQuoted(tokens[i].start, tokens[i].end)) seen.add(x); }
    }
    return seen.size === 1 ? [...seen][0] : undefined;
  };
  for (const q of model.quantities) {
    if (q.kind !== 'age' || q.quoted || q.qualifier || q.compound || q.high !== undefined) continue;
    const list = wrong.get(q.number.value);
    if (!list || list.length !== 1 || named.get(q.number.value) !== 1) continue;
    const noun = tokens[q.last + 1], det = tokens[q.first - 1];
    if (!noun || noun.sentence !== q.sentence || !GENDERED[noun.lower] || !det || !['a', 'an', 'the'].includes(det.lower)) continue;
    const { q: namedQ, age, who, birth } = list[0];
    if (sexAround(namedQ) !== GENDERED[noun.lower]) continue;
    report({
      offset: q.start,
      length: q.end - q.start,
      message: `The draft gives ${who}'s birth date as ${apDate({ year: birth.year, month: birth.month!, day: birth.day! })}, so the ${noun.text} described as ${doc.text.slice(q.start, q.end)} is ${age} on ${apDate(article)}, not ${q.number.value}.`,
      fixes: [{ title: `Change the age to ${age}`, edits: [{ offset: q.number.numStart, length: q.number.numEnd - q.number.numStart, newText: String(age) }], preferred: true }],
      related: [{ offset: namedQ.start, length: namedQ.end - namedQ.start, message: `${who}'s age, given as ${q.number.value}` }],
    });
  }
}
