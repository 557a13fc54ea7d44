/**
 * Resolution: picks one gazetteer row for each recognised name, from what the row is (country, state, capital,
 * population) and what the article says around it (the countries and states it names, "Alexandria, La.",
 * the other places' whereabouts, its dateline or the reader's home). One sense per article: every mention of a
 * name resolves alike. Every weight is named in ./rules.ts.
 */
import type { Gazetteer } from '../gazetteer/gazetteer';
import { normalizeKey } from '../text/normalize';
import type { PlaceType } from '../types';
import type { Recognized } from './recognize';
import { WEIGHTS as W, type WeightName } from './rules';

export interface ScoredRow {
  row: number;
  demonym: boolean;
  score: number;
  /** With `explain`: the weights that made up the score, by name. */
  parts?: Partial<Record<WeightName, number>>;
}

export interface Resolution {
  /** The recognised spans that share this reading. */
  mentions: Recognized[];
  best: ScoredRow;
  /** Runner-ups, best first. */
  others: ScoredRow[];
  confidence: number;
}

/** Where an article is from: its dateline's place, or the home a reader sets for local news. */
export interface Home {
  lat: number;
  lon: number;
  countryCode: string;
  admin1: string;
  /** The gazetteer row, when the home is one. */
  row?: number;
}

export interface ResolveOptions {
  /** The reader's home place; a dateline in the text takes precedence. */
  home?: Home;
  /** Record the weights behind every score (for `npm run eval -- --errors`); slower. */
  explain?: boolean;
  /**
   * The gazetteer row a person's remembered correction gives these words (src/core/edits/memory.ts), when
   * it applies to this article: a strong prior that decides the name and, like any certain name, lends its
   * country, state and position to the others.
   */
  remembered?: (words: string) => number | undefined;
}

/**
 * How many other countries' capitals an article must name before a capital reading earns
 * `capitalAmongCapitals`: one ("Washington") is every US local paper's; two make an article about the world.
 */
const CAPITALS_FOR_WORLD_NEWS = 2;

const TYPE_WEIGHT: Record<PlaceType, WeightName> = {
  country: 'typeCountry',
  continent: 'typeContinent',
  admin1: 'typeAdmin1',
  capital: 'typeCapital',
  region: 'typeRegion',
  water: 'typeWater',
  city: 'typeCity',
  admin2: 'typeAdmin2',
  town: 'typeTown',
  village: 'typeVillage',
  landmark: 'typeLandmark',
};

interface Anchor {
  lat: number;
  lon: number;
  countryCode: string;
  admin1: string;
  placeType: PlaceType;
  /** The name group it comes from: a name is not its own evidence. */
  group: number;
}

interface Context {
  countries: Map<string, number>;
  /** "US-TN" → the name groups that put the article in that state (a name is not its own evidence). */
  states: Map<string, Set<number>>;
  /** What each name group itself added to `countries`: a name is not its own evidence. */
  ownShare?: Map<number, { countryCode: string; n: number }>;
  anchors: Anchor[];
  home?: Home;
}

type Parts = Partial<Record<WeightName, number>>;

function note(parts: Parts | undefined, name: WeightName, value: number): number {
  if (parts && value !== 0) parts[name] = (parts[name] ?? 0) + value;
  return value;
}

function priorScore(gaz: Gazetteer, row: number, parts?: Parts): number {
  return note(parts, TYPE_WEIGHT[gaz.placeType(row)], W[TYPE_WEIGHT[gaz.placeType(row)]].value) + note(parts, 'population', Math.log10(gaz.population(row) + 1) * W.population.value);
}

const qualifierCache = new WeakMap<Recognized[], Recognized[]>();

/** The distinct qualifiers of a group ("La." after "Alexandria"), computed once per group. */
function qualifiersOf(group: Recognized[]): Recognized[] {
  let q = qualifierCache.get(group);
  if (!q) {
    const seen = new Set<string>();
    q = [];
    for (const rec of group) {
      if (rec.qualifier && !seen.has(rec.qualifier.key)) {
        seen.add(rec.qualifier.key);
        q.push(rec.qualifier);
      }
    }
    qualifierCache.set(group, q);
  }
  return q;
}

const namesakeCache = new WeakMap<Recognized[], Set<string>>();

