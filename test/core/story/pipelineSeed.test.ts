/**
 * The seed article through the real pipeline (geoparser + gazetteer + story): the section 2, end to end.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadResourcesSync } from '../../../src/cli/resources';
import type { AtlasFeature } from '../../../src/core/geojson/types';
import { analyzeArticle } from '../../../src/core/pipeline';
import type { StoryEventFeature, StoryRouteFeature } from '../../../src/core/story';

const text = readFileSync(new URL('../../../seeds/000_b76ed577badf652c.txt', import.meta.url), 'utf8');
const fc = analyzeArticle(text, loadResourcesSync(), { id: '000_b76ed577badf652c' });
const routes = fc.features.filter((f): f is StoryRouteFeature => f.properties.kind === 'route');
const events = fc.features.filter((f): f is StoryEventFeature => f.properties.kind === 'event');

function leg(actor: string, from: string, to: string) {
  return routes.find((r) => r.properties.actors.includes(actor) && r.properties.from === from && r.properties.to === to);
}

describe('seed story through the real pipeline', () => {
  it('publication date comes from the text', () => {
    expect(fc.article.published).toBe('2018-04-10');
  });

  it.each([
    ['Ri Yong Ho', 'place:pyongyang', 'place:moscow', 'happened', '2018-04'],
    ['Sergei Lavrov', 'place:moscow', 'place:pyongyang', 'planned', undefined],
    ['Kim Jong Un', 'place:pyongyang', 'place:beijing', 'happened', '2018-03'],
    ['Ri Yong Ho', 'place:pyongyang', 'place:beijing', 'happened', '2018-04'],
    ['Wang Yi', 'place:beijing', 'place:moscow', 'happened', '2018-04'],
  ])('%s: %s → %s, %s, %s', (actor, from, to, status, month) => {
    const r = leg(actor, from, to);
    expect(r?.properties.status).toBe(status);
    expect(r?.properties.date.start?.slice(0, 7)).toBe(month);
    // Route endpoints are place features of the collection.
    const ids = new Set(fc.features.filter((f) => f.properties.kind === 'place').map((f) => f.id));
    expect(ids.has(from) && ids.has(to)).toBe(true);
  });

  it('the summit at Panmunjom, the unplaced DPRK–US meeting and the PyeongChang Olympics are events', () => {
    const summit = events.find((e) => e.properties.place === 'place:panmunjom');
    expect(summit?.properties).toMatchObject({ eventType: 'summit', status: 'planned' });
    expect(summit?.properties.participants).toEqual(expect.arrayContaining(['Kim Jong Un', 'Moon Jae-in']));
    expect(summit?.properties.date.start).toBe('2018-04-21');
    const us = events.find((e) => e.properties.participantIds.includes('place:united-states'));
    expect(us?.geometry).toBeNull();
    expect(us?.properties.date).toMatchObject({ start: '2018-05-01', qualifier: 'earliest' });
    expect(events.find((e) => e.properties.place === 'place:pyeongchang')?.properties.name).toBe('PyeongChang Winter Olympics');
  });

  it('routes come before claims, so the 5799 km figure can point at the Beijing–Moscow route', () => {
    const kinds = fc.features.map((f: AtlasFeature) => f.properties.kind);
    const lastRoute = kinds.lastIndexOf('route');
    const firstClaim = kinds.indexOf('claim');
    expect(lastRoute).toBeGreaterThan(-1);
    if (firstClaim >= 0) expect(lastRoute).toBeLessThan(firstClaim);
  });
});
