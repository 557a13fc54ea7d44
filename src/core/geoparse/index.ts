import type { Gazetteer } from '../gazetteer/gazetteer';
import type { ArticleDocument } from '../text/document';
import { normalizeKey, slugify } from '../text/normalize';
import { excerptFor, sentenceSpans } from '../text/sentences';
import type { Candidate, ResolvedPlace } from '../types';
import { nameAtoms, type Rejection, recognize } from './recognize';
import { type Home, homeOfRow, type Resolution, resolve, type ScoredRow } from './resolve';

export { recognize } from './recognize';
export type { Home } from './resolve';
export { resolve } from './resolve';

/** What the geoparser decided and why: filled when passed in the options (for `npm run eval -- --errors`). */
export interface GeoparseTrace {
  /** Matches the recogniser turned down, each with its rule. */
  rejected: Rejection[];
  /** Every name's reading, with the weights behind each candidate's score. */
  resolutions: Resolution[];
}

export interface GeoparseOptions {
  /**
   * The reader's home place for local news ("Paris, Mo.", "Columbia, Kentucky"): ambiguous names lean towards
   * it. A dateline in the text takes precedence.
   */
  home?: string;
  trace?: GeoparseTrace;
  /** The article's sentence spans when the caller has read them already (the pipeline's document model). */
  sentences?: ReadonlyArray<{ start: number; end: number }>;
  /** The article's document model when the caller has read it: its tokens are reused, not read again. */
  document?: ArticleDocument;
  /** A person's remembered corrections that apply to this article, as priors (src/core/edits/memory.ts). */
  remembered?: RememberedReadings;
}

/** Words (normalizeKey) → the gazetteer row a person chose for them, and words a person said are no place. */
export interface RememberedReadings {
  rows: ReadonlyMap<string, number>;
  notPlaces: ReadonlySet<string>;
}

const homes = new WeakMap<Gazetteer, Map<string, Home | undefined>>();

/**
 * The place a home string names ("Paris, Mo."), read by the geoparser itself; undefined when it names none.
 *
 * @example
 * homePlace('Paris, Missouri', gaz)?.admin1; // 'MO'
 */
export function homePlace(home: string, gaz: Gazetteer): Home | undefined {
  let cache = homes.get(gaz);
  if (!cache) {
    cache = new Map();
    homes.set(gaz, cache);
  }
  const key = home.trim().slice(0, 200);
  if (cache.has(key)) return cache.get(key);
  const first = resolve(recognize(key, gaz), gaz).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)[0];
  const found = first ? homeOfRow(gaz, first.best.row) : undefined;
  if (cache.size > 100) cache.clear();
  cache.set(key, found);
  return found;
}

/** Texts longer than this are parsed in full but a caller may want to warn; kept for the UI. */
export const LARGE_TEXT = 2_000_000;

function candidateOf(gaz: Gazetteer, s: ScoredRow): Candidate {
  const e = gaz.entry(s.row);
  return {
    name: e.name,
    gazetteer: e.ref,
    placeType: e.placeType,
    countryCode: e.countryCode,
    lon: e.lon,
    lat: e.lat,
    ...(e.population ? { population: e.population } : {}),
    score: Math.round(s.score * 100) / 100,
  };
}

/**
 * The geoparser: article text → the places it names, each resolved to one gazetteer entry with every
 * mention (UTF-16 offsets, surface text, sentence excerpt) and the runner-up candidates.
 *
 * @example
 * geoparse('Ri said from Moscow...', gaz)[0]; // { id: 'place:moscow', name: 'Moscow', lat: 55.752, ... }
 */
export function geoparse(text: string, gaz: Gazetteer, options: GeoparseOptions = {}): ResolvedPlace[] {
  return geoparseDetailed(text, gaz, options).places;
}

/**
 * `geoparse`, with the resolver's readings (gazetteer rows) beside the places: what the long tail's second look
 * needs to see which names the article's own states may hold (src/core/geoparse/longTail.ts).
 *
 * @example geoparseDetailed('Flooding hit Paris, Texas.', gaz).resolutions[0].best.row // → the row of Paris, Texas
 */
