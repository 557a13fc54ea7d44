import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  borderCandidates,
  checkClaims,
  claimFeatures,
  findDistanceClaims,
  pairCandidates,
} from '../../../src/core/claims';
import { distanceModels } from '../../../src/core/geo/distance';
import type { BorderFeature } from '../../../src/core/geojson/types';
import { BEIJING, DPRK, MOSCOW, PYONGYANG, placesIn, RUSSIA } from './places';

const borders = (
  JSON.parse(readFileSync(resolve(__dirname, '../../../data/borders.geojson'), 'utf8')) as { features: BorderFeature[] }
).features;
const prkRus = borders.filter((b) => b.id === 'border:prk-rus');

function check(text: string, withBorders: BorderFeature[] = []) {
  const places = placesIn(text, [MOSCOW, BEIJING, PYONGYANG, RUSSIA, DPRK]);
  return checkClaims(findDistanceClaims(text), [...pairCandidates(places), ...borderCandidates(withBorders)]);
}

describe('checkClaims', () => {
  it('5799km is Moscow–Beijing on the 6378.137 km sphere', () => {
    const [c] = check('Moscow and Beijing are close partners. 5799km');
    expect(c!.status).toBe('match');
    expect(c!.best!.candidate.ids).toEqual(['place:moscow', 'place:beijing']);
    expect(c!.best!.model).toBe('web-sphere');
    expect(c!.best!.km).toBeCloseTo(5799.6, 1);
    expect(c!.verdict).toBe('matches Moscow–Beijing on the 6378.137 km sphere web maps use (5,799.6 km), 0.01% off');
  });

  it('names the model that explains each figure', () => {
    const text = 'From Moscow to Beijing: 5,793.2 km, or 5,808.5 km, or 5,799.6 km.';
    expect(check(text).map((c) => [c.status, c.best!.model])).toEqual([
      ['match', 'turf'],
      ['match', 'ellipsoid'],
      ['match', 'web-sphere'],
    ]);
  });

  it('18km-long border is the Russia–DPRK border (≈17.75 km), Turf reported since models agree at ±0.5 km', () => {
    const [c] = check('Russia and the DPRK share an 18km-long border.', prkRus);
    expect(c!.status).toBe('match');
    expect(c!.best!.candidate.ids).toEqual(['border:prk-rus']);
    expect(c!.best!.model).toBe('turf');
    expect(c!.best!.km).toBeGreaterThan(17.5);
    expect(c!.best!.km).toBeLessThan(18);
    expect(c!.alsoWithin).toEqual(['web-sphere', 'ellipsoid']);
    expect(c!.verdict).toMatch(/^matches North Korea – Russia border on Turf's sphere \(R 6371\.0088 km\) \(17\.7\d km\), 1\.\d% off/);
  });

  it('a border figure is never explained by a city pair, and vice versa a tunnel by nothing', () => {
    // Without border data, "border" cannot match a pair distance even if one were close.
    expect(check('Moscow and Beijing share a 5,799 km-long border.')[0]!.status).toBe('none');
    // A tunnel's length is nothing the atlas computes: not judged, and said so.
    expect(check('Moscow and Beijing have a 5,799 km-long tunnel.')[0]).toMatchObject({ status: 'unchecked', verdict: 'the length of a tunnel, not checked' });
    expect(check('Moscow–Beijing is a 5,799 km flight.')[0]!.status).toBe('match');
  });

  it('a figure not framed as a distance between places is not flagged against the nearest pair', () => {
    const [c] = check('Moscow and Beijing were named. Volunteers dredged a 4-kilometre section of a canal and a path of 3 km.');
    expect(c).toMatchObject({ status: 'unchecked', verdict: 'the length of a canal section, not checked' });
    const [, d] = check('Moscow and Beijing were named. Volunteers dredged a 4-kilometre section of a canal and a path of 3 km.');
    expect(d).toMatchObject({ status: 'unchecked', verdict: 'not a distance between the article’s places, not checked' });
    expect(check('Moscow and Beijing were named. The trail is 1/2 mile long.')[0]?.verdict).toBe('0.5 mi = 0.8 km; not a distance between the article’s places, not checked');
  });

  it('reports the nearest figure when nothing explains the number', () => {
    const [c] = check('Moscow and Beijing are 1,234 km apart.');
    expect(c!.status).toBe('none');
    expect(c!.verdict).toMatch(/^no computed distance or length explains it \(nearest: /);
    const [f] = claimFeatures([c!]);
    expect(f!.properties.matches).toEqual([]);
    expect(f!.properties.computedKm).toBeUndefined();
  });

  it('"about" widens the tolerance to 5%', () => {
    const [c] = check('Moscow is about 6,100 km from Beijing.');
    expect(c!.status).toBe('match');
    expect(c!.best!.candidate.label).toBe('Moscow–Beijing');
    // Without "about", 6,100 is good to ±50 km: 300 km off is no match.
    expect(check('Moscow is 6,100 km from Beijing.')[0]!.status).toBe('none');
    // A round figure carries its own rounding: "6,000" covers 5,500–6,500.
    expect(check('Moscow is 6,000 km from Beijing.')[0]!.status).toBe('match');
  });

  it('miles are converted and say so', () => {
    // Moscow–Beijing 5,793 km = 3,600 statute miles, 3,128 nautical miles.
    const [mi] = check('Moscow is 3,600 miles from Beijing.');
    expect(mi!.status).toBe('match');
    expect(mi!.verdict).toMatch(/^3,600 mi = 5,793\.6 km: matches Moscow–Beijing/);
    const [nmi] = check('Moscow is 3,128 nautical miles from Beijing.');
    expect(nmi!.status).toBe('match');
    expect(nmi!.best!.candidate.label).toBe('Moscow–Beijing');
  });

  it('"more than" and "less than" are directional', () => {
    expect(check('Moscow is more than 5,000 km from Beijing.')[0]!.status).toBe('match');
    expect(check('Moscow is less than 6,000 km from Beijing.')[0]!.status).toBe('match');
    // Moscow–Pyongyang (6,413 km) is near but short of "more than 6,500": close, not a match.
    expect(check('Moscow is more than 6,500 km from Beijing.')[0]!.status).toBe('close');
    // 5,799 km is not "less than 4,000 km", nor what "more than 3,000 km" would say (93% more).
    expect(check('Moscow is less than 4,000 km from Beijing.')[0]!.status).toBe('none');
    expect(check('Moscow is more than 3,000 km from Beijing.')[0]!.status).toBe('none');
  });

  it('a country centroid is not a place to measure from', () => {
    const places = placesIn('Russia and the DPRK', [RUSSIA, DPRK]);
    expect(pairCandidates(places)).toEqual([]);
  });

  it('claim features follow the contract', () => {
    const text = 'Moscow and Beijing. 5799km';
    const places = placesIn(text, [MOSCOW, BEIJING]);
    const [f] = claimFeatures(checkClaims(findDistanceClaims(text), pairCandidates(places)));
    expect(f).toMatchObject({
      type: 'Feature',
      id: 'claim:5799km@20',
      geometry: null,
      properties: {
        kind: 'claim',
        name: '5799km',
        value: 5799,
        unit: 'km',
        matches: ['place:moscow', 'place:beijing'],
        model: 'web-sphere',
        mentions: [{ start: 20, end: 26, text: '5799km', excerpt: '5799km' }],
      },
    });
    expect(f!.properties.computedKm).toBeCloseTo(5799.645, 3);
  });

  it('a figure stated to 0.1 km under any model is traced back to that pair and model (property)', () => {
    const pos = fc.tuple(fc.double({ min: -179, max: 179, noNaN: true }), fc.double({ min: -80, max: 80, noNaN: true }));
    fc.assert(
      fc.property(pos, pos, fc.constantFrom('turfKm', 'webSphereKm', 'ellipsoidKm') , (a, b, key) => {
        const d = distanceModels(a, b);
        // Models must be told apart at 0.1 km, and the figure must not be tiny.
        fc.pre(d.turfKm > 200);
        const stated = d[key];
        const text = `Alpha and Beta are ${stated.toFixed(1)} km apart.`;
        const places = placesIn(text, [
          { id: 'place:alpha', name: 'Alpha', lon: a[0], lat: a[1], placeType: 'city' },
          { id: 'place:beta', name: 'Beta', lon: b[0], lat: b[1], placeType: 'city' },
        ]);
        const [c] = checkClaims(findDistanceClaims(text), pairCandidates(places));
        expect(c!.status).toBe('match');
        expect(c!.best!.candidate.ids).toEqual(['place:alpha', 'place:beta']);
        const model = { turfKm: 'turf', webSphereKm: 'web-sphere', ellipsoidKm: 'ellipsoid' }[key];
        // 0.1% tolerance may admit a neighbouring model; then it is Turf by rule, or the nearest.
        if (c!.alsoWithin.length === 0) expect(c!.best!.model).toBe(model);
      }),
      { numRuns: 200 },
    );
  });
});
