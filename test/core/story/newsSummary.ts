/** A reviewable summary of the whole pipeline's story and figures on a news fixture (for golden files). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadResourcesSync } from '../../../src/cli/resources';
import type { AtlasCollection, AtlasFeature } from '../../../src/core/geojson/types';
import { analyzeArticle } from '../../../src/core/pipeline';

export const newsRoot = fileURLToPath(new URL('../../fixtures/stories/', import.meta.url));

let resources: ReturnType<typeof loadResourcesSync> | undefined;

/** The fixture's text and the pipeline's collection for it. */
export function runNewsFixture(name: string): { text: string; fc: AtlasCollection } {
  resources ??= loadResourcesSync();
  const text = readFileSync(join(newsRoot, 'news', `${name}.txt`), 'utf8');
  const { published } = JSON.parse(readFileSync(join(newsRoot, 'news', `${name}.json`), 'utf8')) as { published: string };
  return { text, fc: analyzeArticle(text, resources, { id: name, title: name, published }) };
}

function journey(f: AtlasFeature) {
  const p = f.properties as unknown as Record<string, unknown>;
  return {
    id: f.id,
    name: p.name,
    status: p.status,
    certainty: p.certainty ?? 'drawn',
    ...(p.doubt ? { doubt: p.doubt } : {}),
    date: (p.date as { label?: string } | undefined)?.label ?? '',
  };
}

/** Routes, possible journeys, events and checked figures, each reduced to what a reviewer reads. */
export function summarizeNews(fc: AtlasCollection) {
  const of = (kind: string) => fc.features.filter((f) => f.properties.kind === kind);
  return {
    routes: of('route').map(journey),
    possibleJourneys: (fc.possibleJourneys ?? []).map(journey),
    events: of('event').map((f) => {
      const p = f.properties as unknown as Record<string, unknown>;
      return { ...journey(f), eventType: p.eventType, participants: p.participants };
    }),
    figures: of('claim').map((f) => {
      const p = f.properties as unknown as Record<string, unknown>;
      return { text: f.properties.mentions[0]?.text, value: p.value, unit: p.unit, verdict: p.verdict };
    }),
  };
}
