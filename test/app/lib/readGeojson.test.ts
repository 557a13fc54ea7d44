import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeLeftOut, readGeojson } from '../../../src/app/lib/collection';
import { classifyBytes, classifyText } from '../../../src/app/lib/input';
import { safeColor } from '../../../src/app/lib/otherFeatures';

const seedText = readFileSync(join(import.meta.dirname, '../../../data/seed.geojson'), 'utf8');
/** A fresh copy of the seed's own export, to damage one value of. */
const seed = () => JSON.parse(seedText) as { article: Record<string, unknown>; features: { id: string; geometry: unknown; properties: Record<string, unknown> }[] };
const enc = (s: string) => new TextEncoder().encode(s);

function opened(value: unknown) {
  const r = readGeojson(value);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Damage the first feature of a kind in the seed; the reader must leave out exactly that one, with a reason. */
function damaged(kind: string, damage: (f: { geometry: unknown; properties: Record<string, unknown> }) => void) {
  const fc = seed();
  const f = fc.features.find((x) => x.properties.kind === kind)!;
  damage(f);
  const out = opened(fc);
  expect(out.leftOut.map((l) => l.id)).toEqual([f.id]);
  expect(out.collection.features).toHaveLength(fc.features.length - 1);
  return out.leftOut[0]!.reason;
}

describe('readGeojson: the seed', () => {
  it('keeps every feature of the seed, with no report', () => {
    const out = opened(seed());
    expect(out.collection.features).toHaveLength(seed().features.length);
    expect(out.leftOut).toEqual([]);
    expect(out.notes).toEqual([]);
    expect(out.others).toEqual([]);
  });
});

describe('readGeojson: the issue’s one-line examples', () => {
  it('drops an article field of the wrong type and says so', () => {
    for (const field of ['byline', 'published', 'title', 'text']) {
      const out = opened({ type: 'FeatureCollection', article: { [field]: {} }, features: [] });
      expect(out.collection.article[field as 'byline']).not.toEqual({});
      expect(out.notes.join()).toContain(field);
    }
    const v = classifyText('{"type":"FeatureCollection","article":{"byline":{}},"features":[]}');
    expect(v).toEqual({ kind: 'error', message: 'The file has no features and no article text.' });
  });
  it('leaves out a claim whose verdict is not text, and a route whose status is "__proto__"', () => {
    expect(damaged('claim', (f) => { f.properties.verdict = {}; })).toMatch(/verdict/);
    expect(damaged('route', (f) => { f.properties.status = '__proto__'; })).toMatch(/status/);
  });
  it('leaves out an event Point with ["NaN","NaN"] or [[],[]]', () => {
    const point = (coordinates: unknown) => (f: { geometry: unknown }) => {
      f.geometry = { type: 'Point', coordinates };
    };
    expect(damaged('event', point(['NaN', 'NaN']))).toBe('coordinates are not numbers');
    expect(damaged('event', point([[], []]))).toBe('coordinates are not numbers');
  });
  it('leaves out a route with [[0,200],[10,10]] as out of range', () => {
    expect(damaged('route', (f) => { f.geometry = { type: 'LineString', coordinates: [[0, 200], [10, 10]] }; })).toBe('coordinates out of range');
  });
  it('leaves out what the seed’s export holds with a wrong type', () => {
    expect(damaged('route', (f) => { f.properties.actors = 'x'; })).toMatch(/^actors /);
    expect(damaged('event', (f) => { f.properties.participants = 'x'; })).toMatch(/^participants /);
    expect(damaged('route', (f) => { (f.properties.date as Record<string, unknown>).label = 5; })).toMatch(/^date\.label /);
    expect(damaged('claim', (f) => { f.properties.differenceKm = '1.2'; })).toMatch(/^differenceKm /);
    expect(damaged('claim', (f) => { delete f.properties.matches; })).toMatch(/^matches /);
  });
  it('keeps a place’s division and country names as text, and leaves out a place whose names are not text', () => {
    const withNames = opened(seed()).collection.features.find((f) => f.properties.kind === 'place' && 'admin1Name' in f.properties);
    expect(withNames?.properties).toMatchObject({ admin1Name: expect.any(String), countryName: expect.any(String) });
    expect(damaged('place', (f) => { f.properties.admin1Name = 5; })).toMatch(/^admin1Name /);
    expect(damaged('place', (f) => { f.properties.countryName = ['Russia']; })).toMatch(/^countryName /);
  });
  it('reports null geometries, latitude 200 and broken features instead of dropping or drawing them silently', () => {
    const fc = seed();
    const places = fc.features.filter((f) => f.properties.kind === 'place').slice(0, 6);
    places[0]!.geometry = null;
    places[1]!.geometry = { type: 'Point', coordinates: [10, 200] };
    fc.features = [...places, 'junk' as never, { type: 'Feature' } as never];
    const v = classifyBytes(enc(JSON.stringify(fc)), 'x.geojson');
    expect(v.kind).toBe('geojson');
    if (v.kind !== 'geojson') return;
    expect(v.collection.features).toHaveLength(4);
    expect(v.report).toMatch(/^4 features left out: feature 1 \(place:[a-z-]+\), .*; feature 2 \(place:[a-z-]+\), coordinates out of range; feature 7, not a GeoJSON Feature; feature 8, no geometry\./);
  });
  it('refuses pasted JSON that is malformed instead of mapping it as text', () => {
    const v = classifyText('{"type": "FeatureCollection", "features": [');
    expect(v.kind).toBe('error');
    expect(classifyText('{Note} Moscow said…').kind).toBe('text');
  });
  it('names the first invalid UTF-8 byte', () => {
    const latin1 = new Uint8Array([0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f]); // "São Paulo" in Latin-1
    expect(classifyBytes(latin1, 'a.txt')).toEqual({ kind: 'error', message: 'The file is not UTF-8 text: invalid byte 0xe3 at byte offset 1.' });
  });
});

describe('readGeojson: inherited names as keys', () => {
  it('reads an article whose members are named toString, valueOf or hasOwnProperty (found by the property test)', () => {
    const out = opened({ type: 'FeatureCollection', article: { toString: 'x', valueOf: {}, hasOwnProperty: 1, text: 'In Moscow.' }, features: [] });
    expect(out.collection.article.text).toBe('In Moscow.');
    expect((out.collection.article as unknown as Record<string, unknown>).valueOf).toEqual({});
  });
});

describe('readGeojson: repeated ids', () => {
  it('keeps a feature whose id was used before, under a new id, and says so', () => {
    const fc = seed();
    const places = fc.features.filter((f) => f.properties.kind === 'place').slice(0, 3);
    places[1]!.id = places[0]!.id;
    places[2]!.id = places[0]!.id;
    fc.features = places;
    const out = opened(fc);
    expect(out.collection.features.map((f) => f.id)).toEqual([places[0]!.id, `${places[0]!.id}~2`, `${places[0]!.id}~3`]);
    expect(out.notes).toEqual(['2 features with an id used before renamed (id~2, …)']);
  });
});

describe('readGeojson: prototype keys and unknown properties', () => {
  it('keeps unknown properties as data and never lets __proto__ change an object', () => {
    const text = '{"type":"FeatureCollection","__proto__":{"polluted":1},"article":{"text":"x","__proto__":{"polluted":1}},"features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"__proto__":{"polluted":1},"constructor":"c","custom":"keep me"}}]}';
    const out = opened(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((out.collection as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect((out.collection.article as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(out.others[0]!.properties.custom).toBe('keep me');
    expect(Object.getPrototypeOf(out.others[0]!.properties)).toBeNull();
  });
});

describe('readGeojson: any GeoJSON', () => {
  const foreign = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [2.35, 48.86] }, properties: { name: 'Paris', description: '<b>capital</b>', 'marker-color': '#ff0000' } },
      { type: 'Feature', id: 7, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] }, properties: { title: 'A road', stroke: 'url(http://evil.example/x)' } },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, properties: { Name: 'Field', fill: 'teal', 'fill-opacity': 0.5 } },
      { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] }, properties: null },
    ],
  };
  it('shows points, lines and polygons of another tool with their names, as text, and only safe colours', () => {
    const v = classifyText(JSON.stringify(foreign));
    expect(v.kind).toBe('geojson');
    if (v.kind !== 'geojson') return;
    expect(v.report).toBe('');
    expect(v.collection.features).toEqual([]);
    expect(v.others.map((o) => [o.id, o.name, o.description, o.style])).toEqual([
      ['other:1', 'Paris', '<b>capital</b>', { markerColor: '#ff0000' }],
      ['7', 'A road', '', {}],
      ['other:3', 'Field', '', { fill: 'teal', fillOpacity: 0.5 }],
      ['other:4', '', '', {}],
    ]);
  });
  it('opens a lone Feature', () => {
    expect(opened(foreign.features[0]).others).toHaveLength(1);
  });
  it('draws a foreign feature whose "kind" means something else, but not in the app’s own files', () => {
    const f = { type: 'Feature', geometry: { type: 'Point', coordinates: [1, 1] }, properties: { kind: 'place', name: 'Shop' } };
    expect(opened({ type: 'FeatureCollection', features: [f] }).others).toHaveLength(1);
    const own = opened({ type: 'FeatureCollection', article: { text: 'x' }, features: [f] });
    expect(own.others).toHaveLength(0);
    expect(own.leftOut[0]!.reason).toMatch(/placeType/);
  });
  it('accepts only safe colour values', () => {
    expect(['#abc', 'ABCDEF', ' red ', 'RebeccaPurple'].map(safeColor)).toEqual(['#abc', '#abcdef', 'red', 'rebeccapurple']);
    expect(['url(x)', 'red;background:url(x)', 'expression(alert(1))', 'var(--x)', '#ggg', 5, null].map(safeColor)).toEqual(Array(7).fill(null));
  });
});

describe('describeLeftOut', () => {
  it('lists five and counts the rest, escaping control characters', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ position: i + 1, reason: 'no geometry' }));
    expect(describeLeftOut(many)).toBe(
      '8 features left out: feature 1, no geometry; feature 2, no geometry; feature 3, no geometry; feature 4, no geometry; feature 5, no geometry; and 3 more.',
    );
    const out = opened({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 'a\u001b[31m\u202eb', geometry: null }] });
    expect(describeLeftOut(out.leftOut)).toBe('1 feature left out: feature 1 (a\\u{1b}[31m\\u{202e}b), no geometry.');
  });
});
