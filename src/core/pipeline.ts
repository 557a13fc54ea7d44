/**
 * The whole pure pipeline: article text → places → story → one GeoJSON FeatureCollection. Shared by the CLI,
 * the Web Worker, the data build and the tests. Each later step appends its features here.
 */
import { parseArticleMeta } from './article/meta';
import { geoFeaturesFor } from './claims';
import { applyCorrections, type CorrectionsMemory } from './edits/memory';
import type { Gazetteer } from './gazetteer/gazetteer';
import { placeFeature } from './geojson/places';
import type { AtlasCollection, AtlasFeature, BorderFeature } from './geojson/types';
import { geoparse } from './geoparse';
import { extractStory } from './story';
import { capitalLookup } from './story/gazetteerCapitals';
import type { ArticleMeta } from './types';

export interface AtlasResources {
  gazetteer: Gazetteer;
  /** Border lines from data/borders.geojson, when loaded. */
  borders?: BorderFeature[];
  /** A person's or team's remembered corrections, taken over the resolver's scores where they fit. */
  corrections?: CorrectionsMemory;
}

/**
 * @example
 * const fc = analyzeArticle(text, { gazetteer }, { id: 'seed' });
 * fc.features.filter((f) => f.properties.kind === 'place').map((f) => f.properties.name);
 */
export function analyzeArticle(text: string, resources: AtlasResources, meta?: Partial<ArticleMeta>): AtlasCollection {
  const article: ArticleMeta = { ...parseArticleMeta(text, meta?.id), ...meta, text };
  const places = applyCorrections(geoparse(text, resources.gazetteer), resources.corrections, resources.gazetteer);
  const features: AtlasFeature[] = places.map(placeFeature);
  // Who travelled where and when: routes and events. A home capital the text only implies (a minister's
  // trip starts in Seoul) becomes a place with `reference: "implied"` and no mentions, so that every route
  // end is a feature; with no mentions it never counts as a toponym the article states.
  const story = extractStory(text, places, article, { capitalOf: capitalLookup(resources.gazetteer), names: resources.gazetteer });
  const known = new Set(places.map((p) => p.id));
  for (const p of story.impliedPlaces) if (!known.has(p.id)) features.push(placeFeature({ ...p, reference: 'implied', mentions: [] }));
  features.push(...story.routes, ...story.events);
  // Borders the article refers to and its distance/length figures, checked. Keep this step last: a figure
  // matched with two places also lists the route between them from the features built so far.
  features.push(...geoFeaturesFor(text, places, resources.borders ?? [], features));
  return { type: 'FeatureCollection', article, features };
}
