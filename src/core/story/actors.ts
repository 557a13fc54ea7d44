/**
 * People in the story: who is introduced with a title ("Russia's Foreign Minister Sergei Lavrov", "the
 * President of the Republic of Korea (ROK) Moon Jae-in", "Emmanuel Macron, the French president"), and every
 * later reference to them — the full name again, a short form ("Lavrov", "Ri"), a title alone when the text
 * has already established who holds it ("The DPRK Foreign Minister"), or a subject pronoun.
 *
 * Affiliations are never guessed from names: they come from a country mention the geoparser found right
 * next to the title (a literal "Russia's", "DPRK" or a demonym "Chinese").
 */
import { FEATURE_WORDS, ORGANISATION_WORDS, PLACE_MODIFIERS, STREET_WORDS } from '../geoparse/lexicon';
import type { Sentence } from '../text/document';
import type { ResolvedPlace } from '../types';
import { DETERMINERS, NAME_PARTICLES, NOT_NAME_WORDS, PERSON_PRONOUNS, ROLE_MODIFIERS, ROLE_PHRASES } from './lexicon';
import type { PlaceIndex } from './places';
import { isCapitalizedWord, type Span, slug, type Token, tokenize } from './text';
import { STORY_LIMITS } from './weights';

/** A person of the story. */
export interface Actor {
  /** Slug of the full name, e.g. "ri-yong-ho". */
  id: string;
  name: string;
  /** Title as the text gives it, e.g. "Foreign Minister" (undefined when only a counterpart). */
  role?: string;
  /** ISO alpha-2 of the affiliation, when a country mention names it. */
  countryCode?: string;
  /** The country place the affiliation was read from. */
  affiliation?: ResolvedPlace;
  /** Offsets of every reference. */
  mentions: Span[];
}

export type ActorRefKind = 'named' | 'name' | 'alias' | 'role' | 'pronoun';

/** One reference to a person inside a sentence. `actorId` is undefined for unresolved pronouns. */
export interface ActorRef {
  actorId?: string;
  kind: ActorRefKind;
  start: number;
  end: number;
  sentence: number;
}

/** A sentence of the document model, with its tokens (headline-style Title Case lines introduce no one). */
export type SentenceInfo = Sentence;

interface RawMention {
  sentence: number;
  start: number;
  end: number;
  /** Name tokens (empty for a title alone). */
  name: string[];
  role?: string;
  affiliation?: ResolvedPlace;
}

interface RoleMatch {
  role: string;
  length: number;
}

/** Role phrases as token lists, grouped by first word and longest first (one Map lookup per token). */
const ROLES_BY_FIRST = new Map<string, string[][]>();
for (const parts of ROLE_PHRASES.map((r) => tokenize(r).map((t) => t.lower)).sort((a, b) => b.length - a.length)) {
  const first = parts[0] as string;
  const l = ROLES_BY_FIRST.get(first);
  if (l) l.push(parts);
  else ROLES_BY_FIRST.set(first, [parts]);
}

