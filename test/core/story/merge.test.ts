/**
 * The merging stage on its own: drafted legs and events (as sentences tell them) → one feature each.
 * Places are hand-built with GeoNames coordinates.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/story/actors';
import { type EventDraft, type Leg, mergeEvents, mergeLegs } from '../../../src/core/story/merge';
import type { Mention, ResolvedPlace } from '../../../src/core/types';

function place(id: string, name: string, lon: number, lat: number, countryCode: string): ResolvedPlace {
  return {
    id,
    name,
    lon,
    lat,
    placeType: 'capital',
    countryCode,
    gazetteer: { source: 'test', id },
    confidence: 1,
    candidates: [],
    reference: 'literal',
    mentions: [],
  };
}
const OSLO = place('place:oslo', 'Oslo', 10.74609, 59.91273, 'NO');
const LISBON = place('place:lisbon', 'Lisbon', -9.13333, 38.71667, 'PT');
const MADRID = place('place:madrid', 'Madrid', -3.70256, 40.4165, 'ES');
const SOLBERG: Actor = { id: 'ingrid-solberg', name: 'Ingrid Solberg', mentions: [] };

const said = (start: number, text: string): Mention => ({ start, end: start + text.length, text, excerpt: text });

function leg(over: Partial<Leg>): Leg {
  return {
    evidence: 'movement',
    actor: SOLBERG,
    from: OSLO,
    to: LISBON,
    status: 'planned',
    confidence: 0.8,
    origin: 'stated',
    destination: 'stated',
    mentions: [said(0, 'Solberg will fly from Oslo to Lisbon.')],
    ...over,
  };
}

describe('mergeLegs', () => {
  it('a journey told three times is one route with three mentions, in text order', () => {
    const routes = mergeLegs([
      leg({ mentions: [said(80, 'She arrives in Lisbon on Monday.')], origin: 'home-capital', confidence: 0.5 }),
      leg({}),
      leg({ mentions: [said(40, 'Her visit to Lisbon is her first.')], date: { label: 'Monday', precision: 'day', start: '2021-03-15', end: '2021-03-15' } }),
    ]);
    expect(routes).toHaveLength(1);
    const p = routes[0]!.properties;
    expect(p.mentions.map((m) => m.start)).toEqual([0, 40, 80]);
    expect(p.origin).toBe('stated');
    expect(p.date.label).toBe('Monday');
    expect(p.confidence).toBe(0.8);
  });

  it('a journey told once without doubt is certain', () => {
    const routes = mergeLegs([leg({ doubt: 'the traveller may be only the person speaking about the journey' }), leg({})]);
    expect(routes[0]!.properties.certainty).toBeUndefined();
  });

  it('a trip and its return are two routes; happened and planned trips to one place are two routes', () => {
    const routes = mergeLegs([leg({}), leg({ from: LISBON, to: OSLO }), leg({ status: 'happened' })]);
    expect(routes.map((r) => r.id)).toEqual([
      'route:ingrid-solberg:oslo-lisbon',
      'route:ingrid-solberg:lisbon-oslo',
      'route:ingrid-solberg:oslo-lisbon:happened',
    ]);
  });

  it('a trip a meeting only implies gives way to the same trip told outright', () => {
    const routes = mergeLegs([leg({ evidence: 'meeting', from: MADRID, origin: 'home-capital' }), leg({})]);
    expect(routes).toHaveLength(1);
    expect(routes[0]!.properties.evidence).toBe('movement');
    expect(routes[0]!.properties.fromName).toBe('Oslo');
  });

  it('two unnamed travellers from different places are not one journey', () => {
    expect(mergeLegs([leg({ actor: undefined }), leg({ actor: undefined, from: MADRID })])).toHaveLength(2);
  });
});

function draft(over: Partial<EventDraft>): EventDraft {
  return {
    key: 'meet|place:lisbon|future',
    name: 'Summit in Lisbon',
    eventType: 'summit',
    place: LISBON,
    participantIds: ['ingrid-solberg'],
    participants: ['Ingrid Solberg'],
    dateSet: true,
    status: 'planned',
    confidence: 0.85,
    mentions: [said(0, 'A summit in Lisbon is planned.')],
    ...over,
  };
}

describe('mergeEvents', () => {
  it('drafts with one key merge, gathering participants; a real date beats "no date has been set"', () => {
    const events = mergeEvents([
      draft({ dateSet: false, date: { label: 'no date has been set', precision: 'unknown' } }),
      draft({
        participantIds: ['place:spain'],
        participants: ['Spain'],
        date: { label: 'May', precision: 'month', start: '2021-05-01', end: '2021-05-31' },
        mentions: [said(40, 'Spain joins the summit in Lisbon in May.')],
      }),
    ]);
    expect(events).toHaveLength(1);
    const p = events[0]!.properties;
    expect(p.participants).toEqual(['Ingrid Solberg', 'Spain']);
    expect(p.date.label).toBe('May');
    expect(p.dateSet).toBe(false);
    expect(events[0]!.id).toBe('event:summit:lisbon');
  });

  it('drafts with different keys stay apart, each with its own id', () => {
    const events = mergeEvents([draft({}), draft({ key: 'visit|ingrid-solberg|place:lisbon|future', eventType: 'visit', name: 'Ingrid Solberg visits Lisbon' })]);
    expect(events.map((e) => e.id)).toEqual(['event:summit:lisbon', 'event:visit:ingrid-solberg:lisbon']);
  });
});
