/**
 * The whole pure pipeline: article text → places → story → one GeoJSON FeatureCollection. Shared by the CLI,
 * the Web Worker, the data build and the tests. Each later step appends its features here.
 */
import { parseArticleMeta } from './article/meta';
import { geoFeaturesFor } from './claims';
import { applyCorrections, type CorrectionsMemory, rememberedReadings } from './edits/memory';
import type { Gazetteer } from './gazetteer/gazetteer';
import type { ShardLoader } from './gazetteer/longTail';
import { placeFeature } from './geojson/places';
import type { AtlasCollection, AtlasFeature, BorderFeature } from './geojson/types';
import { geoparse, geoparseDetailed } from './geoparse';
import { localLongTailNeeds, longTailNeeds, withLongTailNeeds } from './geoparse/longTail';
import { extractStory } from './story';
import { capitalLookup } from './story/gazetteerCapitals';
import { readDocument } from './text/document';
import type { ArticleMeta, ResolvedPlace } from './types';

export interface AtlasResources {
  gazetteer: Gazetteer;
  /** Border lines from data/borders.geojson, when loaded. */
  borders?: BorderFeature[];
  /** A person's or team's remembered corrections, taken over the resolver's scores where they fit. */
  corrections?: CorrectionsMemory;
  /** Reads a long-tail shard (data/longtail/xx.json) for small places the text qualifies; see analyzeArticleAsync. */
  longTail?: ShardLoader;
}

export interface AnalyzeOptions {
  /** The reader's home place for local news ("Paris, Mo."): ambiguous names lean towards it; a dateline wins. */
  home?: string;
}

/**
 * @example
 * const fc = analyzeArticle(text, { gazetteer }, { id: 'seed' }, { home: 'Columbia, Ky.' });
 * fc.features.filter((f) => f.properties.kind === 'place').map((f) => f.properties.name);
 */
export function analyzeArticle(text: string, resources: AtlasResources, meta?: Partial<ArticleMeta>, options: AnalyzeOptions = {}): AtlasCollection {
  return analyzeRead(text, readDocument(text), resources, meta, options);
}

/** The pipeline on a document already read, with the geoparser's places when a first pass already has them. */
function analyzeRead(
  text: string,
  doc: ReturnType<typeof readDocument>,
  resources: AtlasResources,
  meta: Partial<ArticleMeta> | undefined,
  options: AnalyzeOptions,
  parsed?: ResolvedPlace[],
): AtlasCollection {
  const article: ArticleMeta = { ...parseArticleMeta(text, meta?.id), ...meta, text };
  // The text is read once (paragraphs, sentences, tokens, quotes, dateline); every later step reads it.
  const parse = { home: options.home, document: doc };
  const first = parsed ?? geoparse(text, resources.gazetteer, parse);
  // Remembered corrections that fit this article are read again as priors, so a remembered place also
  // decides the names around it; then the memory places what the resolver could not (pins, other names).
  const remembered = rememberedReadings(first, resources.corrections, resources.gazetteer);
  const resolved = remembered ? geoparse(text, resources.gazetteer, { ...parse, remembered }) : first;
  const places = applyCorrections(resolved, resources.corrections, resources.gazetteer);
  const features: AtlasFeature[] = places.map(placeFeature);
  // Who travelled where and when: routes and events. A home capital the text only implies (a minister's
  // trip starts in Seoul) becomes a place with `reference: "implied"` and no mentions, so that every route
  // end is a feature; with no mentions it never counts as a toponym the article states.
  const story = extractStory(text, places, article, { capitalOf: capitalLookup(resources.gazetteer), names: resources.gazetteer, document: doc });
  const known = new Set(places.map((p) => p.id));
  for (const p of story.impliedPlaces) {
    if (!known.has(p.id)) features.push(placeFeature({ ...withWhereNames(p, resources.gazetteer), reference: 'implied', mentions: [] }));
  }
  // Loops, not spread arguments: a 10 MB article can have hundreds of thousands of these (the call stack cannot).
  for (const f of story.routes) features.push(f);
  for (const f of story.events) features.push(f);
  // Doubtful journeys are listed beside the features, not drawn (see AtlasCollection.possibleJourneys).
  // Borders the article refers to and its distance/length figures, checked. Keep this step last: a figure
  // matched with two places also lists the route between them from the features built so far.
  for (const f of geoFeaturesFor(text, places, resources.borders ?? [], features, doc)) features.push(f);
  const fc: AtlasCollection = { type: 'FeatureCollection', article, features };
  if (story.possible.length > 0) fc.possibleJourneys = story.possible;
  return fc;
}

/** A place with its division's and country's names as the gazetteer row of its reference gives them. */
function withWhereNames(p: ResolvedPlace, gaz: Gazetteer): ResolvedPlace {
  const { admin1Name: _division, countryName: _country, ...rest } = p;
  const row = gaz.rowOfRef(`${p.gazetteer.source}:${p.gazetteer.id}`);
  if (row === undefined) return rest;
  const admin1Name = gaz.admin1Name(row);
  const countryName = gaz.countryName(row);
  return { ...rest, ...(admin1Name ? { admin1Name } : {}), ...(countryName ? { countryName } : {}) };
}

/**
 * `analyzeArticle` with the long tail: when the text qualifies a small place the bundled gazetteer lacks
 * ("PARIS, Mo.", "London, Arkansas"), its shard is read through `resources.longTail` first (at most one shard
 * per such name; none for an article that qualifies no such name). Then a second look: a name the geoparser
 * placed outside every state the article is surely about is looked up among those states' villages
 * (`localLongTailNeeds`). The same pure pipeline then runs once, on the places already found when nothing
 * was added.
 *
 * @example const fc = await analyzeArticleAsync('PARIS, Mo. (AP) — ...', { gazetteer, longTail: readShard });
 */
export async function analyzeArticleAsync(
  text: string,
  resources: AtlasResources,
  meta?: Partial<ArticleMeta>,
  options: AnalyzeOptions = {},
): Promise<AtlasCollection> {
  if (!resources.longTail) return analyzeArticle(text, resources, meta, options);
  // Each shard is read at most once per article, whichever look asks for it.
  const shards = new Map<string, Promise<unknown>>();
  const read = resources.longTail;
  const load: ShardLoader = (id) => {
    let shard = shards.get(id);
    if (!shard) {
      shard = read(id);
      shards.set(id, shard);
    }
    return shard;
  };
  const doc = readDocument(text);
  const qualified = longTailNeeds(text, resources.gazetteer, options.home);
  let gazetteer = await withLongTailNeeds(qualified, resources.gazetteer, load);
  // The second look: names placed outside every state the article names may be that state's villages.
  const first = geoparseDetailed(text, gazetteer, { home: options.home, document: doc });
  const local = localLongTailNeeds(first.resolutions, gazetteer).filter((n) => !qualified.some((q) => q.key === n.key));
  if (local.length === 0) return analyzeRead(text, doc, gazetteer === resources.gazetteer ? resources : { ...resources, gazetteer }, meta, options, first.places);
  gazetteer = await withLongTailNeeds([...qualified, ...local], resources.gazetteer, load);
  return analyzeRead(text, doc, { ...resources, gazetteer }, meta, options);
}