function matchRole(tokens: Token[], i: number): RoleMatch | undefined {
  const cands = ROLES_BY_FIRST.get((tokens[i] as Token).lower);
  if (!cands) return undefined;
  for (const parts of cands) {
    if (i + parts.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < parts.length; k++) {
      if ((tokens[i + k] as Token).lower !== parts[k]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      return { role: tokens.slice(i, i + parts.length).map((t) => t.text).join(' '), length: parts.length };
    }
  }
  return undefined;
}

const displayRoles = new Map<string, string>();

/** Title-cases a role for display: "foreign minister" → "Foreign Minister" (memoised: few distinct roles). */
function displayRole(role: string): string {
  let d = displayRoles.get(role);
  if (d === undefined) {
    d = role.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
    if (displayRoles.size < STORY_LIMITS.rememberedRoles) displayRoles.set(role, d);
  }
  return d;
}

/**
 * Offices held by one person per country: a title of one of them with a country in front ("Qatar's prime
 * minister", "the Japanese foreign minister") names that person even when the text never gives their name.
 * Not "minister", "ambassador" or "general": a country has many of those.
 */
const UNNAMED_OFFICIAL_ROLES: ReadonlySet<string> = new Set([
  'president',
  'prime minister',
  'foreign minister',
  'foreign affairs minister',
  'minister of foreign affairs',
  'defence minister',
  'finance minister',
  'chancellor',
  'premier',
  'king',
  'queen',
  'crown prince',
  'emir',
  'sultan',
  'supreme leader',
  'secretary of state',
  'foreign secretary',
  'defence secretary',
  'national security adviser',
  'national security advisor',
]);

/**
 * The actor an unnamed office stands for, named as the text writes it without its article ("Qatar's prime
 * minister", "Japanese foreign minister").
 */
function unnamedOfficial(s: SentenceInfo, r: RawMention, role: string, byId: ReadonlyMap<string, Actor>): Actor {
  const written = s.text.slice(r.start - s.start, r.end - s.start).replace(/^(?:the|The|THE)\s+/, '');
  let id = `office-${slug(`${r.affiliation!.countryCode} ${role}`)}`;
  while (byId.has(id)) id += '-2';
  return { id, name: written, role: displayRole(role), countryCode: r.affiliation!.countryCode, affiliation: r.affiliation, mentions: [] };
}

function normRole(role: string | undefined): string | undefined {
  return role?.toLowerCase().replace(/defense/g, 'defence');
}

/**
 * `word === word.toUpperCase()` without building the upper-case copy for every capitalised word: an ASCII
 * word by its codes, any other by the comparison itself.
 */
function hasNoLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return word === word.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** True when a token can be part of a personal name. */
function isNameToken(t: Token | undefined, places: PlaceIndex): boolean {
  if (!t?.word) return false;
  if (!isCapitalizedWord(t.text)) return false;
  if (NOT_NAME_WORDS.has(t.lower)) return false;
  // Abbreviations (UN, EU, DPRK) are organisations or countries, not people.
  if (t.text.length >= 2 && hasNoLowerCase(t.text)) return false;
  if (places.at(t.start)) return false;
  return true;
}

/** Reads a personal name starting at token i: 1–4 capitalised words, particles allowed inside. */
function readName(tokens: Token[], i: number, places: PlaceIndex): number {
  let j = i;
  let words = 0;
  while (j < tokens.length && words < STORY_LIMITS.nameWords) {
    const t = tokens[j] as Token;
    if (isNameToken(t, places) && !matchRole(tokens, j)) {
      j++;
      words++;
      continue;
    }
    if (words > 0 && NAME_PARTICLES.has(t.text) && isNameToken(tokens[j + 1], places)) {
      j++;
      continue;
    }
    break;
  }
  return j - i;
}

/** The country place whose mention covers token t (affiliations must be countries or demonyms of one). */
function countryAt(t: Token | undefined, places: PlaceIndex): { place: ResolvedPlace; start: number; end: number } | undefined {
  if (!t) return undefined;
  const m = places.at(t.start);
  if (!m?.place.countryCode || m.place.placeType !== 'country') return undefined;
  return { place: m.place, start: m.start, end: m.end };
}

function tokenIndexAtOrAfter(tokens: Token[], pos: number, from: number): number {
  let k = from;
  while (k < tokens.length && (tokens[k] as Token).start < pos) k++;
  return k;
}

function tokenIndexOfStart(tokens: Token[], pos: number, from: number): number {
  let k = from;
  while (k > 0 && (tokens[k] as Token).start > pos) k--;
  return k;
}

/** Pass 1: titled introductions and titles alone, per sentence. */
function findTitled(s: SentenceInfo, places: PlaceIndex): RawMention[] {
  const out: RawMention[] = [];
  const tk = s.tokens;
  for (let i = 0; i < tk.length; i++) {
    const rm = matchRole(tk, i);
    if (!rm) continue;
    const roleTok = tk[i] as Token;
    // A lower-case title that is not preceded by a determiner or affiliation is a common noun ("leader of").
    let j = i + rm.length;
    let affiliation: ResolvedPlace | undefined;
    // "President of the Republic of Korea (ROK) Moon Jae-in"
    if (tk[j]?.lower === 'of') {
      let k = j + 1;
      if (tk[k]?.lower === 'the') k++;
      const c = countryAt(tk[k], places);
      if (c) {
        affiliation = c.place;
        k = tokenIndexAtOrAfter(tk, c.end, k);
        if (tk[k]?.text === '(') {
          const close = tk.findIndex((t, x) => x > k && x <= k + STORY_LIMITS.parenthesisWords && t.text === ')');
          if (close > 0) k = close + 1;
        }
        j = k;
      }
    }
    // Before the title: modifiers, an affiliation ("Russia's", "DPRK", "Chinese"), modifiers, a determiner.
    let b = i - 1;
    let start = roleTok.start;
    while (b >= 0 && ROLE_MODIFIERS.has((tk[b] as Token).lower)) b--;
    let possessive = false;
    if (b >= 0 && (tk[b] as Token).lower === "'s") {
      possessive = true;
      b--;
    }
    const before = countryAt(tk[b], places);
    if (before && !affiliation) {
      affiliation = before.place;
      start = before.start;
      b = tokenIndexOfStart(tk, before.start, b) - 1;
      while (b >= 0 && ROLE_MODIFIERS.has((tk[b] as Token).lower)) b--;
    } else if (possessive) {
      b++; // not a country's: leave "'s" alone
    } else if (b + 1 < i) {
      start = (tk[b + 1] as Token).start;
    }
    if (b >= 0 && DETERMINERS.has((tk[b] as Token).lower)) {
      start = (tk[b] as Token).start;
      b--;
    }
    const n = readName(tk, j, places);
    if (n > 0) {
      const nameToks = tk.slice(j, j + n);
      out.push({
        sentence: s.index,
        start,
        end: (nameToks[nameToks.length - 1] as Token).end,
        name: nameToks.map((t) => t.text),
        role: rm.role,
        affiliation,
      });
      i = j + n - 1;
      continue;
    }
    // Appositive: "Emmanuel Macron, the French president, …"
    if (b >= 0 && (tk[b] as Token).text === ',') {
      let a = b - 1;
      while (a >= 0 && isNameToken(tk[a], places)) a--;
      const nameToks = tk.slice(a + 1, b);
      if (nameToks.length >= 2 && nameToks.length <= STORY_LIMITS.nameWords) {
        out.push({
          sentence: s.index,
          start: (nameToks[0] as Token).start,
          end: (tk[j - 1] as Token).end,
          name: nameToks.map((t) => t.text),
          role: rm.role,
          affiliation,
        });
        i = j - 1;
        continue;
      }
    }
    // A title alone counts only when it is specific: a determiner or an affiliation in front, capitalised,
    // and not the counterpart of someone unnamed.
    if (rm.role.toLowerCase() !== 'counterpart' && (affiliation || /^\p{Lu}/u.test(roleTok.text) || start < roleTok.start)) {
      out.push({ sentence: s.index, start, end: (tk[j - 1] as Token).end, name: [], role: rm.role, affiliation });
    }
    i = j - 1;
  }
  return out;
}

/** The word lists untitled names are read with; the gazetteer provides both. */
export interface NameWords {
  /** "vladimir", "angela": a given name. */
  isGivenName(lower: string): boolean;
  /** "grace", "far", "east": a common English word. */
  isCommonWord(lower: string): boolean;
}

/** Verbs right after a name that only a person (or a body of people) does, for names no list knows. */
const PERSON_VERBS = new Set(['said', 'says', 'told', 'flew', 'visited', 'met', 'arrived', 'travelled', 'traveled', 'landed', 'departed']);

/** Lower-case nouns that a person's name only modifies: the run before them names an event or a body. */
const NAMED_THING_NOUNS = new Set([
  'celebration',
  'festival',
  'parade',
  'memorial',
  'foundation',
  'award',
  'awards',
  'trophy',
  'tournament',
  'concert',
  'fund',
  'scholarship',
  'exhibition',
  'museum',
  'statue',
  'campaign',
  'estate',
  'rodeo',
  'fair',
]);

/** Words that make a capitalised run the name of a building, an organisation, a street or a feature. */
const NOT_PERSON_WORDS = new Set<string>([...ORGANISATION_WORDS, ...STREET_WORDS, ...FEATURE_WORDS, ...PLACE_MODIFIERS]);

/**
 * Pass 1b: people the text names without a title ("Vladimir Putin will travel to Beijing"): a known given
 * name followed by at least one more name word, or a two- or three-word name followed by what people do
 * ("Volodymyr Zelensky flew to Washington"). A lone given name is too weak ("Grace", "Will"); so is a run
 * of common words ("Far East", "Rose Garden"), a run that names a building or body ("Rhea Public Library",
 * "Ada Byrne Gallery"), and words the geoparser took for a place.
 */
function findUntitled(s: SentenceInfo, places: PlaceIndex, names: NameWords, titled: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  const tk = s.tokens;
  // The titled mentions come in text order: one pointer keeps the overlap checks linear on long sentences.
  let k = 0;
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i] as Token;
    // isNameToken also turns away months and weekdays that are given names ("May", "June").
    if (!isNameToken(t, places)) continue;
    while (k < titled.length && (titled[k] as RawMention).end <= t.start) k++;
    const n = readName(tk, i, places);
    if (n < 2) continue;
    // A given name from the lists, or, for names the lists lack ("Volodymyr Zelensky", "Recep Tayyip
    // Erdogan"), a run of two or three name words that does what people do: "… said", "… flew".
    // A given name further in starts the name itself: "Yesterday Emmanuel Macron flew" is Emmanuel Macron.
    const verb = tk[i + n];
    const byVerb = n <= 3 && !!verb && PERSON_VERBS.has(verb.lower) && !tk.slice(i + 1, i + n).some((x) => names.isGivenName(x.lower));
    if (!names.isGivenName(t.lower) && !byVerb) continue;
    const nameToks = tk.slice(i, i + n);
    i += n - 1;
    const end = (nameToks[nameToks.length - 1] as Token).end;
    if (k < titled.length && (titled[k] as RawMention).start < end) continue;
    if (nameToks.every((x) => names.isCommonWord(x.lower))) continue;
    let next = i + 1;
    if (tk[next]?.text === '.') next++;
    const after = tk[next];
    if (nameToks.some((x) => NOT_PERSON_WORDS.has(x.lower)) || (after && isCapitalizedWord(after.text) && NOT_PERSON_WORDS.has(after.lower))) continue;
    // "the Nell Hart Week festival", "the John Smith Foundation award": a name before such a noun names a thing.
    if (after && !isCapitalizedWord(after.text) && NAMED_THING_NOUNS.has(after.lower)) continue;
    out.push({ sentence: s.index, start: t.start, end, name: nameToks.map((x) => x.text) });
  }
  return out;
}

