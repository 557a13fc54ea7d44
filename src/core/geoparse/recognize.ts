/**
 * Recognition: finds the spans of an article that name places, with nothing but the gazetteer's name index
 * and a few rules of English news prose. Linear in the text: one pass over word tokens, at most
 * `gazetteer.maxWords` lookups per capitalised token, no backtracking regular expressions.
 */
import type { Gazetteer, NameHit } from '../gazetteer/gazetteer';
import { isAllCaps, isCapitalized, normalizeKey } from '../text/normalize';
import {
  BREED_AND_PRODUCE_WORDS,
  CLUB_WORDS,
  FEATURE_WORDS,
  FUNCTION_WORDS,
  INSTITUTIONS,
  KIN_WORDS,
  LOCATIVE_WORDS,
  LOWERCASE_TITLES,
  MONTHS_AND_DAYS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NAMED_AFTER_WORDS,
  ORGANISATION_VERBS,
  PERSON_FOLLOWERS,
  PLACE_MODIFIERS,
  POSSESSIVE_DETERMINERS,
  SPEECH_VERBS,
  STREET_WORDS,
  TEAM_NICKNAMES,
  TITLES,
} from './lexicon';
import type { RuleName } from './rules';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

export interface Recognized {
  start: number;
  end: number;
  text: string;
  key: string;
  hits: NameHit[];
  /** "Alexandria, La.": the row set of the place right after the comma, when there is one. */
  qualifier?: Recognized;
  /** True when the first token starts a sentence. */
  sentenceInitial: boolean;
  /** True when this span qualifies the place before it ("Flushing, New York"): it names a state or country. */
  qualifies?: boolean;
  /** True for the place of the article's dateline ("COLUMBIA, Ky. —"): where the article is from. */
  dateline?: boolean;
  /**
   * True when the name opens a sports team's ("the Oklahoma City Thunder", "Boston Red Sox"): the team's home
   * city, kept as a place, but no evidence of where the story happens (resolve.ts leaves it out of the context).
   */
  team?: boolean;
}

/** A gazetteer match the recogniser turned down, and the rule that did it (for `npm run eval -- --errors`). */
export interface Rejection {
  start: number;
  end: number;
  text: string;
  rule: RuleName;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** What may stand between two words of one name: a space, a hyphen, an apostrophe, a dot ("U.S.", "St. Louis"). */
const NAME_GAP = /^(?:[ \u00a0]|-|['’]|\.|\. |\.-)$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = m[0];
    tokens.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase() });
  }
  return tokens;
}

