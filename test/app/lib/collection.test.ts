import { describe, expect, it } from 'vitest';
import { mapLayers, readCollection } from '../../../src/app/lib/collection';
import { countryName, formatKm } from '../../../src/app/lib/format';
import { nextPicks } from '../../../src/app/lib/picks';
import { markerClassOf } from '../../../src/app/lib/placeStyle';

const place = (id: string, coordinates: unknown, mentions: unknown[] = []) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: { kind: 'place', name: id, mentions, placeType: 'city', countryCode: 'RU' },
});

describe('readCollection', () => {
  it('rejects what is not a FeatureCollection with a message', () => {
    for (const v of [null, 1, 'x', [], { type: 'Point', coordinates: [0, 0] }, { type: 'FeatureCollection' }]) {
      const r = readCollection(v);
      expect(r.ok).toBe(false);
    }
  });
  it('drops undrawable features and out-of-range mentions, keeps the rest', () => {
    const r = readCollection({
      type: 'FeatureCollection',
      article: { title: 'T', text: 'In Moscow.' },
      features: [
        place('ok', [37.6, 55.7], [{ start: 3, end: 9, text: 'Moscow', excerpt: 'In Moscow.' }, { start: 3, end: 99, text: 'x', excerpt: '' }]),
        place('bad', ['a', 1]),
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [[0, 0]] }, properties: { kind: 'route', name: 'r' } },
        'junk',
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.features.map((f) => f.id)).toEqual(['ok']);
    expect(r.value.features[0]!.properties.mentions).toHaveLength(1);
    expect(mapLayers(r.value).places).toHaveLength(1);
  });
  it('gives defaults for a missing article', () => {
    const r = readCollection({ type: 'FeatureCollection', features: [] });
    expect(r.ok && r.value.article).toMatchObject({ title: 'Untitled article', text: '' });
  });
});

describe('small helpers', () => {
  it('nextPicks: click one, then another; a third click starts again', () => {
    expect(nextPicks([], 'a')).toEqual(['a']);
    expect(nextPicks(['a'], 'a')).toEqual(['a']);
    expect(nextPicks(['a'], 'b')).toEqual(['a', 'b']);
    expect(nextPicks(['a', 'b'], 'c')).toEqual(['c']);
  });
  it('markerClassOf groups place types into the legend kinds: a state is a division, a county a county, a sea water', () => {
    const types = ['capital', 'city', 'town', 'village', 'landmark', 'region', 'continent', 'water', 'admin1', 'admin2', 'country'];
    expect(types.map(markerClassOf)).toEqual([
      'capital', 'city', 'city', 'village', 'village', 'region', 'region', 'water', 'division', 'county', 'country',
    ]);
  });
  it('formats km and country names', () => {
    expect(formatKm(5793.03)).toBe('5,793 km');
    expect(countryName('KP')).toMatch(/Korea/);
    expect(countryName('')).toBe('');
    expect(countryName('<b>')).toBe('');
  });
});
