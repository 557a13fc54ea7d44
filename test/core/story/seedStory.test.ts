/**
 * The seed article's story (issue 4, section 2), on hand-built places standing in for the geoparser.
 * Every expectation is a fact the article states; the extraction code has no knowledge of this article.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoryEventFeature, StoryRouteFeature } from '../../../src/core/story';
import { extractStory } from '../../../src/core/story';
import { capitalsFromSpec, type PlaceSpec, placesFromSpec } from './placeSpec';

const text = readFileSync(new URL('../../../seeds/000_b76ed577badf652c.txt', import.meta.url), 'utf8');
const spec = JSON.parse(readFileSync(new URL('../../fixtures/stories/seed.places.json', import.meta.url), 'utf8'))
  .places as PlaceSpec[];
const story = extractStory(text, placesFromSpec(text, spec), { id: 'seed', title: 'seed', published: '2018-04-10' }, {
  capitalOf: capitalsFromSpec(spec),
});

function route(actor: string, from: string, to: string): StoryRouteFeature {
  const r = story.routes.find((x) => x.properties.actors.includes(actor) && x.properties.from === from && x.properties.to === to);
  if (!r) throw new Error(`no route ${actor}: ${from} → ${to}; have ${story.routes.map((x) => x.id).join(', ')}`);
  return r;
}

function event(pred: (e: StoryEventFeature) => boolean): StoryEventFeature {
  const e = story.events.find(pred);
  if (!e) throw new Error(`no such event; have ${story.events.map((x) => x.id).join(', ')}`);
  return e;
}

describe('seed article story', () => {
  it('Ri Yong Ho: Pyongyang → Moscow, April 2018, happened', () => {
    const r = route('Ri Yong Ho', 'place:pyongyang', 'place:moscow');
    expect(r.id).toBe('route:ri-yong-ho:pyongyang-moscow');
    expect(r.properties.status).toBe('happened');
    expect(r.properties.date.start?.slice(0, 7)).toBe('2018-04');
    expect(r.properties.origin).toBe('home-capital');
    expect(r.properties.evidence).toBe('movement');
  });

  it('Lavrov: Moscow → Pyongyang, planned', () => {
    const r = route('Sergei Lavrov', 'place:moscow', 'place:pyongyang');
    expect(r.properties.status).toBe('planned');
    // The article gives no date for the visit: none is invented.
    expect(r.properties.date.start).toBeUndefined();
    expect(r.properties.destination).toBe('country-capital');
  });

  it('Kim Jong Un: Pyongyang → Beijing, March 2018 ("last month"), happened', () => {
    const r = route('Kim Jong Un', 'place:pyongyang', 'place:beijing');
    expect(r.properties.status).toBe('happened');
    expect(r.properties.date).toMatchObject({ label: 'last month', precision: 'month', start: '2018-03-01', end: '2018-03-31' });
  });

  it('Ri Yong Ho: Pyongyang → Beijing, early April 2018 ("last week"), happened — via "The DPRK Foreign Minister"', () => {
    const r = route('Ri Yong Ho', 'place:pyongyang', 'place:beijing');
    expect(r.properties.status).toBe('happened');
    expect(r.properties.date.label).toBe('last week');
    expect(r.properties.date.start).toBe('2018-04-02');
    expect(r.properties.date.end).toBe('2018-04-08');
  });

  it('Wang Yi: Beijing → Moscow, early April 2018, happened, with the three distance models', () => {
    const r = route('Wang Yi', 'place:beijing', 'place:moscow');
    expect(r.id).toBe('route:wang-yi:beijing-moscow');
    expect(r.properties.status).toBe('happened');
    expect(r.properties.date).toMatchObject({ label: 'early April', start: '2018-04-01', end: '2018-04-10' });
    expect(r.properties.distanceKm).toBeCloseTo(5793, -1);
    expect(r.properties.webSphereKm).toBeCloseTo(5799.6, 0);
    expect(r.properties.ellipsoidKm).toBeCloseTo(5808.5, 0);
    expect(r.geometry.type).toBe('LineString');
  });

  it('Kim Jong Un and Moon Jae-in: summit at Panmunjom, end of April 2018, planned', () => {
    const e = event((x) => x.properties.place === 'place:panmunjom');
    expect(e.properties.eventType).toBe('summit');
    expect(e.properties.participants).toEqual(expect.arrayContaining(['Kim Jong Un', 'Moon Jae-in']));
    expect(e.properties.status).toBe('planned');
    expect(e.properties.date).toMatchObject({ precision: 'part-of-month', start: '2018-04-21', end: '2018-04-30' });
    expect(e.geometry?.type).toBe('Point');
  });

  it('DPRK–US meeting: May 2018 at the earliest, place and date not set — an event, no route', () => {
    const e = event((x) => x.properties.participantIds.includes('place:north-korea') && x.properties.participantIds.includes('place:united-states'));
    expect(e.geometry).toBeNull();
    expect(e.properties.place).toBeUndefined();
    expect(e.properties.dateSet).toBe(false);
    expect(e.properties.date).toMatchObject({ label: 'as early as May', start: '2018-05-01', qualifier: 'earliest' });
    expect(e.properties.date.end).toBeUndefined();
    expect(['planned', 'proposed']).toContain(e.properties.status);
    expect(story.routes.some((r) => r.properties.to === 'place:washington' || r.properties.actors.includes('Donald Trump'))).toBe(false);
  });

  it('the PyeongChang Winter Olympics: an event at PyeongChang', () => {
    const e = event((x) => x.properties.place === 'place:pyeongchang');
    expect(e.properties.name).toBe('PyeongChang Winter Olympics');
    expect(e.properties.participantIds).toEqual(expect.arrayContaining(['place:north-korea', 'place:south-korea']));
  });

  it('finds the people with roles and affiliations from the country mentions', () => {
    const by = (n: string) => story.actors.find((a) => a.name === n);
    expect(by('Sergei Lavrov')).toMatchObject({ role: 'Foreign Minister', countryCode: 'RU' });
    expect(by('Ri Yong Ho')).toMatchObject({ role: 'Foreign Minister', countryCode: 'KP' });
    expect(by('Wang Yi')).toMatchObject({ role: 'Foreign Minister', countryCode: 'CN' });
    expect(by('Kim Jong Un')).toMatchObject({ countryCode: 'KP' });
    expect(by('Moon Jae-in')).toMatchObject({ role: 'President', countryCode: 'KR' });
    expect(by('Donald Trump')).toMatchObject({ role: 'President' });
    // The byline's author has no title and travels nowhere: not an actor.
    expect(by('Julia Lyubova')).toBeUndefined();
  });

  it('every mention is a true slice of the article', () => {
    for (const f of [...story.routes, ...story.events]) {
      expect(f.properties.mentions.length).toBeGreaterThan(0);
      for (const m of f.properties.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    for (const a of story.actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('ids are unique and route ids follow route:<actor>:<from>-<to>', () => {
    const ids = [...story.routes, ...story.events].map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of story.routes) expect(r.id).toMatch(/^route:[a-z0-9-]+:[a-z0-9-]+-[a-z0-9-]+(:[a-z]+)?$/);
  });
});