/** Countries the group's name means itself ("Mexico" → MX): their own towns of that name give way. */
function countriesNamed(gaz: Gazetteer, group: Recognized[]): Set<string> {
  let out = namesakeCache.get(group);
  if (!out) {
    out = new Set();
    for (const h of group[0]!.hits) if (!h.demonym && gaz.placeType(h.row) === 'country') out.add(gaz.countryCode(h.row));
    namesakeCache.set(group, out);
  }
  return out;
}

const ownNameCache = new WeakMap<Recognized[], number>();

/**
 * The division whose own name the group's words are, when another reading (a city) has them only as an alias:
 * "New York" (the state) beside New York City. -1 when there is none. Computed once per group.
 */
function divisionByOwnName(gaz: Gazetteer, group: Recognized[]): number {
  let found = ownNameCache.get(group);
  if (found === undefined) {
    found = -1;
    const { key, hits } = group[0]!;
    const own = (row: number) => normalizeKey(gaz.entry(row).name) === key;
    const division = hits.find((h) => gaz.placeType(h.row) === 'admin1' && own(h.row));
    if (division && hits.some((h) => h.row !== division.row && gaz.placeType(h.row) !== 'admin1' && !own(h.row))) found = division.row;
    ownNameCache.set(group, found);
  }
  return found;
}

function contextScore(gaz: Gazetteer, row: number, ctx: Context, group: Recognized[], g: number, parts?: Parts): number {
  const cc = gaz.countryCode(row);
  const type = gaz.placeType(row);
  const admin1 = gaz.admin1(row);
  let score = 0;
  const own = ctx.ownShare?.get(g);
  const named = (ctx.countries.get(cc) ?? 0) - (own && own.countryCode === cc ? own.n : 0);
  if (type !== 'country' && cc && named > 0) {
    score += note(parts, 'countryNamed', W.countryNamed.value);
    score += note(parts, 'countryNamedPerMention', Math.min(W.countryNamedCap.value, named * W.countryNamedPerMention.value));
  }
  if (type !== 'admin1' && namedByOthers(ctx.states.get(`${cc}-${admin1}`), g)) score += note(parts, 'stateNamed', W.stateNamed.value);
  for (const q of qualifiersOf(group)) {
    if (q.hits.some((h) => gaz.placeType(h.row) === 'admin1' && gaz.countryCode(h.row) === cc && gaz.admin1(h.row) === admin1)) score += note(parts, 'qualifierState', W.qualifierState.value);
    else if (q.hits.some((h) => gaz.placeType(h.row) === 'country' && gaz.countryCode(h.row) === cc)) score += note(parts, 'qualifierCountry', W.qualifierCountry.value);
  }
  if (type !== 'country' && countriesNamed(gaz, group).has(cc)) score += note(parts, 'countryOverNamesake', W.countryOverNamesake.value);
  // "Flushing, New York": after a place and a comma, a name is its state or country.
  if ((type === 'admin1' || type === 'country') && group.some((rec) => rec.qualifies)) score += note(parts, 'qualifierIsDivision', W.qualifierIsDivision.value);
  // "New York" is GeoNames' name of the state; the city's own name is "New York City".
  if (type === 'admin1' && divisionByOwnName(gaz, group) === row) score += note(parts, 'divisionOwnName', W.divisionOwnName.value);
  // "WASHINGTON (Reuters) -": a dateline names a city, not the state or country of that name.
  if ((type === 'admin1' || type === 'country') && group.some((rec) => rec.dateline)) score += note(parts, 'datelineNamesCity', W.datelineNamesCity.value);
  if (ctx.anchors.length > 0) {
    if (type !== 'country' && type !== 'continent') {
      const lat = gaz.lat(row);
      const lon = gaz.lon(row);
      let nearest = Number.POSITIVE_INFINITY;
      for (const a of ctx.anchors) if (a.group !== g) nearest = Math.min(nearest, roughKm(a.lat, a.lon, lat, lon));
      if (nearest < 50) score += note(parts, 'nearAnchor50', W.nearAnchor50.value);
      else if (nearest < 200) score += note(parts, 'nearAnchor200', W.nearAnchor200.value);
      else if (nearest < 800) score += note(parts, 'nearAnchor800', W.nearAnchor800.value);
    }
    if (type === 'capital') {
      // "after stops in Berlin and Rome" beside Cairo, Amman and Paris: the article is about the world's
      // capitals, not the towns of the dateline's country named after them.
      const capitals = new Set<number>();
      for (const a of ctx.anchors) if (a.group !== g && a.placeType === 'capital' && a.countryCode !== cc) capitals.add(a.group);
      if (capitals.size >= CAPITALS_FOR_WORLD_NEWS) score += note(parts, 'capitalAmongCapitals', Math.min(W.capitalAmongCapitalsCap.value, capitals.size * W.capitalAmongCapitals.value));
    }
    if (type === 'country' || type === 'admin1') {
      // "Georgia" beside Atlanta is the state; beside Tbilisi the country: which one holds the other places.
      let held = 0;
      let divisions = 0;
      for (const a of ctx.anchors) {
        if (a.group === g || a.countryCode !== cc) continue;
        if (type === 'admin1' && a.placeType === 'admin1') {
          if (a.admin1 !== admin1) divisions++;
        } else if (type === 'country' || a.admin1 === admin1) held++;
      }
      if (held > 0) score += note(parts, 'containsNamed', Math.min(W.containsNamedCap.value, held * W.containsNamed.value));
      if (divisions > 0) score += note(parts, 'divisionAmongDivisions', Math.min(W.divisionAmongDivisionsCap.value, divisions * W.divisionAmongDivisions.value));
    }
  }
  const home = ctx.home;
  if (home && home.row !== row && type !== 'country' && type !== 'continent') {
    const km = roughKm(home.lat, home.lon, gaz.lat(row), gaz.lon(row));
    if (km < 50) score += note(parts, 'homeNear50', W.homeNear50.value);
    else if (km < 200) score += note(parts, 'homeNear200', W.homeNear200.value);
    else if (km < 800) score += note(parts, 'homeNear800', W.homeNear800.value);
    if (cc === home.countryCode) {
      score += note(parts, 'homeCountry', W.homeCountry.value);
      if (admin1 && admin1 === home.admin1 && type !== 'admin1') score += note(parts, 'homeState', W.homeState.value);
    }
  }
  return score;
}

