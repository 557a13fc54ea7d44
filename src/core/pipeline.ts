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
import { geoparse } from './geoparse';
import { withLongTail } from './geoparse/longTail';
import { extractStory } from './story';
import { capitalLookup } from './story/gazetteerCapitals';
import { readDocument } from './text/document';
import type { ArticleMeta } from './types';

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
  const article: ArticleMeta = { ...parseArticleMeta(text, meta?.id), ...meta, text };
  // The text is read once (paragraphs, sentences, tokens, quotes, dateline); every later step reads it.
  const doc = readDocument(text);
  const parse = { home: options.home, sentences: doc.sentenceSpans };
  const first = geoparse(text, resources.gazetteer, parse);
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
  for (const p of story.impliedPlaces) if (!known.has(p.id)) features.push(placeFeature({ ...p, reference: 'implied', mentions: [] }));
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

/**
 * `analyzeArticle` with the long tail: when the text qualifies a small place the bundled gazetteer lacks
 * ("PARIS, Mo.", "London, Arkansas"), its shard is read through `resources.longTail` first (at most one shard
 * per such name; none for an article that qualifies no such name), then the same pure pipeline runs.
 *
 * @example const fc = await analyzeArticleAsync('PARIS, Mo. (AP) — ...', { gazetteer, longTail: readShard });
 */
export async function analyzeArticleAsync(
  text: string,
  resources: AtlasResources,
  meta?: Partial<ArticleMeta>,
  options: AnalyzeOptions = {},
): Promise<AtlasCollection> {
  const gazetteer = resources.longTail ? await withLongTail(text, resources.gazetteer, resources.longTail, options.home) : resources.gazetteer;
  return analyzeArticle(text, gazetteer === resources.gazetteer ? resources : { ...resources, gazetteer }, meta, options);
}
