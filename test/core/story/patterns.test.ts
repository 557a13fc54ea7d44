/**
 * What each story pattern must mean, asserted directly (the goldens pin the whole output; these say why).
 */
import type { MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { runFixture } from './runFixture';

describe('story patterns', () => {
  it('Tokyo → Los Angeles: stated origin, stored split at the antimeridian, and the return leg', () => {
    const { story } = runFixture('tokyo_los_angeles_dateline');
    const out = story.routes.find((r) => r.properties.from === 'place:tokyo' && r.properties.to === 'place:los-angeles');
    if (!out) throw new Error('no Tokyo → Los Angeles route');
    expect(out.properties).toMatchObject({ status: 'happened', origin: 'stated', actors: ['Haruto Sato'] });
    expect(out?.properties.date).toMatchObject({ label: 'Monday', start: '2024-03-11' });
    expect(out?.geometry.type).toBe('MultiLineString');
    const parts = (out.geometry as MultiLineString).coordinates;
    expect(parts[0]?.at(-1)?.[0]).toBe(180);
    expect(parts[1]?.[0]?.[0]).toBe(-180);
    for (const line of parts) for (const [lon] of line) expect(Math.abs(lon as number)).toBeLessThanOrEqual(180);
    const back = story.routes.find((r) => r.properties.from === 'place:los-angeles' && r.properties.to === 'place:tokyo');
    expect(back?.properties).toMatchObject({ status: 'planned', origin: 'previous-stop' });
  });

  it('a multi-stop tour chains its legs, each from the previous stop', () => {
    const { story } = runFixture('west_africa_tour');
    const legs = story.routes.map((r) => `${r.properties.from}>${r.properties.to}`);
    expect(legs).toEqual(['place:paris>place:dakar', 'place:dakar>place:abidjan', 'place:abidjan>place:accra']);
    for (const r of story.routes) expect(r.properties.status).toBe('planned');
    expect(story.routes[0]?.properties.date).toMatchObject({ label: 'next week', start: '2024-06-10', end: '2024-06-16' });
    // "meet … on Tuesday" in a planned clause is the coming Tuesday, not the one before publication.
    const meet = story.events.find((e) => e.properties.place === 'place:dakar');
    expect(meet?.properties.date.start).toBe('2024-06-11');
  });

  it('a visit with no stated origin starts at the home capital, with lower confidence and an implied place', () => {
    const { story } = runFixture('state_visit_no_origin');
    expect(story.routes).toHaveLength(1);
    const r = story.routes[0];
    expect(r?.properties).toMatchObject({ from: 'place:nairobi', to: 'place:berlin', origin: 'home-capital', status: 'happened' });
    expect(r?.properties.confidence).toBeLessThan(0.9);
    expect(story.impliedPlaces.map((p) => p.id)).toEqual(['place:nairobi']);
    expect(story.routes.some((x) => x.properties.to === 'place:hamburg')).toBe(false);
  });

  it('a meeting in a third country is one event; the trips it implies are marked as such', () => {
    const { story } = runFixture('third_country_meeting');
    const talks = story.events.find((e) => e.properties.place === 'place:doha');
    expect(talks?.properties.participants).toEqual(['Arjun Mehta', 'Sana Qureshi']);
    expect(talks?.properties).toMatchObject({ status: 'happened', eventType: 'talks' });
    const implied = story.routes.filter((r) => r.properties.to === 'place:doha');
    expect(implied.map((r) => r.properties.from).sort()).toEqual(['place:islamabad', 'place:new-delhi']);
    for (const r of implied) {
      expect(r.properties.evidence).toBe('meeting');
      expect(r.properties.confidence).toBeLessThan(0.5);
    }
    expect(story.events.find((e) => e.properties.place === 'place:geneva')?.properties.status).toBe('planned');
  });

  it('a cancelled trip keeps its route, date and status "cancelled"', () => {
    const { story } = runFixture('cancelled_trip');
    expect(story.routes).toHaveLength(1);
    expect(story.routes[0]?.properties).toMatchObject({ from: 'place:brasilia', to: 'place:lisbon', status: 'cancelled' });
    expect(story.routes[0]?.properties.date.start).toBe('2024-03-01');
  });

  it('a text with places but no movement yields no route and no event', () => {
    const { story } = runFixture('no_movement');
    expect(story.routes).toEqual([]);
    expect(story.events).toEqual([]);
  });

  it('"left X for Y", then "she flew on to Z": the pronoun and the previous stop carry over', () => {
    const { story } = runFixture('southern_leg_continuation');
    const legs = story.routes.map((r) => `${r.properties.from}>${r.properties.to}:${r.properties.origin}`);
    expect(legs).toEqual(['place:wellington>place:canberra:stated', 'place:canberra>place:jakarta:previous-stop']);
    expect(story.routes[1]?.properties.confidence).toBeLessThan(story.routes[0]?.properties.confidence as number);
    const meet = story.events.find((e) => e.properties.place === 'place:jakarta');
    expect(meet?.properties.participants).toEqual(['Mere Walker', 'Budi Santoso']);
  });
});
