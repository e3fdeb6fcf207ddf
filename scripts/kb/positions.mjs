// Classification of source office labels into knowledge-base offices.
//
// classifyPosition(label, ctx) returns either
//   { drop: '<reason>' }
// or
//   { key, kind, title, single, aliases?, jurisdiction? }
// where `key` is the part of the office id after "<CODE>/".

import { slugify } from './names.mjs';

export const FOREIGN_MINISTER_ALIASES = [
  'Foreign Minister',
  'Minister of Foreign Affairs',
  'Minister for Foreign Affairs',
  'Foreign Affairs Minister',
];

// Country-specific titles for the foreign-minister office.
const FM_TITLES = {
  US: { key: 'secretary-of-state', title: 'Secretary of State', aliases: ['U.S. Secretary of State', 'United States Secretary of State'] },
  GB: {
    title: 'Foreign Secretary',
    aliases: [
      'Foreign Minister',
      'Secretary of State for Foreign and Commonwealth Affairs',
      'Secretary of State for Foreign, Commonwealth and Development Affairs',
      'Foreign and Commonwealth Secretary',
    ],
  },
  IN: { title: 'External Affairs Minister', aliases: ['Foreign Minister', 'Minister of External Affairs', 'Minister for External Affairs'] },
  MX: { title: 'Foreign Minister', aliases: ['Foreign Secretary', 'Secretary of Foreign Affairs', 'Foreign Relations Secretary'] },
  PH: { title: 'Foreign Secretary', aliases: ['Foreign Affairs Secretary', 'Secretary of Foreign Affairs', 'Foreign Minister'] },
  BR: { title: 'Foreign Minister', aliases: ['Minister of Foreign Affairs', 'Minister of External Relations'] },
  ZA: { title: 'Foreign Minister', aliases: ['Minister of International Relations and Cooperation', 'International Relations Minister'] },
  HN: { title: 'Foreign Minister', aliases: ['Foreign Secretary', 'Secretary of Foreign Affairs'] },
  FM: { title: 'Foreign Minister', aliases: ['Secretary of Foreign Affairs'] },
  VA: { title: 'Secretary for Relations with States', aliases: ['Foreign Minister'] },
  SM: { title: 'Foreign Minister', aliases: ['Secretary of State for Foreign Affairs', 'Secretary for Foreign and Political Affairs'] },
  PW: { title: 'Minister of State', aliases: ['Foreign Minister'] },
  EU: {
    key: 'high-representative',
    title: 'High Representative',
    aliases: [
      'foreign policy chief',
      'High Representative for Foreign Affairs and Security Policy',
      'High Representative of the Union for Foreign Affairs and Security Policy',
      'EU foreign policy chief',
    ],
  },
};

export function foreignMinisterOffice(code, sourceLabel) {
  const t = FM_TITLES[code] ?? {};
  const aliases = new Set(t.aliases ?? FOREIGN_MINISTER_ALIASES);
  if (sourceLabel && !/ of (the )?[A-Z]/.test(sourceLabel.replace(/ of (Foreign|External|International)/, ''))) {
    const l = sourceLabel.replace(/^(federal )?minister/i, (m) => m[0].toUpperCase() + m.slice(1));
    if (l !== (t.title ?? 'Foreign Minister')) aliases.add(l);
  }
  return {
    key: t.key ?? 'foreign-minister',
    kind: 'foreign-minister',
    title: t.title ?? 'Foreign Minister',
    single: true,
    aliases: [...aliases].filter((a) => a !== (t.title ?? 'Foreign Minister')),
  };
}

