/**
 * Golden: the seed article through the whole pipeline (real geoparser, committed gazetteer and borders).
 * Nothing in the code knows the article; these are the figures its numbers must come out as (issue 4 §3).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadResourcesSync } from '../../../src/cli/resources';
import type { BorderFeature, ClaimFeature } from '../../../src/core/geojson/types';
import { analyzeArticle } from '../../../src/core/pipeline';

const text = readFileSync('seeds/000_b76ed577badf652c.txt', 'utf8');

describe('seed article: borders and claims', () => {
  const fc = analyzeArticle(text, loadResourcesSync(), { id: 'seed' });
  const claims = fc.features.filter((f): f is ClaimFeature => f.properties.kind === 'claim');
  const borders = fc.features.filter((f): f is BorderFeature => f.properties.kind === 'border');

  it('finds exactly the two distance figures, not "10 billion US dollars" or "35,000 citizens"', () => {
    expect(claims.map((c) => c.properties.name)).toEqual(['18km-long', '5799km']);
    for (const c of claims) {
      const m = c.properties.mentions[0]!;
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('5799km is Moscow–Beijing on the 6378.137 km sphere (5,799.6 km)', () => {
    const c = claims.find((f) => f.properties.name === '5799km')!.properties;
    expect(c.matches.slice(0, 2).sort()).toEqual(['place:beijing', 'place:moscow']);
    expect(c.model).toBe('web-sphere');
    expect(c.computedKm).toBeCloseTo(5799.6, 1);
    expect(c.verdict).toMatch(/^matches (Moscow–Beijing|Beijing–Moscow) on the 6378\.137 km sphere web maps use \(5,799\.6 km\)/);
  });

  it('"18km-long border" is the Russia–DPRK border from the data build (≈17.75 km by Turf)', () => {
    const c = claims.find((f) => f.properties.name === '18km-long')!.properties;
    expect(c.matches).toEqual(['border:prk-rus']);
    expect(c.model).toBe('turf');
    expect(c.computedKm).toBeGreaterThan(17);
    expect(c.computedKm).toBeLessThan(19);
    expect(borders.map((b) => b.id)).toEqual(['border:prk-rus']);
    expect(borders[0]!.properties.mentions.length).toBeGreaterThanOrEqual(1);
    for (const m of borders[0]!.properties.mentions) expect(m.text).toBe('border');
  });
});
