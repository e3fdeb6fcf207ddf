// How the names rules talk about people and offices: AP-style dates, office labels, the state of
// a role on a day (with `asOf` snapshots treated as unknown after their date), and the knowledge
// base card shown on hover.
import { covers, type Office, type Person, type Role } from '../../engine/kb';
import type { NameLexicon } from './lexicon';
import { placesNamed } from '../../engine/places';

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTHS_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** formatDate's answers (the same dates recur: the article's, each role's). */
const formatted = new Map<string, string>();

/** "Jan. 3, 2025", "January 2019", "2019". */
export function formatDate(date: string): string {
  let text = formatted.get(date);
  if (text === undefined) {
    if (formatted.size > 5000) formatted.clear();
    const [y, m, d] = date.split('-');
    text = d ? `${MONTHS[+m - 1]} ${+d}, ${y}` : m ? `${MONTHS_FULL[+m - 1]} ${y}` : y;
    formatted.set(date, text);
  }
  return text;
}

/** Whether a role covers a day; an open role past its source's snapshot date is unknown. */
export function roleOn(role: Role, day: string): 'yes' | 'no' | 'unsure' {
  const c = covers(role.from, role.to, day);
  if (c === 'yes' && !role.to && role.asOf && role.asOf < day) return 'unsure';
  return c;
}

const UPPER_FIRST = /^\p{Lu}/u;
const labels = new WeakMap<Office, string>();

/** "Prime Minister (Sweden)", "CEO (Tesla)", "House Speaker (United States)", "Congress president". */
export function officeLabel(office: Office): string {
  let label = labels.get(office);
  if (label === undefined) labels.set(office, (label = makeOfficeLabel(office)));
  return label;
}

function makeOfficeLabel(office: Office): string {
  let title = office.title;
  const forms = [office.title, ...(office.aliases ?? [])].filter((f) => UPPER_FIRST.test(f));
  if (office.kind === 'legislator') {
    // "U.S. Senator" reads better than "Sen.".
    title = forms.filter((f) => !f.endsWith('.')).sort((a, b) => b.length - a.length)[0] ?? title;
    return title;
  }
  if (!title.includes(' ')) {
    // "Speaker" alone is ambiguous; "House Speaker" is not, nor is "German Chancellor".
    const longer = forms.filter((f) => f.endsWith(` ${title}`) && f.split(/\s+/).length === 2);
    const national = longer.find((f) => placesNamed(f.split(/\s+/)[0]).some((p) => p.name === office.jurisdiction));
    if (national) return national;
    if (longer.length) title = longer[0];
  }
  const jurisdictionWords = office.jurisdiction.toLowerCase().split(/\s+/);
  const titleWords = title.toLowerCase().split(/\s+/);
  if (titleWords.some((w) => jurisdictionWords.includes(w) && w.length > 2)) return title;
  return `${title} (${office.jurisdiction})`;
}

const KIND_RANK = ['head-of-state', 'head-of-government', 'legislative-leader', 'foreign-minister', 'org-head', 'executive', 'judge', 'deputy-head-of-government', 'minister', 'subnational', 'party-leader', 'other', 'legislator'];

/** Orders roles by how prominent their office is (a leadership post before a seat). */
export function byProminence(lex: NameLexicon): (a: Role, b: Role) => number {
  const rank = (r: Role) => {
    const i = KIND_RANK.indexOf(lex.office(r.office)?.kind ?? '');
    return i < 0 ? KIND_RANK.length : i;
  };
  return (a, b) => rank(a) - rank(b);
}

/** A date inside a sentence: a full date takes a comma after its year ("on May 6, 2021, was"). */
export function midDate(date: string): string {
  const d = formatDate(date);
  return date.length === 10 ? `${d},` : d;
}

export function roleSpan(role: Role): string {
  if (role.from && role.to) return `from ${midDate(role.from)} to ${formatDate(role.to)}`;
  if (role.from) return `since ${formatDate(role.from)}${role.asOf ? ` (as of ${formatDate(role.asOf)})` : ''}`;
  if (role.to) return `until ${formatDate(role.to)}`;
  return '';
}

/** The person's roles on a day, and the latest one before it. */
export function rolesOn(lex: NameLexicon, p: Person, day: string): { current: Role[]; past?: Role } {
  const current = p.roles.filter((r) => roleOn(r, day) !== 'no' && lex.office(r.office)).sort(byProminence(lex));
  let past: Role | undefined;
  for (const r of p.roles) {
    if (!lex.office(r.office) || !r.to || roleOn(r, day) !== 'no' || (r.from && r.from > day)) continue;
    if (!past || (past.to ?? '') < r.to) past = r;
  }
  return { current, past };
}

/** The hover card: canonical name, accepted spellings, role on the article's date. */
export function personCard(lex: NameLexicon, p: Person, day: string, preferred?: string): string {
  const lines = [`**${preferred ?? p.name}**${p.born ? ` (born ${formatDate(p.born)})` : ''}`];
  const { current, past } = rolesOn(lex, p, day);
  if (current.length) {
    const shown = current.slice(0, 4).map((r) => `${officeLabel(lex.office(r.office)!)}, ${roleSpan(r)}`);
    lines.push(`On ${formatDate(day)}: ${shown.join('; ')}${current.length > 4 ? '; …' : ''}`);
  } else if (p.roles.length) {
    lines.push(`On ${formatDate(day)}: no office in the knowledge base.`);
  }
  if (past) lines.push(`Earlier: ${officeLabel(lex.office(past.office)!)}, ${roleSpan(past)}`);
  const variants = [p.name, ...(p.variants ?? [])].filter((v) => v !== (preferred ?? p.name));
  if (variants.length) lines.push(`Also accepted: ${variants.slice(0, 6).join(', ')}`);
  return lines.join('  \n');
}