function namedByOthers(groups: Set<number> | undefined, g: number): boolean {
  if (!groups) return false;
  for (const other of groups) if (other !== g) return true;
  return false;
}

function addState(states: Map<string, Set<number>>, key: string, g: number): void {
  const known = states.get(key);
  if (known) known.add(g);
  else states.set(key, new Set([g]));
}

/** Equirectangular distance: plenty for "is it near", and cheap. */
function roughKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const x = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  const y = (lat2 - lat1) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

/** Rounds of the coherence pass: the second settles names whose evidence the first only just resolved. */
const COHERENCE_ROUNDS = 2;

/** How many readings of each name take part in mutual support (the rest are too unlikely to matter). */
const SUPPORT_CANDIDATES = 6;

/** A name the article uses only in sports teams' names ("the Oklahoma City Thunder"): no evidence for others. */
function teamOnly(group: Recognized[]): boolean {
  return group.every((rec) => rec.team);
}

/** Whether two rankings lead with the same rows, as far as the coherence pass reads them. */
function sameLead(a: ScoredRow[], b: ScoredRow[]): boolean {
  const n = Math.min(SUPPORT_CANDIDATES, a.length);
  if (n !== Math.min(SUPPORT_CANDIDATES, b.length)) return false;
  for (let i = 0; i < n; i++) if (a[i]!.row !== b[i]!.row) return false;
  return true;
}

/** Places that are points on the ground, as opposed to countries, continents and broad regions. */
function isPoint(gaz: Gazetteer, row: number): boolean {
  const type = gaz.placeType(row);
  return type !== 'country' && type !== 'continent' && type !== 'region' && type !== 'water' && type !== 'admin1';
}

function groupByName(recognized: Recognized[]): Map<string, Recognized[]> {
  const groups = new Map<string, Recognized[]>();
  for (const rec of recognized) {
    const demonym = rec.hits.every((h) => h.demonym);
    const k = `${demonym ? '~' : ''}${rec.key}`;
    const g = groups.get(k);
    if (g) g.push(rec);
    else groups.set(k, [rec]);
  }
  return groups;
}