// US federal offices we keep, by exact source label.
const US_OFFICES = {
  'President': { key: 'head-of-state', kind: 'head-of-state', title: 'President', single: true },
  'Vice President': { key: 'vice-president', kind: 'other', title: 'Vice President', single: true, aliases: ['Vice-President', 'VP'] },
  'Secretary of State': 'FM',
  'Secretary of the Treasury': { key: 'secretary-of-the-treasury', kind: 'minister', title: 'Treasury Secretary', single: true, aliases: ['Secretary of the Treasury', 'Treasury Secretary'] },
  'Secretary of Defence': { key: 'secretary-of-defense', kind: 'minister', title: 'Defense Secretary', single: true, aliases: ['Secretary of Defense', 'Defence Secretary', 'Pentagon chief'] },
  'Attorney General': { key: 'attorney-general', kind: 'minister', title: 'Attorney General', single: true, aliases: ['Attorney-General'] },
  'Secretary of the Interior': { key: 'secretary-of-the-interior', kind: 'minister', title: 'Interior Secretary', single: true, aliases: ['Secretary of the Interior'] },
  'Secretary of Agriculture': { key: 'secretary-of-agriculture', kind: 'minister', title: 'Agriculture Secretary', single: true, aliases: ['Secretary of Agriculture'] },
  'Secretary of Commerce': { key: 'secretary-of-commerce', kind: 'minister', title: 'Commerce Secretary', single: true, aliases: ['Secretary of Commerce'] },
  'Secretary of Labor': { key: 'secretary-of-labor', kind: 'minister', title: 'Labor Secretary', single: true, aliases: ['Secretary of Labor'] },
  'Secretary of Health and Human Services': { key: 'secretary-of-health-and-human-services', kind: 'minister', title: 'Health and Human Services Secretary', single: true, aliases: ['Secretary of Health and Human Services', 'HHS Secretary', 'Health Secretary'] },
  'Secretary of Housing and Urban Development': { key: 'secretary-of-housing-and-urban-development', kind: 'minister', title: 'Housing and Urban Development Secretary', single: true, aliases: ['Secretary of Housing and Urban Development', 'HUD Secretary', 'Housing Secretary'] },
  'Secretary of Transportation': { key: 'secretary-of-transportation', kind: 'minister', title: 'Transportation Secretary', single: true, aliases: ['Secretary of Transportation'] },
  'Secretary of Energy': { key: 'secretary-of-energy', kind: 'minister', title: 'Energy Secretary', single: true, aliases: ['Secretary of Energy'] },
  'Secretary of Education': { key: 'secretary-of-education', kind: 'minister', title: 'Education Secretary', single: true, aliases: ['Secretary of Education'] },
  'Secretary of Veterans Affairs': { key: 'secretary-of-veterans-affairs', kind: 'minister', title: 'Veterans Affairs Secretary', single: true, aliases: ['Secretary of Veterans Affairs', 'VA Secretary'] },
  'Secretary of Homeland Security': { key: 'secretary-of-homeland-security', kind: 'minister', title: 'Homeland Security Secretary', single: true, aliases: ['Secretary of Homeland Security'] },
  'United States Trade Representative': { key: 'trade-representative', kind: 'minister', title: 'U.S. Trade Representative', single: true, aliases: ['Trade Representative', 'USTR'] },
  'Administrator of the Environmental Protection Agency': { key: 'epa-administrator', kind: 'minister', title: 'EPA Administrator', single: true, aliases: ['Administrator of the Environmental Protection Agency', 'Environmental Protection Agency Administrator'] },
  'Director of the Office of Management and Budget': { key: 'omb-director', kind: 'minister', title: 'Budget Director', single: true, aliases: ['OMB Director', 'Director of the Office of Management and Budget'] },
  'Ambassador to the United Nations': { key: 'un-ambassador', kind: 'minister', title: 'U.N. Ambassador', single: true, aliases: ['Ambassador to the United Nations', 'UN Ambassador', 'Ambassador to the U.N.'] },
  'White House Chief of Staff': { key: 'white-house-chief-of-staff', kind: 'other', title: 'White House Chief of Staff', single: true, aliases: ['Chief of Staff'] },
  'White House Press Secretary': { key: 'white-house-press-secretary', kind: 'other', title: 'White House Press Secretary', single: true, aliases: ['Press Secretary'] },
  'National Security Advisor': { key: 'national-security-adviser', kind: 'other', title: 'National Security Adviser', single: true, aliases: ['National Security Advisor'] },
  'Director of National Intelligence': { key: 'director-of-national-intelligence', kind: 'other', title: 'Director of National Intelligence', single: true, aliases: ['DNI'] },
  'Director of the CIA': { key: 'cia-director', kind: 'other', title: 'CIA Director', single: true, aliases: ['Director of the CIA', 'Director of the Central Intelligence Agency'] },
  'Director of the FBI': { key: 'fbi-director', kind: 'other', title: 'FBI Director', single: true, aliases: ['Director of the FBI'] },
  'Chairman of the Joint Chiefs of Staff': { key: 'chairman-of-the-joint-chiefs', kind: 'other', title: 'Chairman of the Joint Chiefs of Staff', single: true, aliases: ['Joint Chiefs Chairman', 'Chairman of the Joint Chiefs'] },
  'Chair of the Federal Reserve': { code: 'FED', jurisdiction: 'Federal Reserve', key: 'chair', kind: 'org-head', title: 'Chair', single: true, aliases: ['Chairman', 'Chairwoman', 'Fed Chair', 'Fed Chairman', 'Federal Reserve Chair'] },
  'Chief Justice': { key: 'chief-justice', kind: 'judge', title: 'Chief Justice', single: true, aliases: ['Chief Justice of the United States'] },
  'Supreme Court Justice': { key: 'supreme-court-justice', kind: 'judge', title: 'Justice', single: false, aliases: ['Associate Justice', 'Supreme Court Justice'] },
  'Speaker of the House of Representatives': { key: 'house-speaker', kind: 'legislative-leader', title: 'Speaker', single: true, aliases: ['House Speaker', 'Speaker of the House'] },
};

