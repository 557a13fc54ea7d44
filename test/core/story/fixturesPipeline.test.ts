/**
 * The fixture stories again, through the real pipeline (geoparser + gazetteer) instead of hand-built places:
 * the same journeys (route ids, statuses, actors) and the same events (type, status, participants, placed or
 * not). Event ids are not compared: the gazetteer may spell a venue differently ("Genève").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadResourcesSync } from '../../../src/cli/resources';
import { analyzeArticle } from '../../../src/core/pipeline';
import type { StoryEventFeature, StoryRouteFeature } from '../../../src/core/story';

const root = fileURLToPath(new URL('../../fixtures/stories/', import.meta.url));
const names = readdirSync(join(root, 'in'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();
const resources = loadResourcesSync();

interface Golden {
  routes: { id: string; status: string; actors: string[] }[];
  events: { eventType: string; status: string; participants: string[]; place: string | null }[];
}

describe('story fixtures through the real pipeline', () => {
  for (const name of names) {
    it(name, () => {
      const text = readFileSync(join(root, 'in', `${name}.txt`), 'utf8');
      const { published } = JSON.parse(readFileSync(join(root, 'in', `${name}.json`), 'utf8')) as { published: string };
      const gold = JSON.parse(readFileSync(join(root, 'out', `${name}.json`), 'utf8')) as Golden;
      const fc = analyzeArticle(text, resources, { id: name, title: name, published });
      const routes = fc.features.filter((f): f is StoryRouteFeature => f.properties.kind === 'route');
      const events = fc.features.filter((f): f is StoryEventFeature => f.properties.kind === 'event');
      expect(routes.map((r) => ({ id: r.id, status: r.properties.status, actors: r.properties.actors }))).toEqual(
        gold.routes.map((r) => ({ id: r.id, status: r.status, actors: r.actors })),
      );
      expect(
        events.map((e) => ({ eventType: e.properties.eventType, status: e.properties.status, participants: e.properties.participants, placed: !!e.properties.place })),
      ).toEqual(gold.events.map((e) => ({ eventType: e.eventType, status: e.status, participants: e.participants, placed: e.place !== null })));
    });
  }
});