function rank(gaz: Gazetteer, group: Recognized[], g: number, ctx: Context, explain: boolean, extra?: (row: number, parts?: Parts) => number): ScoredRow[] {
  const hits = group[0]!.hits;
  const scored = hits.map((h) => {
    const parts: Parts | undefined = explain ? {} : undefined;
    const score = priorScore(gaz, h.row, parts) + contextScore(gaz, h.row, ctx, group, g, parts) + (extra ? extra(h.row, parts) : 0);
    return parts ? { row: h.row, demonym: h.demonym, score, parts } : { row: h.row, demonym: h.demonym, score };
  });
  return scored.sort((a, b) => b.score - a.score || a.row - b.row);
}

function confidenceOf(ranked: ScoredRow[]): number {
  const top = ranked[0]!.score;
  let sum = 0;
  for (const r of ranked) sum += Math.exp(r.score - top);
  return Math.round((1 / sum) * 1000) / 1000;
}

function anchorOf(gaz: Gazetteer, row: number, group: number): Anchor {
  return { lat: gaz.lat(row), lon: gaz.lon(row), countryCode: gaz.countryCode(row), admin1: gaz.admin1(row), placeType: gaz.placeType(row), group };
}

/** A gazetteer row as a home. */
export function homeOfRow(gaz: Gazetteer, row: number): Home {
  return { lat: gaz.lat(row), lon: gaz.lon(row), countryCode: gaz.countryCode(row), admin1: gaz.admin1(row), row };
}

/**
 * Resolves recognised spans to gazetteer rows in three passes: the unambiguous names (countries, states,
 * single-reading names) first, whose countries, states and positions then inform the ambiguous ones; then
 * every name again in the light of the others' readings. A dateline, or else the given home, anchors all.
 *
 * @example
 * resolve(recognize('Flooding hit Paris, Texas.', gaz), gaz)[0].best; // the row of Paris, Texas
 */