interface Cluster {
  key: string;
  name: string[];
  raws: RawMention[];
}

/** The result of actor extraction. */
export interface ActorAnalysis {
  actors: Actor[];
  byId: Map<string, Actor>;
  /** References per sentence, in text order. */
  refs: ActorRef[][];
}

/**
 * Finds the story's people and every reference to them.
 *
 * @example
 * // "Chinese Foreign Minister Wang Yi said …" with "Chinese" resolved as a demonym of China
 * findActors(sentences, placeIndex).actors[0] // → { id: 'wang-yi', name: 'Wang Yi', role: 'Foreign Minister', countryCode: 'CN', … }
 */
export function findActors(sentences: SentenceInfo[], places: PlaceIndex, names?: NameWords): ActorAnalysis {
  const raws: RawMention[] = [];
  for (const s of sentences) {
    if (s.titleCase) continue;
    const titled = findTitled(s, places);
    raws.push(...titled);
    if (names) raws.push(...findUntitled(s, places, names, titled));
  }
  // Text order within each sentence: later passes read "the first person before a cue".
  raws.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  // "his counterpart Ri Yong Ho" shares the title of the other person in the sentence.
  const titledIn = new Map<number, string>();
  for (const r of raws) {
    if (r.role && r.role.toLowerCase() !== 'counterpart' && !titledIn.has(r.sentence)) titledIn.set(r.sentence, r.role);
  }
  for (const r of raws) {
    if (r.role?.toLowerCase() !== 'counterpart') continue;
    const other = titledIn.get(r.sentence);
    if (other) r.role = displayRole(other);
  }

  // Cluster named mentions by full name, then fold short forms ("Lavrov") into a unique longer one.
  const clusters = new Map<string, Cluster>();
  for (const r of raws) {
    if (r.name.length === 0) continue;
    const key = r.name.join(' ').toLowerCase();
    const c = clusters.get(key) ?? { key, name: r.name, raws: [] };
    c.raws.push(r);
    clusters.set(key, c);
  }
  const list = [...clusters.values()].sort((a, b) => b.name.length - a.name.length);
  // Word → clusters whose name contains it, so folding stays near-linear on long texts.
  const byWord = new Map<string, Cluster[]>();
  for (const c of list) {
    for (const w of new Set(c.name.map((t) => t.toLowerCase()))) {
      const l = byWord.get(w);
      if (l) l.push(c);
      else byWord.set(w, [c]);
    }
  }
  for (const short of list.slice().reverse()) {
    const toks = short.name.map((t) => t.toLowerCase());
    // Look up by the rarest word of the short name: few clusters share a surname.
    let pool: Cluster[] = [];
    for (const t of toks) {
      const l = byWord.get(t) ?? [];
      if (pool.length === 0 || l.length < pool.length) pool = l;
    }
    const hosts = pool.filter((l) => {
      if (l === short || l.name.length <= short.name.length || !clusters.has(l.key)) return false;
      const lt = l.name.map((t) => t.toLowerCase());
      return toks.every((t) => lt.includes(t));
    });
    if (hosts.length === 1) {
      const host = (hosts[0] as Cluster).raws;
      for (const r of short.raws) host.push(r);
      clusters.delete(short.key);
    }
  }

  const actors: Actor[] = [];
  const byId = new Map<string, Actor>();
  for (const c of clusters.values()) {
    const roles = new Map<string, number>();
    const ccs = new Map<string, { n: number; place: ResolvedPlace }>();
    for (const r of c.raws) {
      if (r.role && r.role.toLowerCase() !== 'counterpart') {
        const k = displayRole(r.role);
        roles.set(k, (roles.get(k) ?? 0) + 1);
      }
      if (r.affiliation) {
        const e = ccs.get(r.affiliation.countryCode) ?? { n: 0, place: r.affiliation };
        e.n++;
        ccs.set(r.affiliation.countryCode, e);
      }
    }
    const role = [...roles.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const aff = [...ccs.values()].sort((a, b) => b.n - a.n)[0];
    const name = c.name.join(' ');
    let id = slug(name);
    while (byId.has(id)) id += '-2';
    const actor: Actor = {
      id,
      name,
      role,
      countryCode: aff?.place.countryCode,
      affiliation: aff?.place,
      mentions: [],
    };
    actors.push(actor);
    byId.set(id, actor);
  }

  const refs: ActorRef[][] = sentences.map(() => []);
  // Token starts already inside a reference, one flag per article offset: pass 2 asks for every word, and a
  // flat array answers without hashing or allocating.
  const taken = new Uint8Array(sentences.length > 0 ? (sentences[sentences.length - 1] as SentenceInfo).end + 1 : 0);
  const take = (s: SentenceInfo | undefined, start: number, end: number) => {
    const tk = s?.tokens ?? [];
    let lo = 0;
    let hi = tk.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tk[mid] as Token).start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tk.length && (tk[i] as Token).start < end; i++) taken[(tk[i] as Token).start] = 1;
  };
  const actorOfRaw = new Map<RawMention, Actor>();
  for (const a of actors) {
    const c = clusters.get(a.name.toLowerCase());
    for (const r of c?.raws ?? []) actorOfRaw.set(r, a);
  }
  for (const r of raws) {
    const a = actorOfRaw.get(r);
    if (!a) continue;
    refs[r.sentence]?.push({ actorId: a.id, kind: 'named', start: r.start, end: r.end, sentence: r.sentence });
    take(sentences[r.sentence], r.start, r.end);
  }

  // Pass 2: full names and short forms anywhere. Short forms are the first and last word of a name (family
  // names come first in Korean and Chinese names, last in most others); a form shared by two people is the first's.
  // Full names keyed by their first two words, so a common given name does not scan every actor.
  const full = new Map<string, Actor[]>();
  /** The first words of those keys: most capitalised words start no full name and build no key. */
  const fullFirstWords = new Set<string>();
  const alias = new Map<string, Actor | null>();
  const firstSentence = new Map<string, number>();
  for (const a of actors) {
    const c = clusters.get(a.name.toLowerCase());
    // A loop, not Math.min(...): a long article can hold more mentions than a call takes arguments.
    let first = Infinity;
    for (const r of c?.raws ?? []) if (r.sentence < first) first = r.sentence;
    firstSentence.set(a.id, first);
  }
  for (const a of actors) {
    const parts = a.name.split(' ');
    const first = parts[0] as string;
    if (parts.length > 1) {
      const k = `${first} ${parts[1]}`.toLowerCase();
      fullFirstWords.add(first.toLowerCase());
      const l = full.get(k);
      if (l) l.push(a);
      else full.set(k, [a]);
    }
    const forms = parts.length > 1 ? [first, parts[parts.length - 1] as string] : [first];
    for (const f of forms) {
      if (f.length < 2) continue;
      // A short form two people share is the one named first: news introduces its principal first and
      // calls the others by full name or relation ("Ms. Okafor lives with her brother Daniel Okafor").
      // Two people introduced in the same sentence ("Louis Martin and Claire Martin") stay ambiguous.
      const holder = alias.get(f);
      if (holder === undefined) alias.set(f, a);
      else if (holder && holder !== a && firstSentence.get(holder.id) === firstSentence.get(a.id)) alias.set(f, null);
    }
  }
  for (const s of sentences) {
    const tk = s.tokens;
    for (let i = 0; i < tk.length; i++) {
      const t = tk[i] as Token;
      if (!t.word || taken[t.start] === 1) continue;
      // Names are capitalised; of the lower-case words only "he"/"she" matter here.
      if (!isCapitalizedWord(t.text)) {
        if (PERSON_PRONOUNS.has(t.lower)) refs[s.index]?.push({ kind: 'pronoun', start: t.start, end: t.end, sentence: s.index });
        continue;
      }
      if (places.at(t.start)) continue;
      let hit: { a: Actor; n: number; kind: ActorRefKind } | undefined;
      for (const a of (fullFirstWords.has(t.lower) && full.get(`${t.lower} ${tk[i + 1]?.lower ?? ''}`)) || []) {
        const parts = a.name.toLowerCase().split(' ');
        if (parts.length > 1 && parts.every((p, k) => tk[i + k]?.lower === p)) {
          hit = { a, n: parts.length, kind: 'name' };
          break;
        }
      }
      if (!hit) {
        const a = alias.get(t.text);
        if (a) hit = { a, n: 1, kind: 'alias' };
      }
      if (hit) {
        const end = (tk[i + hit.n - 1] as Token).end;
        refs[s.index]?.push({ actorId: hit.a.id, kind: hit.kind, start: t.start, end, sentence: s.index });
        take(s, t.start, end);
        i += hit.n - 1;
      } else if (PERSON_PRONOUNS.has(t.lower)) {
        refs[s.index]?.push({ kind: 'pronoun', start: t.start, end: t.end, sentence: s.index });
      }
    }
  }

  // Titles alone: "The DPRK Foreign Minister" is the one person the text already gave that title (and
  // affiliation, when stated). Ambiguous or unknown titles stay unresolved.
  const byRole = new Map<string, Actor[]>();
  for (const a of actors) {
    const k = normRole(a.role);
    if (!k) continue;
    const l = byRole.get(k);
    if (l) l.push(a);
    else byRole.set(k, [a]);
  }
  const firstSeen = new Map<string, number>();
  for (const l of refs) for (const r of l) if (r.actorId && !(r.start >= (firstSeen.get(r.actorId) ?? Infinity))) firstSeen.set(r.actorId, r.start);
  for (const r of raws) {
    if (r.name.length > 0) continue;
    const role = normRole(r.role);
    const cands = (byRole.get(role ?? '') ?? []).filter(
      (a) => (!r.affiliation || a.countryCode === r.affiliation.countryCode) && (firstSeen.get(a.id) ?? Infinity) < r.start,
    );
    if (cands.length === 1) {
      const a = cands[0] as Actor;
      refs[r.sentence]?.push({ actorId: a.id, kind: 'role', start: r.start, end: r.end, sentence: r.sentence });
    } else if (cands.length === 0 && role && r.affiliation && UNNAMED_OFFICIAL_ROLES.has(role)) {
      // "Qatar's prime minister arrived in Paris": an office of a named country is one person even when the
      // text never names them; later bare titles of that office ("the prime minister") are them too.
      const a = unnamedOfficial(sentences[r.sentence] as SentenceInfo, r, role, byId);
      actors.push(a);
      byId.set(a.id, a);
      byRole.set(role, [...(byRole.get(role) ?? []), a]);
      firstSeen.set(a.id, r.start);
      refs[r.sentence]?.push({ actorId: a.id, kind: 'named', start: r.start, end: r.end, sentence: r.sentence });
    }
  }

  for (const list of refs) list.sort((a, b) => a.start - b.start);
  for (let k = 0; k < refs.length; k++) {
    const list = refs[k] as ActorRef[];
    const s = sentences[k] as SentenceInfo;
    for (const ref of list) {
      if (!ref.actorId) continue;
      const text = s.text.slice(ref.start - s.start, ref.end - s.start);
      byId.get(ref.actorId)?.mentions.push({ start: ref.start, end: ref.end, text });
    }
  }
  return { actors, byId, refs };
}
