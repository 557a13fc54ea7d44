/**
 * Recognition: finds the spans of an article that name places, with nothing but the gazetteer's name index
 * and a few rules of English news prose. Linear in the text: one pass over word tokens, at most
 * `gazetteer.maxWords` lookups per capitalised token, no backtracking regular expressions.
 */
import type { Gazetteer, NameHit } from '../gazetteer/gazetteer';
import { isAllCaps, isCapitalized, normalizeKey } from '../text/normalize';
import { FEATURE_WORDS, FUNCTION_WORDS, INSTITUTIONS, LOWERCASE_TITLES, MONTHS_AND_DAYS, NAME_CONNECTORS, NAMED_AFTER_WORDS, PERSON_FOLLOWERS, PLACE_MODIFIERS, SPEECH_VERBS, STREET_WORDS, TITLES } from './lexicon';

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
      if (needsListedAbbreviation(gaz, s)) continue;
      return { i, j, start: first.start, end: first.start + s.length, key, hits };
    }
  }
  return undefined;
}

/**
 * Finds place-name spans in `text`.
 *
 * @example
 * recognize('Lavrov flew from Moscow to Pyongyang.', gaz).map((r) => r.text); // ['Moscow', 'Pyongyang']
 */
export function recognize(text: string, gaz: Gazetteer): Recognized[] {
  const tokens = tokenize(text);
  const surnames = personSurnames(text, tokens, gaz);
  const out: Recognized[] = [];
  let i = 0;
  let previous: Recognized | undefined;
  let previousEndToken = -1;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isCapitalized(t.text) && !gaz.allowsLowerCase(t.lower)) {
      i++;
      continue;
    }
    const m = longestMatchAt(gaz, text, tokens, i);
    if (!m) {
      i++;
      continue;
    }
    const sentenceInitial = isSentenceStart(text, m.start);
    const rec: Recognized = { start: m.start, end: m.end, text: text.slice(m.start, m.end), key: m.key, hits: m.hits, sentenceInitial };
    const surname = ((m.i === m.j && surnames.has(tokens[m.i]!.lower)) || surnames.has(m.key)) && !m.hits.some((h) => isStrongType(gaz, h.row));
    if (!surname && isPlaceInContext(gaz, text, tokens, m, sentenceInitial)) {
      // "Alexandria, La." — remember the qualifier so resolution can use it.
      if (previous && previousEndToken === m.i - 1 && /^, ?$/.test(text.slice(previous.end, m.start))) previous.qualifier = rec;
      out.push(rec);
      previous = rec;
      previousEndToken = m.j;
    }
    i = m.j + 1;
  }
  return out;
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

function isPlaceInContext(gaz: Gazetteer, text: string, tokens: Token[], m: Match, sentenceInitial: boolean): boolean {
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

  if (INSTITUTIONS.has(m.key.replace(/ /g, '-'))) return false;
  if (single && !strongType && !demonymOnly && next && nextAdjacent && (SPEECH_VERBS.has(next.lower) || PERSON_FOLLOWERS.has(next.lower))) {
    // "the Donetsk administration" is a city's: only a small place gives way to "administration".
    if (next.lower !== 'administration' || !m.hits.some((h) => gaz.population(h.row) >= 100_000)) return false;
  }

  if (single && MONTHS_AND_DAYS.has(first.lower)) return false;
  // "inter-Korean", "trans-Atlantic": an adjective about relations between places, not a reference to one.
  if (prev && prevGap === '-' && /^(?:inter|intra|trans|pan)$/.test(prev.lower)) return false;
  // A dateline ("CHARLESTON, W.Va. --") names a place even when the word is also a common one.
  const dateline = isAllCaps(first.text) && first.text.length > 2 && /^(?:,|\s+[-—–(])/.test(text.slice(tokens[m.j]!.end, tokens[m.j]!.end + 3));
  if (single && sentenceInitial && gaz.isCommonWord(first.lower) && !strongType && !dateline) return false;
  if (single && gaz.isCommonWord(first.lower) && !strongType && !demonymOnly && !isAllCaps(first.text)) {
    // A capitalised common word mid-sentence ("Valley", "Central") needs a big place behind it, or a
    // qualifier: "Mobile, Ala.".
    const qualified = /^, ?\p{Lu}/u.test(text.slice(tokens[m.j]!.end, tokens[m.j]!.end + 3));
    if (!qualified && !m.hits.some((h) => gaz.population(h.row) >= 100_000)) return false;
  }
  // Part of a person's name: "Julia Lyubova", "Kim Jong Un", "Sen. Lincoln", "Donald Trump".
  if (prev && prevAdjacent && isCapitalized(prev.text)) {
    const prevIsTitle = TITLES.has(prev.lower);
    const prevIsGiven = gaz.isGivenName(prev.lower) && !gaz.startsName(prev.lower);
    const prevStartsSentence = isSentenceStart(text, prev.start);
    const prevIsModifier = PLACE_MODIFIERS.has(prev.lower);
    if (!demonymOnly && (prevIsTitle || prevIsGiven)) return false;
    if (single && !demonymOnly && !strongType && !prevIsModifier && !(prevStartsSentence && (FUNCTION_WORDS.has(prev.lower) || gaz.isCommonWord(prev.lower)))) return false;
  }
  if (prev && /^\.\s$/.test(prevGap) && TITLES.has(prev.lower) && !demonymOnly) return false;
  // "Indian Ocean", "Arabian Sea": an adjective that names a feature the gazetteer lacks, not a country.
  if (demonymOnly && next && nextAdjacent && FEATURE_WORDS.has(next.lower) && isCapitalized(next.text)) return false;
  if (next && nextAdjacent && isCapitalized(next.text)) {
    if (single && gaz.isGivenName(first.lower) && !strongType) return false;
    if (STREET_WORDS.has(next.lower)) return false;
  }
  if (next && nextAdjacent && (STREET_WORDS.has(next.lower) && isCapitalized(next.text))) return false;
  if (next && nextAdjacent && NAMED_AFTER_WORDS.has(next.lower) && isCapitalized(next.text) && !demonymOnly) {
    // "Laurel County School District", "Crestwood School Board": the place's own school authority.
    const after = tokens[m.j + 2];
    if (!(next.lower === 'school' && after && /^(?:district|board|boards)$/.test(after.lower))) return false;
  }
  return true;
}