export function resolve(recognized: Recognized[], gaz: Gazetteer, options: ResolveOptions = {}): Resolution[] {
  const explain = options.explain === true;
  const groups = [...groupByName(recognized).values()];
  const empty: Context = { countries: new Map(), states: new Map(), anchors: [] };

  // The dateline's place ("COLUMBIA, Ky. —"), read with its own qualifier alone, is where the article is from.
  let home = options.home;
  const datelineGroup = groups.findIndex((group) => group.some((rec) => rec.dateline));
  if (datelineGroup >= 0) {
    const group = groups[datelineGroup]!;
    const best = rank(gaz, group, datelineGroup, { ...empty, home }, false)[0]!;
    const type = gaz.placeType(best.row);
    // "PARIS, Mo." when no Paris of Missouri is known: the article is still from Missouri.
    const qualifier = group.find((rec) => rec.dateline)?.qualifier;
    const state = qualifier?.hits.find((h) => gaz.placeType(h.row) === 'admin1' || gaz.placeType(h.row) === 'country');
    const agrees = !state || (gaz.countryCode(state.row) === gaz.countryCode(best.row) && (gaz.placeType(state.row) === 'country' || gaz.admin1(state.row) === gaz.admin1(best.row)));
    if (!agrees) home = homeOfRow(gaz, state!.row);
    else if (type !== 'country' && type !== 'continent' && type !== 'region') home = homeOfRow(gaz, best.row);
  }
  const ctx: Context = { countries: new Map(), states: new Map(), ownShare: new Map(), anchors: [], home };
  const homeOnly: Context = { ...empty, home };

  // A remembered reading counts only when it is one of the name's readings (else memory.ts places it after).
  const rememberedRows = groups.map((group) => {
    const row = options.remembered?.(group[0]!.text);
    return row !== undefined && group[0]!.hits.some((h) => h.row === row) ? row : undefined;
  });
  const priorOf = (g: number) => {
    const remembered = rememberedRows[g];
    if (remembered === undefined) return undefined;
    return (row: number, parts?: Parts) => (row === remembered ? note(parts, 'rememberedChoice', W.rememberedChoice.value) : 0);
  };

  // Pass 1: evidence from names that are (nearly) certain on their own.
  groups.forEach((group, g) => {
    const ranked = rank(gaz, group, g, homeOnly, false, priorOf(g));
    const best = ranked[0]!;
    const certain = ranked.length === 1 || best.score - ranked[1]!.score > W.certainMargin.value;
    const type = gaz.placeType(best.row);
    if (!certain || teamOnly(group)) return;
    const cc = gaz.countryCode(best.row);
    if (cc) {
      ctx.countries.set(cc, (ctx.countries.get(cc) ?? 0) + group.length);
      ctx.ownShare!.set(g, { countryCode: cc, n: group.length });
    }
    if (type === 'admin1') addState(ctx.states, `${cc}-${gaz.admin1(best.row)}`, g);
    if (type !== 'country' && type !== 'continent' && type !== 'region') ctx.anchors.push(anchorOf(gaz, best.row, g));
  });

  // Pass 2: everything, with that context.
  let ranked = groups.map((group, g) => rank(gaz, group, g, ctx, false, priorOf(g)));

  // Pass 3: coherence. The article's places lean together (a local paper names its own county's towns), so
  // pass 2's readings of the other names become context for each name in turn; a second round lets readings
  // that only the first round settled inform the rest ("Albany" once "Georgia" is the state).
  for (let round = 0; round < COHERENCE_ROUNDS; round++) {
    const tally: Context = { countries: new Map(), states: new Map(), ownShare: new Map(), anchors: [], home };
    groups.forEach((group, g) => {
      // A team's city says nothing about where the story is: the Thunder play in Miami too.
      if (teamOnly(group)) return;
      const best = ranked[g]![0]!;
      const cc = gaz.countryCode(best.row);
      const type = gaz.placeType(best.row);
      if (cc) {
        const n = group.length * W.coherenceMentionShare.value;
        tally.countries.set(cc, (tally.countries.get(cc) ?? 0) + n);
        tally.ownShare!.set(g, { countryCode: cc, n });
      }
      if (cc === 'US' && gaz.admin1(best.row)) addState(tally.states, `${cc}-${gaz.admin1(best.row)}`, g);
      if (type !== 'country' && type !== 'continent' && type !== 'region') tally.anchors.push(anchorOf(gaz, best.row, g));
    });
    for (const [cc, n] of ctx.countries) tally.countries.set(cc, (tally.countries.get(cc) ?? 0) + n);
    for (const [g, share] of ctx.ownShare!) {
      const mine = tally.ownShare!.get(g);
      tally.ownShare!.set(g, mine && mine.countryCode === share.countryCode ? { countryCode: share.countryCode, n: mine.n + share.n } : share);
    }
    for (const [st, named] of ctx.states) for (const by of named) addState(tally.states, st, by);
    // Mutual support: Huntsville and Walker County are each ambiguous, but only their Texas readings lie side
    // by side. Each candidate earns support from every other name that has *some* reading near it.
    const readings = ranked.map((r, g) => (teamOnly(groups[g]!) ? [] : r.slice(0, SUPPORT_CANDIDATES).filter((c) => isPoint(gaz, c.row)).map((c) => c.row)));
    const supportOf = (g: number) => {
      const eligible = new Set(ranked[g]!.length > 1 ? readings[g] : []);
      return (row: number, parts?: Parts) => {
        if (!eligible.has(row)) return 0;
        const lat = gaz.lat(row);
        const lon = gaz.lon(row);
        let support = 0;
        for (let h = 0; h < readings.length; h++) {
          if (h === g) continue;
          let best = 0;
          for (const o of readings[h]!) {
            const km = roughKm(lat, lon, gaz.lat(o), gaz.lon(o));
            if (km < 40) {
              best = 1;
              break;
            }
            if (km < 120) best = 0.5;
          }
          support += best;
        }
        return note(parts, 'mutualSupport', W.mutualSupport.value * Math.min(support, W.mutualSupportCap.value));
      };
    };
    const last = round === COHERENCE_ROUNDS - 1;
    const next = groups.map((group, g) => {
      const support = supportOf(g);
      const prior = priorOf(g);
      return rank(gaz, group, g, tally, explain && last, prior ? (row, parts) => support(row, parts) + prior(row, parts) : support);
    });
    // Same leading readings as the round before: another round would see the same context and change
    // nothing (when explaining, every round runs so the last records its weights).
    const settled = !explain && next.every((r, g) => sameLead(r, ranked[g]!));
    ranked = next;
    if (settled) break;
  }

  return groups.map((group, g) => {
    const r = ranked[g]!;
    return { mentions: group, best: r[0]!, others: r.slice(1, 6), confidence: confidenceOf(r) };
  });
}