const US_DROP = [
  [/^First Lady$/, 'spouse / first lady'],
  [/^Secretary of State of /, 'sub-national office (US state official)'],
  [/^Lieutenant Governor/, 'sub-national office (US state official)'],
];

// Labels that are dropped everywhere, with the reason reported.
const DROP_RULES = [
  [/ambassador|permanent representative|high commissioner to|envoy|consul\b|chargé|representative to (the )?(united nations|nato|eu|european)|director of the taipei office/i, 'ambassador / diplomatic post'],
  [/first lady|first gentleman|spouse of/i, 'spouse / first lady'],
  [/chief of (the )?(general |defen[cs]e |army|naval|navy|air|national (defen[cs]e )?general)|commander|commandant|joint chiefs|chiefs of staff|chief of navy|chief of army|vice chief|police|intelligence|security service|\bCIA\b|\bFBI\b|gendarmerie|armed forces|military cabinet|general staff/i, 'military / police / intelligence chief'],
  [/chief of staff|secretary[- ]general (to|of) the presiden|secretary[- ]general of (the )?government|principal secretary|private secretary|spokes|press secretary|communications director|adviser|advisor|counsel(l)?or to|counsel\b|head of the (office|presidential|bureau|president)|(first )?deputy head of|cabinet secretary|director general|director-general of the prime|director of|auditor|ombudsman|chancellor of justice|prosecutor|solicitor|permanent secretary|aide|coordinator|assistant to the president|inspector|representative of the president|presidential representative|plenipotentiary|secretary of the (presidential|guardian)|head of (the )?(cabinet|chancellery)|chief of the cabinet|presidential administration|bureau for presidential|election commission|registrar|state secretary|secretary of state \(|secretary-general to/i, 'civil servant / staff post'],
  [/^(first |second |third )?(deputy|vice|assistant|associate|parliamentary|under|junior|shadow)[- ](?!prime minister|premier|chancellor|president$)|minister of state|state minister|undersecretary|under-secretary|deputy minister|vice minister|minister[- ]delegate|delegate minister|minister assisting|special minister of state|lord of the treasury|lord commissioner|whip/i, 'junior minister / deputy post'],
  [/mayor|prefect|intendant|district|county|oblast|municipal|city of|provincial|regional (council|government|executive)|province|canton|governor of (?!the )|lieutenant governor|provincial executive|executive committee|member of the .*(council|executive) of/i, 'sub-national office'],
];

// Legislature / court / bank word lists used to tell "X of <institution>" from "X of <place>".
const INSTITUTION = /^(the )?(senate|national assembly|assembly|chamber|house|parliament|congress|storting|riigikogu|seimas|sejm|saeima|verkhovna rada|national council|federal council|council of states|knesset|bundestag|bundesrat|legislative|national people's congress|majlis|duma|federation council|people's|supreme|constitutional|court|central bank|bank|reserve bank|riksbank|de nederlandsche|government|council of ministers|presidium|state council|presidency|republic|confederation|executive council|governing council|sovereignty council|cortes|folketing|althing|eduskunta|sabor|national|federal|kuomintang|control yuan|legislative yuan|executive yuan|european|house of|chamber of|cabinet|treasury|queen's privy|privy|duchy|exchequer)/i;

function stripCountrySuffix(label, names) {
  let l = label.trim();
  for (const n of names) {
    for (const form of [` of ${n}`, ` of the ${n}`, ` (${n})`, `, ${n}`]) {
      if (l.toLowerCase().endsWith(form.toLowerCase())) {
        const rest = l.slice(0, l.length - form.length).trim();
        // "Governor of the Bank of Canada", "President of the Republic of X": the country names an institution.
        if (/\b(bank|republic|assembly|council|court|parliament|government)$/i.test(rest)) return l;
        return rest;
      }
    }
  }
  return l;
}

/** Derive the title news copy prints from a ministerial label. */
export function ministerTitle(label) {
  let m = /^(?:Federal )?Minister (?:of|for) (?:the )?(.+)$/i.exec(label);
  if (m) {
    const field = m[1];
    if (!/[,&]| and |\(/.test(field) && field.split(/\s+/).length <= 2) return `${cap(field)} Minister`;
    return label;
  }
  m = /^Secretary of State for (?:the )?(.+)$/i.exec(label);
  if (m) {
    const field = m[1] === 'Home Department' ? 'Home' : m[1];
    if (!/[,&]| and /.test(field) && field.split(/\s+/).length <= 2) return `${cap(field)} Secretary`;
    return label;
  }
  return label;
}

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// Files whose office labels mix national and state/provincial offices of the same name
// (e.g. canada.csv "Minister of Finance" holds Quebec's finance ministers too): below
// head-of-state / head-of-government / foreign-minister level their offices are not single-holder.
export const MIXED_JURISDICTION_FILES = new Set(['AU', 'CA']);

const MONARCH = /^(king|queen|monarch|emir|sultan|emperor|grand duke|prince|druk gyalpo|ngwenyama|yang di-pertuan agong|o le ao o le malo|pope)$/i;

/**
 * Classify one office label from a national source file.
 * ctx: { code, names: [country name and aliases], file }
 */
export function classifyPosition(rawLabel, ctx) {
  const code = ctx.code;
  const label = String(rawLabel ?? '').trim().replace(/\s+/g, ' ');
  if (!label) return { drop: 'empty position label' };

  if (code === 'US') {
    const hit = US_OFFICES[label];
    if (hit === 'FM') return foreignMinisterOffice('US');
    if (hit) return { ...hit };
    for (const [re, why] of US_DROP) if (re.test(label)) return { drop: why };
    const gov = /^Governor of (.+)$/.exec(label);
    if (gov) return { key: `sub:governor-of-${slugify(gov[1])}`, kind: 'subnational', title: 'Governor', single: true, jurisdiction: gov[1] };
  }

  // India: the rows labelled "Minister of Foreign Affairs" are the Foreign Secretaries (civil service).
  if (code === 'IN' && /^Minister of Foreign Affairs$/i.test(label)) {
    return { key: 'foreign-secretary', kind: 'other', title: 'Foreign Secretary', single: true, relabelled: 'India: "Minister of Foreign Affairs" rows are Foreign Secretaries (civil service)' };
  }
  if (/^Foreign Secretary$/i.test(label) && code !== 'GB') {
    return { key: 'foreign-secretary', kind: 'other', title: 'Foreign Secretary', single: true, relabelled: `${code}: Foreign Secretary is the civil-service head of the foreign ministry` };
  }

  let bare = stripCountrySuffix(label, ctx.names ?? []);
  // "President of the Republic of Albania", "President of the French Republic" -> "President".
  const rep = /^(president|vice[- ]president) of the (?:republic of (.+)|(\S+) republic)$/i.exec(bare);
  if (rep && ((rep[2] && (ctx.names ?? []).some((n) => n.toLowerCase() === rep[2].toLowerCase())) || (rep[3] && (ctx.adjectives ?? []).some((a) => a.toLowerCase() === rep[3].toLowerCase())))) {
    bare = rep[1];
  }
  const lower = bare.toLowerCase();

  // Heads of state.
  if (/^(president|president of the republic|federal president|acting president)$/i.test(bare)) {
    if (/^acting/i.test(bare)) return { key: 'acting-head-of-state', kind: 'other', title: 'Acting President', single: true };
    if (code === 'IR') return { key: 'head-of-government', kind: 'head-of-government', title: 'President', single: true };
    return { key: 'head-of-state', kind: 'head-of-state', title: 'President', single: true };
  }
  if (/^supreme leader$/i.test(bare)) return { key: 'supreme-leader', kind: 'head-of-state', title: 'Supreme Leader', single: true };
  if (MONARCH.test(bare) || /^monarch of /i.test(bare) || /^(king|queen|emperor|sultan|emir|prince) of /i.test(bare) && !/(abu dhabi|dubai|sharjah|ajman|fujairah|umm|ras al)/i.test(bare)) {
    if (/pope/i.test(bare)) return { key: 'head-of-state', kind: 'head-of-state', title: 'Pope', single: true };
    const title = /emir/i.test(bare) ? 'Emir' : /sultan/i.test(bare) ? 'Sultan' : /emperor/i.test(bare) ? 'Emperor' : /grand duke/i.test(bare) ? 'Grand Duke' : /^prince/i.test(bare) ? 'Prince' : 'King';
    const aliases = title === 'King' ? ['Queen', 'Monarch'] : title === 'Emir' ? ['Amir'] : undefined;
    return { key: 'head-of-state', kind: 'head-of-state', title, single: true, ...(aliases ? { aliases } : {}) };
  }
  if (/^(ruler|emir) of /i.test(bare)) return { drop: 'sub-national office' };
  if (/^captain regent$/i.test(bare)) return { key: 'head-of-state', kind: 'head-of-state', title: 'Captain Regent', single: false };
  if (/co-prince/i.test(bare)) return { key: `head-of-state:${slugify(bare)}`, kind: 'head-of-state', title: 'Co-Prince', single: true };
  if (/^governor-general$/i.test(bare)) return { key: 'governor-general', kind: 'other', title: 'Governor-General', single: true, aliases: ['Governor General'] };
  if (/^chairman of the presidency$/i.test(bare)) return { key: 'head-of-state', kind: 'head-of-state', title: 'Chairman of the Presidency', single: true };
  if (/^member of the presidency$/i.test(bare)) return { key: 'presidency-member', kind: 'head-of-state', title: 'Member of the Presidency', single: false };
  if (/^(member of the swiss federal council|member of the federal council)$/i.test(bare) && code === 'CH') {
    return { key: 'federal-council', kind: 'minister', title: 'Federal Councillor', single: false, aliases: ['Member of the Federal Council'] };
  }
  if (/^military leader$/i.test(bare)) return { drop: 'unresolved placeholder office' };

  // Heads of government.
  if (/^(prime minister|premier|premier of the state council|federal chancellor|chancellor|taoiseach|chairman of the council of ministers|president of the council of ministers|president of the government|chief minister|minister of state)$/i.test(bare)) {
    if (/^premier$/i.test(bare) && ['AU', 'CA', 'ZA'].includes(code)) return { drop: 'sub-national office' };
    if (/^chief minister$/i.test(bare) && code !== 'SL') return { drop: 'sub-national office' };
    if (/^minister of state$/i.test(bare) && !['MC', 'PW'].includes(code)) return { drop: 'junior minister / deputy post' };
    if (code === 'PW' && /^minister of state$/i.test(bare)) return foreignMinisterOffice('PW');
    if (/^chancellor$/i.test(bare) && code === 'CH') return { drop: 'civil servant / staff post' };
    const title = /taoiseach/i.test(bare) ? 'Taoiseach' : /chancellor/i.test(bare) ? 'Chancellor' : /^premier/i.test(bare) ? 'Premier' : /^chairman/i.test(bare) ? 'Chairman of the Council of Ministers' : /^chief minister/i.test(bare) ? 'Chief Minister' : /^minister of state/i.test(bare) ? 'Minister of State' : 'Prime Minister';
    const aliases = title === 'Prime Minister' ? ['Premier', 'PM'] : title === 'Premier' ? ['Prime Minister'] : title === 'Taoiseach' ? ['Prime Minister', 'Irish leader'] : title === 'Chancellor' ? ['Federal Chancellor'] : title === 'Chairman of the Council of Ministers' ? ['Prime Minister'] : undefined;
    return { key: 'head-of-government', kind: 'head-of-government', title, single: true, ...(aliases ? { aliases } : {}) };
  }
  if (/^(first |second |third )?(deputy|vice)[- ](prime minister|premier|premier of the state council|chancellor)( of .*)?$|^t[áa]naiste$|^alternate prime minister$|^first vice-president of the council of ministers$|^vice president of the council of ministers$/i.test(bare)) {
    if (/ of (?!the state council|sweden)/i.test(bare) && !/council of ministers/i.test(bare)) {
      // "Deputy Prime Minister for European Integration" is kept below; "Deputy Premier of Quebec" is sub-national.
    }
    if (/^deputy premier$/i.test(bare) && ['AU', 'CA', 'ZA'].includes(code)) return { drop: 'sub-national office' };
    if (/alternate/i.test(bare)) return { key: 'alternate-head-of-government', kind: 'deputy-head-of-government', title: 'Alternate Prime Minister', single: true };
    const title = /t[áa]naiste/i.test(bare) ? 'Tánaiste' : /chancellor/i.test(bare) ? 'Vice-Chancellor' : /premier/i.test(bare) ? 'Vice Premier' : 'Deputy Prime Minister';
    const aliases = title === 'Tánaiste' ? ['Deputy Prime Minister', 'Tanaiste'] : title === 'Vice-Chancellor' ? ['Vice Chancellor'] : title === 'Vice Premier' ? ['Vice-Premier', 'Deputy Premier'] : ['Deputy PM', 'Vice Prime Minister', 'Deputy Premier'];
    return { key: 'deputy-head-of-government', kind: 'deputy-head-of-government', title, single: false, aliases };
  }
  if (/^(first |second )?(deputy|vice)[- ]prime minister (for|in charge of) /i.test(bare)) {
    return { key: 'deputy-head-of-government', kind: 'deputy-head-of-government', title: 'Deputy Prime Minister', single: false, aliases: ['Deputy PM', 'Vice Prime Minister'] };
  }
  if (/^(first |second )?vice[- ]president$/i.test(bare)) {
    return { key: 'vice-president', kind: 'other', title: 'Vice President', single: !/^(first|second)/i.test(bare) && !['IR', 'SD', 'CH'].includes(code), aliases: ['Vice-President'] };
  }
  if (/^deputy president$/i.test(bare)) return { key: 'vice-president', kind: 'other', title: 'Deputy President', single: true };

  // Foreign ministers.
  if (/foreign (affairs|minister)|external (affairs|relations)|international relations and cooperation|foreign and european affairs|foreign action|secretary of state for foreign|foreign and commonwealth|foreign, commonwealth/i.test(bare)
      && !/trade|deputy|vice|state minister|minister of state|under|assistant|spokes|associate|sub-/i.test(bare)) {
    return foreignMinisterOffice(code, bare);
  }

  // Ordered drop rules (after heads, so "Deputy Prime Minister" etc. are kept above).
  for (const [re, why] of DROP_RULES) if (re.test(bare)) return { drop: why };

  // Central banks.
  if (/^(governor|president|chair(man)?) of (the )?(central bank|national bank|reserve bank|bank of|banque|banca|banco|state bank|riksbank|sveriges riksbank|de nederlandsche bank|bundesbank|people's bank|banco central|central bank of|banque de france|banca d'italia|banco de españa|banco de portugal|swiss national bank|reserve bank of)/i.test(bare) || /^(governor|president) of sveriges riksbank$/i.test(bare)) {
    const cbm = /^(governor|president|chair(?:man)?) of (?:the )?(.+)$/i.exec(bare);
    const cbTitle = cap(cbm[1].toLowerCase());
    const bank = cbm[2].replace(/^(.)/, (c) => c.toUpperCase());
    return { key: 'central-bank-governor', kind: 'org-head', title: `${bank} ${cbTitle}`, single: true, aliases: [bare, `central bank ${cbTitle.toLowerCase()}`] };
  }
  if (/bank/i.test(bare)) return { drop: 'other public-body head' };

  // "<head title> of <place>" where place is not the country: sub-national head.
  const sub = /^(president|prime minister|premier|chief minister|minister-president|first minister|governor|emir|ruler|chairman|head) of (?:the )?(.+)$/i.exec(bare);
  if (sub && !INSTITUTION.test(sub[2]) && !INSTITUTION.test(`the ${sub[2]}`)) {
    const t = sub[1].toLowerCase();
    if (/^(premier|chief minister|minister-president|first minister|governor)$/.test(t) || (/^(president|prime minister)$/.test(t))) {
      const title = sub[1].replace(/^./, (c) => c.toUpperCase());
      return { key: `sub:${slugify(bare)}`, kind: 'subnational', title, single: true, jurisdiction: sub[2] };
    }
    return { drop: 'sub-national office' };
  }

  // Legislative leaders.
  if (/^(president|speaker|chairman|chairperson|chair|marshal) of (the )?(senate|national assembly|assembly|chamber of deputies|chamber of representatives|house of representatives|house of commons|house of lords|house of councillors|house of assembly|house of the federation|legislative assembly|parliament|congress of deputies|congress|storting|riigikogu|seimas|sejm|saeima|verkhovna rada|national council|council of states|knesset|bundestag|federal senate|federal council|legislative yuan|national people's congress|majlis|state duma|federation council|federal assembly|supreme people's assembly|spanish senate|assembly of the republic|people's national assembly|council of the nation|riksdag|folketing|eduskunta|sabor|althing|house of peoples|presidium of the supreme people's assembly|national people's|council of representatives|hellenic parliament|grand national assembly|national parliament|shura council|consultative assembly|people's consultative assembly|house of the people|lok sabha|rajya sabha)\b/i.test(bare)
      || /^speaker$|^marshal of the sejm$|^lord speaker$/i.test(bare)) {
    if (/president of the (federal council)$/i.test(bare) && code === 'CH') return { key: `legislature:${slugify(bare)}`, kind: 'legislative-leader', title: 'President of the Federal Council', single: true };
    // The full label is the title: a bare "President" would collide with the head of state's title.
    const aliases = /^speaker/i.test(bare) && bare !== 'Speaker' ? ['Speaker'] : [];
    return { key: `legislature:${slugify(bare)}`, kind: 'legislative-leader', title: bare.charAt(0).toUpperCase() + bare.slice(1), single: !MIXED_JURISDICTION_FILES.has(code) || /senate|house of representatives|house of commons/i.test(bare), aliases };
  }
  if (/^leader of the opposition$/i.test(bare)) return { key: 'leader-of-the-opposition', kind: 'party-leader', title: 'Opposition Leader', single: true, aliases: ['Leader of the Opposition'] };

  // Courts.
  if (/^(president|chief justice|chairman|chair) of the (supreme|constitutional|high|federal supreme|supreme people's|supreme administrative) court|^chief justice$/i.test(bare)) {
    return { key: `court:${slugify(bare)}`, kind: 'judge', title: /^chief justice/i.test(bare) ? 'Chief Justice' : bare, single: !MIXED_JURISDICTION_FILES.has(code), aliases: /^chief justice/i.test(bare) && bare !== 'Chief Justice' ? [bare] : [] };
  }
  if (/^(justice|judge) of the (supreme|constitutional) court$/i.test(bare)) {
    return { key: `court:${slugify(bare)}`, kind: 'judge', title: 'Justice', single: false, aliases: [bare, 'Judge'] };
  }
  if (/court|tribunal|judge|justice of/i.test(bare)) return { drop: 'other judicial post' };


  // Ministers without portfolio.
  if (/^minister without portfolio$/i.test(bare)) return { key: 'minister-without-portfolio', kind: 'minister', title: 'Minister without Portfolio', single: false };

  // Ministers.
  if (/^(federal )?minister (of|for|in charge of|responsible for) /i.test(bare) || /^minister-?\s/i.test(bare)) {
    if (/prime minister's|president's|minister in the/i.test(bare)) return { drop: 'junior minister / deputy post' };
    const title = ministerTitle(bare);
    const aliases = title !== bare ? [bare] : undefined;
    const single = !MIXED_JURISDICTION_FILES.has(code);
    return { key: `minister:${slugify(bare.replace(/^(federal )?minister (of|for) (the )?/i, ''))}`, kind: 'minister', title, single, ...(aliases ? { aliases } : {}) };
  }
  if (/^secretary of state for /i.test(bare) && code === 'GB') {
    const title = ministerTitle(bare);
    return { key: `minister:${slugify(bare.replace(/^secretary of state for (the )?/i, ''))}`, kind: 'minister', title, single: true, ...(title !== bare ? { aliases: [bare] } : {}) };
  }
  if (/^secretary (of|for) /i.test(bare) && ['PH', 'MX', 'HK'].includes(code)) {
    return { key: `minister:${slugify(bare.replace(/^secretary (of|for) (the )?/i, ''))}`, kind: 'minister', title: bare, single: true };
  }
  if (/^(chancellor of the exchequer|lord chancellor|chancellor of the duchy of lancaster|lord president of the council|lord privy seal|paymaster general|leader of the house of commons|leader of the house of lords|attorney[- ]general|treasurer|chief cabinet secretary|president of the treasury board|state councilor|state councillor|senior minister)$/i.test(bare)) {
    const title = /^chancellor of the exchequer$/i.test(bare) ? 'Chancellor of the Exchequer' : /^attorney/i.test(bare) ? 'Attorney General' : bare;
    const aliases = /^chancellor of the exchequer$/i.test(bare) ? ['Chancellor', 'Finance Minister'] : /^attorney/i.test(bare) ? ['Attorney-General'] : undefined;
    const single = !MIXED_JURISDICTION_FILES.has(code) && !/state council|senior minister/i.test(bare);
    return { key: `minister:${slugify(bare)}`, kind: 'minister', title, single, ...(aliases ? { aliases } : {}) };
  }

  return { drop: 'unrecognised or out-of-scope office label' };
}