export function geoparseDetailed(text: string, gaz: Gazetteer, options: GeoparseOptions = {}): { places: ResolvedPlace[]; resolutions: Resolution[] } {
  if (!text) return { places: [], resolutions: [] };
  const trace = options.trace;
  const home = options.home?.trim() ? homePlace(options.home, gaz) : undefined;
  const remembered = options.remembered;
  const atoms = options.document?.text === text ? nameAtoms(options.document) : undefined;
  let recognized = recognize(text, gaz, trace?.rejected, atoms);
  // Words remembered as no place are left out before resolution, so a wrong reading lends nothing to others.
  if (remembered && remembered.notPlaces.size > 0) recognized = recognized.filter((r) => !remembered.notPlaces.has(normalizeKey(r.text)));
  const resolutions = resolve(recognized, gaz, {
    home,
    explain: !!trace,
    ...(remembered && remembered.rows.size > 0 ? { remembered: (words: string) => remembered.rows.get(normalizeKey(words)) } : {}),
  });
  if (trace) trace.resolutions.push(...resolutions);
  const spans = options.sentences ? [...options.sentences] : options.document?.text === text ? options.document.sentenceSpans : sentenceSpans(text);
  // Names that resolve to the same row ("DPRK", "North Korea") are one place with all their mentions.
  const byRow = new Map<number, ResolvedPlace>();
  for (const r of resolutions) {
    const e = gaz.entry(r.best.row);
    const mentions = r.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, excerpt: excerptFor(text, spans, m.start, m.end) }));
    const known = byRow.get(r.best.row);
    if (known) {
      known.mentions.push(...mentions);
      known.confidence = Math.max(known.confidence, r.confidence);
      if (known.reference === 'demonym' && !r.best.demonym) known.reference = 'literal';
      continue;
    }
    const iso3 = e.placeType === 'country' ? gaz.iso3(e.countryCode) : undefined;
    const admin1Name = gaz.admin1Name(r.best.row);
    const countryName = gaz.countryName(r.best.row);
    byRow.set(r.best.row, {
      id: '',
      name: e.name,
      lon: e.lon,
      lat: e.lat,
      placeType: e.placeType,
      countryCode: e.countryCode,
      ...(iso3 ? { iso3 } : {}),
      ...(admin1Name ? { admin1Name } : {}),
      ...(countryName ? { countryName } : {}),
      gazetteer: e.ref,
      ...(e.sameAs ? { sameAs: e.sameAs } : {}),
      ...(e.population ? { population: e.population } : {}),
      confidence: r.confidence,
      candidates: r.others.map((o) => candidateOf(gaz, o)),
      reference: r.best.demonym ? 'demonym' : 'literal',
      mentions,
    });
  }
  const places = [...byRow.values()];
  for (const p of places) p.mentions.sort((a, b) => a.start - b.start);
  places.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  // Stable ids: the name's slug, qualified by country and state only when two places share it.
  const slugCount = new Map<string, number>();
  for (const p of places) slugCount.set(slugify(p.name), (slugCount.get(slugify(p.name)) ?? 0) + 1);
  const taken = new Set<string>();
  for (const p of places) {
    const slug = slugify(p.name);
    let id = slugCount.get(slug)! > 1 ? `place:${slug}-${slugify(`${p.countryCode} ${gaz.admin1(rowOf(gaz, p))}`)}` : `place:${slug}`;
    // Two places of one name in one country and state: the gazetteer id tells them apart.
    if (taken.has(id)) id = `${id}-${slugify(p.gazetteer.id)}`;
    taken.add(id);
    p.id = id;
  }
  return { places, resolutions };
}

function rowOf(gaz: Gazetteer, p: ResolvedPlace): number {
  return gaz.rowOfRef(`${p.gazetteer.source}:${p.gazetteer.id}`) ?? -1;
}
