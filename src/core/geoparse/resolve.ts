/**
 * Resolution: picks one gazetteer row for each recognised name, from what the row is (country, state, capital,
 * population) and what the article says around it (the countries and states it names, "Alexandria, La.",
 * the other places' whereabouts). One sense per article: every mention of a name resolves alike.
 */
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { PlaceType } from '../types';
import type { Recognized } from './recognize';

export interface ScoredRow {
  row: number;
  demonym: boolean;
  score: number;
}

export interface Resolution {
  /** The recognised spans that share this reading. */
  mentions: Recognized[];
  best: ScoredRow;
  /** Runner-ups, best first. */
  others: ScoredRow[];
  confidence: number;
}

const TYPE_WEIGHT: Record<PlaceType, number> = {
  country: 9,
  continent: 8,
  admin1: 6.5,
  capital: 3,
  region: 5,
  water: 4,
  city: 1,
  admin2: 3,
  town: 0.5,
  village: 0,
  landmark: 1,
};

interface Context {
  countries: Map<string, number>;
  states: Set<string>;
  anchors: Array<{ lat: number; lon: number }>;
}

function priorScore(gaz: Gazetteer, row: number): number {
  return TYPE_WEIGHT[gaz.placeType(row)] + Math.log10(gaz.population(row) + 1) * 0.8;
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

function contextScore(gaz: Gazetteer, row: number, ctx: Context, group: Recognized[]): number {
  const cc = gaz.countryCode(row);
  const type = gaz.placeType(row);
  let score = 0;
  if (type !== 'country' && cc && ctx.countries.has(cc)) score += 2 + Math.min(2, ctx.countries.get(cc)! * 0.5);
  if (type !== 'admin1' && ctx.states.has(`${cc}-${gaz.admin1(row)}`)) score += 3;
  for (const q of qualifiersOf(group)) {
    if (q.hits.some((h) => gaz.placeType(h.row) === 'admin1' && gaz.countryCode(h.row) === cc && gaz.admin1(h.row) === gaz.admin1(row))) score += 8;
    else if (q.hits.some((h) => gaz.placeType(h.row) === 'country' && gaz.countryCode(h.row) === cc)) score += 6;
  }
  if (ctx.anchors.length > 0 && type !== 'country' && type !== 'continent') {
    const lat = gaz.lat(row);
    const lon = gaz.lon(row);
    let nearest = Number.POSITIVE_INFINITY;
    for (const a of ctx.anchors) nearest = Math.min(nearest, roughKm(a.lat, a.lon, lat, lon));
    if (nearest < 50) score += 2.5;
    else if (nearest < 200) score += 1.5;
    else if (nearest < 800) score += 0.5;
  }
  return score;
}

/** Equirectangular distance: plenty for "is it near", and cheap. */
function roughKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const x = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  const y = (lat2 - lat1) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

/** How many readings of each name take part in mutual support (the rest are too unlikely to matter). */
const SUPPORT_CANDIDATES = 6;

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

function rank(gaz: Gazetteer, group: Recognized[], ctx: Context, extra?: (row: number) => number): ScoredRow[] {
  const hits = group[0]!.hits;
  const scored = hits.map((h) => ({
    row: h.row,
    demonym: h.demonym,
    score: priorScore(gaz, h.row) + contextScore(gaz, h.row, ctx, group) + (extra ? extra(h.row) : 0),
  }));
  return scored.sort((a, b) => b.score - a.score || a.row - b.row);
}

function confidenceOf(ranked: ScoredRow[]): number {
  const top = ranked[0]!.score;
  let sum = 0;
  for (const r of ranked) sum += Math.exp(r.score - top);
  return Math.round((1 / sum) * 1000) / 1000;
}

/**
 * Resolves recognised spans to gazetteer rows in two passes: the unambiguous names (countries, states,
 * single-reading names) first, whose countries, states and positions then inform the ambiguous ones.
 */
export function resolve(recognized: Recognized[], gaz: Gazetteer): Resolution[] {
  const groups = [...groupByName(recognized).values()];
  const ctx: Context = { countries: new Map(), states: new Set(), anchors: [] };
  const empty: Context = { countries: new Map(), states: new Set(), anchors: [] };

  // Pass 1: evidence from names that are (nearly) certain on their own.
  for (const group of groups) {
    const ranked = rank(gaz, group, empty);
    const best = ranked[0]!;
    const certain = ranked.length === 1 || best.score - ranked[1]!.score > 4;
    const type = gaz.placeType(best.row);
    if (!certain) continue;
    const cc = gaz.countryCode(best.row);
    if (cc) ctx.countries.set(cc, (ctx.countries.get(cc) ?? 0) + group.length);
    if (type === 'admin1') ctx.states.add(`${cc}-${gaz.admin1(best.row)}`);
    if (type !== 'country' && type !== 'continent' && type !== 'region') {
      const e = gaz.entry(best.row);
      ctx.anchors.push({ lat: e.lat, lon: e.lon });
    }
  }

  // Pass 2: everything, with that context.
  let ranked = groups.map((group) => rank(gaz, group, ctx));

  // Pass 3: coherence. The article's places lean together (a local paper names its own county's towns), so
  // pass 2's readings of the other names become context for each name in turn.
  const tally: Context = { countries: new Map(), states: new Set(), anchors: [] };
  groups.forEach((group, g) => {
    const best = ranked[g]![0]!;
    const cc = gaz.countryCode(best.row);
    const type = gaz.placeType(best.row);
    if (cc) tally.countries.set(cc, (tally.countries.get(cc) ?? 0) + group.length * 0.5);
    if (cc === 'US' && gaz.admin1(best.row)) tally.states.add(`${cc}-${gaz.admin1(best.row)}`);
    if (type !== 'country' && type !== 'continent' && type !== 'region') {
      const e = gaz.entry(best.row);
      tally.anchors.push({ lat: e.lat, lon: e.lon });
    }
  });
  for (const [cc, n] of ctx.countries) tally.countries.set(cc, (tally.countries.get(cc) ?? 0) + n);
  for (const st of ctx.states) tally.states.add(st);
  // Mutual support: Huntsville and Walker County are each ambiguous, but only their Texas readings lie side
  // by side. Each candidate earns support from every other name that has *some* reading near it.
  const readings = ranked.map((r) => r.slice(0, SUPPORT_CANDIDATES).filter((c) => isPoint(gaz, c.row)).map((c) => c.row));
  const supportOf = (g: number) => {
    const eligible = new Set(ranked[g]!.length > 1 ? readings[g] : []);
    return (row: number) => {
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
      return 1.5 * Math.min(support, 3);
    };
  };
  ranked = groups.map((group, g) => {
    const own = ranked[g]![0]!;
    const e = gaz.entry(own.row);
    // A name is not its own evidence: leave out its own point from the anchors.
    const anchors = tally.anchors.filter((a) => a.lat !== e.lat || a.lon !== e.lon);
    return rank(gaz, group, { ...tally, anchors }, supportOf(g));
  });

  return groups.map((group, g) => {
    const r = ranked[g]!;
    return { mentions: group, best: r[0]!, others: r.slice(1, 6), confidence: confidenceOf(r) };
  });
}