function isSentenceStart(text: string, tokenStart: number): boolean {
  let i = tokenStart - 1;
  while (i >= 0 && /[\s"'“‘([]/.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  return /[.!?:;]/.test(text[i]!);
}

/** Capitalisation the name needs in text: "Moscow" yes, "moscow" no, "Republic of Korea" yes, "US" only as written. */
function writtenAsName(gaz: Gazetteer, tokens: Token[], i: number, j: number, key: string, surface: string): boolean {
  if (gaz.allowsLowerCase(key)) return isCapitalized(tokens[i]!.text);
  if (gaz.isCaseSensitive(surface) || gaz.isCaseSensitive(surface.replace(/\.$/, ''))) return true;
  for (let k = i; k <= j; k++) {
    const t = tokens[k]!;
    if (isCapitalized(t.text) || /^\p{N}/u.test(t.text)) continue;
    if (k > i && k < j && NAME_CONNECTORS.has(t.lower)) continue;
    // "Russia's", "D'Iberville": a lone letter after an apostrophe.
    if (k > i && t.text.length === 1) continue;
    return false;
  }
  return true;
}

/**
 * A short all-capitals word ("US", "UK", "ROK", "IN", "OR") names a place only where the gazetteer lists it
 * as written; dotted abbreviations ("S.C.", "D.C.") are deliberate and need no such listing.
 */
function needsListedAbbreviation(gaz: Gazetteer, surface: string): boolean {
  if (surface.includes('.')) return false;
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length <= 4 && isAllCaps(letters) && !gaz.isCaseSensitive(surface);
}

interface Match {
  i: number;
  j: number;
  start: number;
  end: number;
  key: string;
  hits: NameHit[];
}

function longestMatchAt(gaz: Gazetteer, text: string, tokens: Token[], i: number): Match | undefined {
  const first = tokens[i]!;
  if (!gaz.startsName(first.lower) && !gaz.startsName(normalizeKey(first.text))) return undefined;
  let last = i;
  while (last + 1 < tokens.length && last - i + 1 < gaz.maxWords + 2) {
    const next = tokens[last + 1]!;
    const gap = text.slice(tokens[last]!.end, next.start);
    if (!NAME_GAP.test(gap)) break;
    // Names go on only through words a name can hold: most capitalised words end at the next lower-case one.
    const nameWord = isCapitalized(next.text) || /^\p{N}/u.test(next.text) || next.text.length === 1 || NAME_CONNECTORS.has(next.lower) || gaz.isLowerCaseNameWord(next.lower);
    if (!nameWord) break;
    last++;
  }
  for (let j = last; j >= i; j--) {
    const end = tokens[j]!.end;
    const surface = text.slice(first.start, end);
    const withDot = text[end] === '.' ? `${surface}.` : undefined;
    for (const s of withDot ? [withDot, surface] : [surface]) {
      const key = normalizeKey(s);
      const hits = gaz.lookup(key);
      if (hits.length === 0) continue;
      if (!writtenAsName(gaz, tokens, i, j, key, s)) continue;
      // "ROME (AP) —", "CUBA, Mo. —": a short name in capitals opening a paragraph is a dateline, not an acronym.
      if (needsListedAbbreviation(gaz, s) && !(opensParagraph(text, first.start) && /^(?:,|[ \u00a0]*[(—–-])/.test(text.slice(end, end + 3)))) continue;
      return { i, j, start: first.start, end: first.start + s.length, key, hits };
    }
  }
  return undefined;
}

/**
 * The division word a plural names in a list ("Pike, Adams and Brown counties"): each listed name is the
 * division "<name> <word>", which is how the gazetteer names it ("Adams County"), not a town called "Adams"
 * (rule `listedDivision` in rules.ts).
 */
const LISTED_DIVISION_PLURALS: ReadonlyMap<string, string> = new Map([
  ['counties', 'county'],
  ['parishes', 'parish'],
  ['boroughs', 'borough'],
  ['provinces', 'province'],
  ['prefectures', 'prefecture'],
  ['districts', 'district'],
]);
/** How many capitalised words one listed name may have ("Prince George's", "St. Clair"). */
const LISTED_NAME_WORDS = 3;
/** What may separate the names of such a list: a comma, "and", "or", or both. */
const LIST_GAP = /^(?:, ?| and | or |, and |, or )$/;

/**
 * Matches for the names of a list closed by a plural division word, keyed by each name's first token: the
 * gazetteer's "<name> <division>" when it has one. The spans stay the words the text writes ("Adams").
 */
function listedDivisions(gaz: Gazetteer, text: string, tokens: Token[]): Map<number, Match> {
  const found = new Map<number, Match>();
  for (let k = 1; k < tokens.length; k++) {
    const division = LISTED_DIVISION_PLURALS.get(tokens[k]!.text);
    if (!division) continue;
    // Walk back over "Name, Name and Name ", the names' words capitalised.
    const names: Array<{ i: number; j: number }> = [];
    let end = k - 1;
    let gapOk = text.slice(tokens[end]!.end, tokens[k]!.start) === ' ';
    while (gapOk && end >= 0 && isCapitalized(tokens[end]!.text)) {
      let first = end;
      while (first > 0 && end - first + 1 < LISTED_NAME_WORDS && isCapitalized(tokens[first - 1]!.text) && NAME_GAP.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first--;
      names.push({ i: first, j: end });
      if (first === 0) break;
      const gap = text.slice(tokens[first - 1]!.end, tokens[first]!.start);
      const joiner = tokens[first - 1]!.lower;
      if (joiner === 'and' || joiner === 'or') {
        if (first < 2 || !LIST_GAP.test(text.slice(tokens[first - 2]!.end, tokens[first]!.start))) break;
        end = first - 2;
      } else if (/^, ?$/.test(gap)) end = first - 1;
      else break;
      gapOk = true;
    }
    // One name before a plural is a name of its own ("the Kent counties" is rare); a list needs two.
    if (names.length < 2) continue;
    for (const { i, j } of names) {
      // The longest tail of the capitalised run that names such a division ("Lake Adams" → "Adams County").
      for (let from = i; from <= j; from++) {
        const surface = text.slice(tokens[from]!.start, tokens[j]!.end);
        const key = normalizeKey(`${surface} ${division}`);
        const hits = gaz.lookup(key);
        if (hits.length === 0) continue;
        found.set(from, { i: from, j, start: tokens[from]!.start, end: tokens[j]!.end, key, hits });
        break;
      }
    }
  }
  return found;
}

/**
 * Finds place-name spans in `text`. `rejected`, when given, collects the matches turned down and the rule
 * that turned each down.
 *
 * @example
 * recognize('Lavrov flew from Moscow to Pyongyang.', gaz).map((r) => r.text); // ['Moscow', 'Pyongyang']
 */
export function recognize(text: string, gaz: Gazetteer, rejected?: Rejection[]): Recognized[] {
  const tokens = tokenize(text);
  const surnames = personSurnames(text, tokens, gaz);
  const listed = listedDivisions(gaz, text, tokens);
  const out: Recognized[] = [];
  // Names the article uses for an organisation ("Xinhua reported") or introduces as a person's given name
  // ("Georgia Stevens"): one sense per article, decided once every mention has been seen.
  const organisations = new Set<string>();
  const givenNameUses: Array<{ key: string; surname: number }> = [];
  const personNames = new Set<string>();
  const locative = new Set<string>();
  let i = 0;
  let previous: Recognized | undefined;
  let previousEndToken = -1;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isCapitalized(t.text) && !gaz.allowsLowerCase(t.lower)) {
      i++;
      continue;
    }
    const listedDivision = listed.get(i);
    const m = listedDivision ?? longestMatchAt(gaz, text, tokens, i);
    if (!m) {
      i++;
      continue;
    }
    const sentenceInitial = isSentenceStart(text, m.start);
    const rec: Recognized = { start: m.start, end: m.end, text: text.slice(m.start, m.end), key: m.key, hits: m.hits, sentenceInitial };
    if (isTeamName(text, tokens, m.j)) rec.team = true;
    const strong = m.hits.some((h) => isStrongType(gaz, h.row));
    const surname = ((m.i === m.j && surnames.has(tokens[m.i]!.lower)) || surnames.has(m.key)) && !strong;
    const cues = articleCues(gaz, text, tokens, m);
    if (cues.organisation) organisations.add(m.key);
    if (cues.givenName) givenNameUses.push({ key: m.key, surname: m.j + 1 });
    if (cues.locative) locative.add(m.key);
    // A name in a list of counties is one whatever else the word means ("Mason", "Brown"): no rule turns it down.
    const rule: RuleName | undefined = listedDivision ? undefined : surname ? 'personSurname' : rejectionOf(gaz, text, tokens, m, sentenceInitial);
    if (!rule) {
      // "Alexandria, La." — remember the qualifier so resolution can use it.
      if (previous && previousEndToken === m.i - 1 && /^, ?$/.test(text.slice(previous.end, m.start))) {
        previous.qualifier = rec;
        rec.qualifies = true;
      }
      out.push(rec);
      previous = rec;
      previousEndToken = m.j;
    } else {
      // "Carol Whitlock", "their daughter, Florence,": the name is that person's wherever the article uses it.
      if (PERSON_INTRODUCING_RULES.has(rule) && m.i === m.j && !strong) personNames.add(m.key);
      if (rejected) rejected.push({ start: rec.start, end: rec.end, text: rec.text, rule });
    }
    i = m.j + 1;
  }
  const givenNames = confirmedGivenNames(tokens, givenNameUses);
  let kept = out;
  if (organisations.size > 0 || givenNames.size > 0 || personNames.size > 0) {
    kept = [];
    for (const rec of out) {
      const rule: RuleName | undefined =
        organisations.has(rec.key) && !rec.hits.some((h) => isStrongType(gaz, h.row))
          ? 'organisationInArticle'
          : (givenNames.has(rec.key) && !locative.has(rec.key) && !rec.qualifier) || (personNames.has(rec.key) && !rec.qualifier && !rec.hits.some((h) => isStrongType(gaz, h.row)))
            ? 'personInArticle'
            : undefined;
      if (!rule) kept.push(rec);
      else if (rejected) rejected.push({ start: rec.start, end: rec.end, text: rec.text, rule });
    }
  }
  markDateline(text, kept);
  return kept;
}

/**
 * "Georgia Stevens" is a person when "Stevens" turns up elsewhere in the article without "Georgia" ("Cory
 * Stevens", "Stevens said"); "Georgia Bureau" is an organisation's name and the place stands.
 */
function confirmedGivenNames(tokens: Token[], uses: Array<{ key: string; surname: number }>): Set<string> {
  const out = new Set<string>();
  if (uses.length === 0) return out;
  // Linear: how often each surname is written, against how often right after the given name.
  const wanted = new Set(uses.map((u) => tokens[u.surname]!.text));
  const written = new Map<string, number>();
  for (const t of tokens) if (wanted.has(t.text)) written.set(t.text, (written.get(t.text) ?? 0) + 1);
  const paired = new Map<string, number>();
  for (const u of uses) {
    const pair = `${tokens[u.surname - 1]!.lower} ${tokens[u.surname]!.text}`;
    paired.set(pair, (paired.get(pair) ?? 0) + 1);
  }
  for (const u of uses) {
    const surname = tokens[u.surname]!.text;
    if ((written.get(surname) ?? 0) > (paired.get(`${tokens[u.surname - 1]!.lower} ${surname}`) ?? 0)) out.add(u.key);
  }
  return out;
}

/** Rules that find a person's given name: the name is that person's throughout the article. */
const PERSON_INTRODUCING_RULES: ReadonlySet<RuleName> = new Set(['kinApposition', 'personCouple']);

/** What follows a dateline's place (and its qualifier): "(AP)" or "(WBKO)" perhaps, then a dash. */
const DATELINE_TAIL = /^\.?[ \u00a0]*(?:\([^()\n]{1,40}\)[ \u00a0]*)?(?:-{1,2}|[—–])/;
/** A wire credit with no dash after it, the story running straight on: "Washington (CNN) The senator …". */
const DATELINE_CREDIT = /^[ \u00a0]*\((?:\p{Lu}[\p{L}.&]{1,11})(?:[ \u00a0/]\p{Lu}[\p{L}.&]{1,11})?\)[ \u00a0]+[\p{Lu}"“‘']/u;
/** A place in capitals opening the paragraph, the story running straight on: "WASHINGTON Barack Obama …". */
const DATELINE_RUN_ON = /^[ \u00a0]+\p{Lu}\p{Ll}/u;
/** How far into an article a dateline may stand (after a headline). */
const DATELINE_WITHIN = 400;

/** "COLUMBIA, Ky. —", "PARIS, Mo. (AP) —", "WASHINGTON (Reuters) -": the first place that opens a line or sentence so. */
function markDateline(text: string, recs: Recognized[]): void {
  for (const rec of recs) {
    if (rec.start > DATELINE_WITHIN) return;
    if (!rec.sentenceInitial) continue;
    const end = rec.qualifier && /^, ?$/.test(text.slice(rec.end, rec.qualifier.start)) ? rec.qualifier.end : rec.end;
    const tail = text.slice(end, end + 48);
    const capitals = isAllCaps(rec.text.replace(/[^\p{L}]/gu, ''));
    const credit = DATELINE_CREDIT.test(tail);
    // Without a dash, only a paragraph's first words in capitals ("WASHINGTON Barack Obama") are a dateline.
    const runOn = capitals && rec.text.length > 3 && opensParagraph(text, rec.start) && DATELINE_RUN_ON.test(tail);
    if (!DATELINE_TAIL.test(tail) && !credit && !runOn) continue;
    // A headline's "Paris - " would pass too; a dateline is written in capitals, carries a qualifier or a credit.
    if (!capitals && !rec.qualifier && !credit) continue;
    rec.dateline = true;
    return;
  }
}

/** Whether only spaces stand between the start of a line (or of the text) and `at`. */
function opensParagraph(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

interface ArticleCues {
  /** "Xinhua reported", "according to Xinhua", "the Xinhua news agency". */
  organisation: boolean;
  /** "Georgia Stevens": a given name before a surname. */
  givenName: boolean;
  /** "in Georgia", "to Georgia": the name used as a place. */
  locative: boolean;
}

function articleCues(gaz: Gazetteer, text: string, tokens: Token[], m: Match): ArticleCues {
  const next = tokens[m.j + 1];
  const after = tokens[m.j + 2];
  const prev = tokens[m.i - 1];
  const before = tokens[m.i - 2];
  const nextGap = next ? text.slice(tokens[m.j]!.end, next.start) : '';
  const nextSpace = /^[ \u00a0]$/.test(nextGap);
  // An attribution clause (", Xinhua reported."), "the Xinhua news agency", "according to Xinhua.": the
  // name itself is the organisation, with no other word of its name after it.
  const attribution = !!prev && (/,\s*$/.test(text.slice(prev.end, tokens[m.i]!.start)) || prev.lower === 'the');
  const nameEnds = !next || /^[.,;:]/.test(text.slice(tokens[m.j]!.end, tokens[m.j]!.end + 1));
  const organisation =
    (!!next && nextSpace && next.lower === 'news' && after?.lower === 'agency') ||
    (!!next && nextSpace && attribution && ORGANISATION_VERBS.has(next.lower)) ||
    (!!prev && !!before && prev.lower === 'to' && before.lower === 'according' && nameEnds);
  const givenName =
    m.i === m.j &&
    !!next &&
    nextSpace &&
    gaz.isGivenName(tokens[m.i]!.lower) &&
    isCapitalized(next.text) &&
    !isAllCaps(next.text) &&
    next.text.length > 2 &&
    !gaz.isCommonWord(next.lower) &&
    !gaz.isGivenName(next.lower) &&
    !TITLES.has(next.lower) &&
    !STREET_WORDS.has(next.lower) &&
    !NAMED_AFTER_WORDS.has(next.lower) &&
    !FEATURE_WORDS.has(next.lower);
  // "to Georgia's credit" is about the person: a possessive after a preposition is no place.
  const possessive = /^['’]s\b/.test(text.slice(m.end, m.end + 3));
  const locative = !!prev && !possessive && LOCATIVE_WORDS.has(prev.lower) && /^[ \u00a0]$/.test(text.slice(prev.end, tokens[m.i]!.start));
  return { organisation, givenName, locative };
}

/** Places whose name alone is strong evidence: countries, states, continents, capitals of some size. */
function isStrongType(gaz: Gazetteer, row: number): boolean {
  const type = gaz.placeType(row);
  if (type === 'capital') return gaz.population(row) >= 100_000;
  return type === 'country' || type === 'admin1' || type === 'continent' || type === 'water';
}

/**
 * Surnames of the people the article names ("Barack Obama", "Sen. Lincoln", "Nakishia Sullivan, 19,"): a
 * later lone "Obama" or "Sullivan" is that person, not a town (one sense per article). Lower-case single
 * words, plus the whole key of a surname written with an apostrophe ("o'connor"), which spans tokens.
 */
function personSurnames(text: string, tokens: Token[], gaz: Gazetteer): Set<string> {
  const out = new Set<string>();
  const apostrophe = (k: number) => k > 0 && /^['’]$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  const add = (j: number, from: number) => {
    const last = tokens[j]!;
    if (last.text.length >= 3 && !TITLES.has(last.lower)) out.add(last.lower);
    let k = j;
    while (k > from && apostrophe(k)) k--;
    if (k < j) out.add(normalizeKey(text.slice(tokens[k]!.start, last.end)));
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    if (!isCapitalized(a.text) || isAllCaps(a.text)) continue;
    // News style gives a person's age after the name: "Nakishia Sullivan, 19, of Gainesville".
    const b = tokens[i + 1]!;
    if (isCapitalized(b.text) && /^[ \u00a0]$/.test(text.slice(a.end, b.start)) && /^, \d{1,3},/.test(text.slice(b.end, b.end + 6))) add(i + 1, i + 1);
    // "Bush Jr", "coach Ripley": the name is a person's wherever the article uses it.
    if ((b.lower === 'jr' || b.lower === 'sr') && text.slice(a.end, b.start) === ' ') add(i, i);
    const before = tokens[i - 1];
    if (before && LOWERCASE_TITLES.has(before.text) && text.slice(before.end, a.start) === ' ') add(i, i);
    const title = TITLES.has(a.lower);
    const given = gaz.isGivenName(a.lower);
    if (!title && !given) continue;
    // Walk the capitalised run after the given name or title (apostrophes join "O’Connor"): its last word
    // is the surname.
    let j = i;
    while (
      j + 1 < tokens.length &&
      isCapitalized(tokens[j + 1]!.text) &&
      /^(?:[ \u00a0]|\. |\.|['’])$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start)) &&
      j - i < 4
    )
      j++;
    if (j === i) continue;
    if (gaz.startsName(a.lower) && !given) continue;
    add(j, i + 1);
  }
  return out;
}

/** A population above which a city's name after another capitalised word is still the city. */
const BIG_CITY = 100_000;

/** The rule that turns this match down as a place, or undefined when it stands. */
function rejectionOf(gaz: Gazetteer, text: string, tokens: Token[], m: Match, sentenceInitial: boolean): RuleName | undefined {
  const single = m.i === m.j;
  const first = tokens[m.i]!;
  const next = tokens[m.j + 1];
  const prev = tokens[m.i - 1];
  const nextGap = next ? text.slice(tokens[m.j]!.end, next.start) : '';
  const prevGap = prev ? text.slice(prev.end, first.start) : '';
  const nextAdjacent = !!next && /^[ \u00a0]$/.test(nextGap);
  const prevAdjacent = !!prev && /^[ \u00a0]$/.test(prevGap);
  const demonymOnly = m.hits.every((h) => h.demonym);
  const strongType = m.hits.some((h) => isStrongType(gaz, h.row));
  // A common word that is only part of a division's name ("Gulf" of Gulf Province, "Free" of Free State,
  // "Federal" of Federal District) is meant as a word; "Texas" and "Wales" are the divisions' own names.
  const commonWord = single && gaz.isCommonWord(first.lower);
  // An abbreviation ("Ala.", "Ind.") is written as one on purpose.
  const abbreviation = m.key.endsWith('.');
  const strongWord =
    commonWord && !abbreviation ? m.hits.some((h) => isStrongType(gaz, h.row) && (gaz.placeType(h.row) !== 'admin1' || normalizeKey(gaz.entry(h.row).name) === m.key)) : strongType;

  if (INSTITUTIONS.has(m.key.replace(/ /g, '-'))) return 'institution';
  if (single && !strongType && !demonymOnly && next && nextAdjacent && (SPEECH_VERBS.has(next.lower) || PERSON_FOLLOWERS.has(next.lower))) {
    // "the Donetsk administration" is a city's: only a small place gives way to "administration".
    if (next.lower !== 'administration' || !m.hits.some((h) => gaz.population(h.row) >= 100_000)) return 'personVerb';
  }

  if (single && MONTHS_AND_DAYS.has(first.lower)) return 'monthOrDay';
  // "Sergeant Ray Holt", "U.S. Sens. Byrd and Rockefeller": a title before a name is no town of its name.
  if (single && !strongType && TITLES.has(first.lower) && next && isCapitalized(next.text) && /^\.?[ \u00a0]$/.test(nextGap)) return 'titleWord';
  // "Governors’ Parkway", "Ocean Parkway": a street word after a name is part of the street's name.
  if (single && !strongType && STREET_WORDS.has(first.lower) && prev && isCapitalized(prev.text) && /^['’]?[ \u00a0]$/.test(prevGap)) return 'streetName';
  // "inter-Korean", "trans-Atlantic": an adjective about relations between places, not a reference to one.
  if (prev && prevGap === '-' && /^(?:inter|intra|trans|pan)$/.test(prev.lower)) return 'relationAdjective';
  // "Real Madrid", "Inter Milan": a club, whatever the size of its city.
  if (prev && prevAdjacent && CLUB_WORDS.has(prev.lower) && isCapitalized(prev.text)) return 'clubName';
  // "a 2011 Honda Accord", "a 2004 Chevrolet Malibu": a make and model.
  if (isProductModel(text, tokens, m.i)) return 'productModel';
  // A dateline ("CHARLESTON, W.Va. --") names a place even when the word is also a common one.
  const dateline = isAllCaps(first.text) && first.text.length > 2 && /^(?:,|\s+[-—–(])/.test(text.slice(tokens[m.j]!.end, tokens[m.j]!.end + 3));
  if (single && sentenceInitial && commonWord && !strongWord && !dateline) return 'sentenceInitialCommonWord';
  // "Central Anatolia", "Central European Time": a compass or size word opening a longer name the gazetteer
  // lacks is no place on its own.
  if (single && !strongType && !demonymOnly && PLACE_MODIFIERS.has(first.lower) && next && nextAdjacent && isCapitalized(next.text) && !isAllCaps(first.text)) return 'modifierOfLongerName';
  if (commonWord && !strongWord && !demonymOnly && !isAllCaps(first.text)) {
    // A capitalised common word mid-sentence ("Valley", "Central") needs a big place behind it, or a
    // qualifier: "Mobile, Ala.".
    const qualified = /^, ?\p{Lu}/u.test(text.slice(tokens[m.j]!.end, tokens[m.j]!.end + 3));
    if (!qualified && !m.hits.some((h) => gaz.population(h.row) >= 100_000)) return 'commonWordSmallPlace';
  }
  // "Abu Jaafar": a name particle, then the name.
  if (single && NAME_PARTICLES.has(first.lower) && next && nextAdjacent && isCapitalized(next.text)) return 'nameParticle';
  // Part of a person's name: "Julia Lyubova", "Kim Jong Un", "Sen. Lincoln", "Donald Trump".
  if (prev && prevAdjacent && isCapitalized(prev.text)) {
    const prevIsTitle = TITLES.has(prev.lower);
    const prevIsGiven = gaz.isGivenName(prev.lower) && !gaz.startsName(prev.lower);
    const prevStartsSentence = isSentenceStart(text, prev.start);
    const prevIsModifier = PLACE_MODIFIERS.has(prev.lower);
    if (!demonymOnly && (prevIsTitle || prevIsGiven)) return 'personName';
    // A city of some size stays one after a capitalised word ("Global Calgary", "Overall Calgary").
    const bigCity = !commonWord && !gaz.isGivenName(prev.lower) && m.hits.some((h) => gaz.population(h.row) >= BIG_CITY);
    if (single && !demonymOnly && !strongType && !bigCity && !prevIsModifier && !(prevStartsSentence && (FUNCTION_WORDS.has(prev.lower) || gaz.isCommonWord(prev.lower)))) return 'capitalisedBefore';
  }
  if (prev && /^\.\s$/.test(prevGap) && TITLES.has(prev.lower) && !demonymOnly) return 'personName';
  // "and wife, Marlene,", "his son Austin": a word of kin before a name makes it a person's.
  if (single && !strongType && prev && KIN_WORDS.has(prev.lower) && /^,? $/.test(prevGap)) return 'kinApposition';
  // "Indian Ocean", "Arabian Sea": an adjective that names a feature the gazetteer lacks, not a country.
  if (demonymOnly && next && nextAdjacent && FEATURE_WORDS.has(next.lower) && isCapitalized(next.text)) return 'featureAdjective';
  // "Angus cattle", "Angus beef": a breed or a product named after a place.
  if ((!strongType || demonymOnly) && next && nextAdjacent && BREED_AND_PRODUCE_WORDS.has(next.text)) return 'breedOrProduct';
  if (next && nextAdjacent && isCapitalized(next.text)) {
    // "Dallas Cowboys" is a team, not a person called Dallas.
    if (single && gaz.isGivenName(first.lower) && !strongWord && !isTeamName(text, tokens, m.j)) return 'givenNameBeforeSurname';
    if (STREET_WORDS.has(next.lower)) return 'streetName';
  }
  // "Carol and Ted Whitlock": a given name joined by "and" to another person's given name and surname.
  if (single && !strongType && gaz.isGivenName(first.lower) && next?.lower === 'and' && nextAdjacent && isCoupleTail(text, tokens, m.j + 1, gaz)) return 'personCouple';
  if (next && nextAdjacent && NAMED_AFTER_WORDS.has(next.lower) && isCapitalized(next.text) && !demonymOnly) {
    // "Knox County School District", "Riverside School Board": the place's own school authority.
    const after = tokens[m.j + 2];
    if (!(next.lower === 'school' && after && /^(?:district|board|boards)$/.test(after.lower))) return 'namedAfterOrganisation';
  }
  return undefined;
}

/**
 * "Oklahoma City Thunder", "Boston Red Sox", "Dallas Cowboys": after a place name, a capitalised nickname of the
 * major leagues, followed by no other capitalised word ("Texas Rangers Museum" is a museum's name).
 */
function isTeamName(text: string, tokens: Token[], j: number): boolean {
  const a = tokens[j + 1];
  if (!a || !/^[ \u00a0]$/.test(text.slice(tokens[j]!.end, a.start)) || !isCapitalized(a.text) || isAllCaps(a.text)) return false;
  const b = tokens[j + 2];
  const two = !!b && /^[ \u00a0]$/.test(text.slice(a.end, b.start)) && isCapitalized(b.text);
  if (two && TEAM_NICKNAMES.has(`${a.lower} ${b.lower}`)) return !capitalisedAfter(text, tokens, j + 2);
  if (two) return false;
  return TEAM_NICKNAMES.has(a.lower);
}

function capitalisedAfter(text: string, tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return !!next && /^[ \u00a0]$/.test(text.slice(tokens[k]!.end, next.start)) && isCapitalized(next.text);
}

/** "… and Ted Whitlock": after "and", a given name and a capitalised surname. */
function isCoupleTail(text: string, tokens: Token[], and: number, gaz: Gazetteer): boolean {
  const given = tokens[and + 1];
  const surname = tokens[and + 2];
  if (!given || !surname || !/^[ \u00a0]$/.test(text.slice(tokens[and]!.end, given.start))) return false;
  if (!/^[ \u00a0]$/.test(text.slice(given.end, surname.start))) return false;
  return isCapitalized(given.text) && gaz.isGivenName(given.lower) && isCapitalized(surname.text) && !gaz.isCommonWord(surname.lower);
}

/** "a 2011 Honda …", "her 2004 Chevrolet Malibu": the match is among capitalised words after a possessive or "a" and a year. */
function isProductModel(text: string, tokens: Token[], i: number): boolean {
  let k = i;
  for (let n = 0; n < 3 && k > 0; n++) {
    const prev = tokens[k - 1]!;
    if (!/^[ \u00a0]$/.test(text.slice(prev.end, tokens[k]!.start))) return false;
    if (/^(?:19|20)\d\d$/.test(prev.text)) {
      const det = tokens[k - 2];
      return !!det && POSSESSIVE_DETERMINERS.has(det.lower) && /^[ \u00a0]$/.test(text.slice(det.end, prev.start));
    }
    if (!isCapitalized(prev.text)) return false;
    k--;
  }
  return false;
}
