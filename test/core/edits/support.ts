/** Shared by the edits tests: the fixture article through the real pipeline, and feature look-ups. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadResourcesSync } from '../../../src/cli/resources';
import type {
  AtlasCollection,
  BorderFeature,
  ClaimFeature,
  EventFeature,
  PlaceFeature,
  RouteFeature,
} from '../../../src/core/geojson/types';
import { analyzeArticle } from '../../../src/core/pipeline';

export const resources = loadResourcesSync();
export const fixtureText = readFileSync(join(import.meta.dirname, '../../fixtures/edits/helsinki.txt'), 'utf8');
export const PUBLISHED = '2026-03-02';

/** A fresh analysis of the fixture (new objects each call, as a re-run would give). */
export function analyzeFixture(text = fixtureText): AtlasCollection {
  return analyzeArticle(text, resources, { id: 'helsinki', published: PUBLISHED });
}

export const placesOf = (c: AtlasCollection) => c.features.filter((f): f is PlaceFeature => f.properties.kind === 'place');
export const routesOf = (c: AtlasCollection) => c.features.filter((f): f is RouteFeature => f.properties.kind === 'route');
export const eventsOf = (c: AtlasCollection) => c.features.filter((f): f is EventFeature => f.properties.kind === 'event');
export const bordersOf = (c: AtlasCollection) => c.features.filter((f): f is BorderFeature => f.properties.kind === 'border');
export const claimsOf = (c: AtlasCollection) => c.features.filter((f): f is ClaimFeature => f.properties.kind === 'claim');

export function place(c: AtlasCollection, name: string): PlaceFeature {
  const f = placesOf(c).find((p) => p.properties.name === name);
  if (!f) throw new Error(`no place ${name} in ${placesOf(c).map((p) => p.properties.name).join(', ')}`);
  return f;
}

/** The route between two places named so, either way round. */
export function routeBetween(c: AtlasCollection, a: string, b: string): RouteFeature {
  const ids = new Set([place(c, a).id, place(c, b).id]);
  const r = routesOf(c).find((f) => ids.has(f.properties.from) && ids.has(f.properties.to));
  if (!r) throw new Error(`no route between ${a} and ${b}`);
  return r;
}

/** Deterministic edit times: tests compare maps, not clocks. */
export const at = (n: number) => new Date(Date.UTC(2026, 10, 30, 10, 0, n));
