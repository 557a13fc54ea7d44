/**
 * What each export writes, read back with independent parsers (papaparse for CSV, @tmcw/togeojson for
 * KML and GPX, an XML DOM for the styles), on a small original collection with hostile names.
 */
import { gpx as gpxToGeojson, kml as kmlToGeojson } from '@tmcw/togeojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, PLACE_COLUMNS, placesCsv, STORY_COLUMNS, storyCsv } from '../../../../src/app/lib/export/csv';
import { gisLayers } from '../../../../src/app/lib/export/gisLayers';
import { buildGpx } from '../../../../src/app/lib/export/gpx';
import { buildKml, kmlColor } from '../../../../src/app/lib/export/kml';
import { BASEMAP_PLACEHOLDER, embedJson, extractPageData, fillPage, PAGE_PLACEHOLDER } from '../../../../src/app/lib/export/pageData';
import { cleanText, safeColor } from '../../../../src/app/lib/export/tables';
import { LINE_COLORS, MARKER_STYLES } from '../../../../src/app/lib/placeStyle';
import { greatCircleArc } from '../../../../src/core/geo/greatCircle';
import type { AtlasCollection } from '../../../../src/core/geojson/types';
import { nodeXml } from '../../../support/nodeXml';

const xml = nodeXml();

const text = 'Talks in Oslo ended; the envoy then flew from Oslo to Quito.';
const collection: AtlasCollection = {
  type: 'FeatureCollection',
  article: { id: 'a', title: 'Envoy <b>flies</b> & talks', text },
  features: [
    {
      type: 'Feature',
      id: 'place:oslo',
      geometry: { type: 'Point', coordinates: [10.74609, 59.91273] },
      properties: {
        kind: 'place',
        name: 'Oslo',
        mentions: [{ start: 9, end: 13, text: 'Oslo', excerpt: 'Talks in Oslo ended; the envoy then flew from Oslo to Quito.' }],
        placeType: 'capital',
        countryCode: 'NO',
        admin1Name: 'Oslo County',
        countryName: 'Norway',
        gazetteer: { source: 'geonames', id: '3143244' },
        confidence: 0.95,
        candidates: [],
        reference: 'literal',
      },
    },
    {
      type: 'Feature',
      id: 'place:evil',
      geometry: { type: 'Point', coordinates: [-78.52495, -0.22985] },
      properties: {
        kind: 'place',
        name: '=HYPERLINK("x")<img src=x onerror=alert(1)>\u0007]]>',
        mentions: [{ start: 54, end: 59, text: 'Quito', excerpt: '<script>alert(1)</script> Quito' }],
        placeType: 'town',
        countryCode: 'EC',
        gazetteer: { source: 'geonames', id: '3652462' },
        confidence: 0.9,
        candidates: [],
        reference: 'literal',
        'marker-color': 'red;background:url(javascript:alert(1))',
      },
    },
    {
      type: 'Feature',
      id: 'route:envoy:oslo-quito',
      geometry: greatCircleArc([10.74609, 59.91273], [-78.52495, -0.22985], { split: true, npoints: 12 }),
      properties: {
        kind: 'route',
        name: 'Envoy: Oslo → Quito',
        mentions: [{ start: 21, end: 60, text: 'the envoy then flew from Oslo to Quito.', excerpt: text }],
        from: 'place:oslo',
        to: 'place:evil',
        actors: ['Envoy'],
        date: { start: '2024-03-04', label: 'Monday', precision: 'day' },
        status: 'planned',
        distanceKm: 9876.54,
        ellipsoidKm: 9890.1,
        confidence: 0.7,
      },
    },
  ],
};

describe('CSV', () => {
  it('places: BOM, the documented columns, one row per place, formulas kept as text', () => {
    const csv = placesCsv(collection);
    expect(csv.startsWith(BOM)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...PLACE_COLUMNS]);
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[0]).toMatchObject({ name: 'Oslo', latitude: '59.91273', longitude: '10.74609', type: 'capital', division: 'Oslo County', country: 'Norway', geonames_id: '3143244', mentions: '1' });
    // A place with no division named (a file from elsewhere) leaves the cell empty; its country comes from its code.
    expect(parsed.data[1]).toMatchObject({ division: '', country: 'Ecuador' });
    // A spreadsheet would run a cell starting with '=': it is written as text; the bell character is gone.
    expect(parsed.data[1]!.name).toBe(`'=HYPERLINK("x")<img src=x onerror=alert(1)>]]>`);
  });

  it('journeys: traveller, from, to, status, date and distance, with both ends', () => {
    const parsed = Papa.parse<Record<string, string>>(storyCsv(collection).slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...STORY_COLUMNS]);
    expect(parsed.data[0]).toMatchObject({ kind: 'journey', traveller: 'Envoy', from: 'Oslo', status: 'planned', date: '2024-03-04', distance_km: '9876.5', from_latitude: '59.91273', to_longitude: '-78.52495' });
  });
});

describe('KML', () => {
  const { kml, filename } = buildKml(collection, xml);
  const doc = xml.parse(kml);

  it('is named after the article and reads back with togeojson', () => {
    expect(filename).toBe('envoy-b-flies-b-talks.kml');
    const fc = kmlToGeojson(doc);
    expect(fc.features.map((f) => f.properties?.name)).toEqual(['Oslo', '=HYPERLINK("x")<img src=x onerror=alert(1)>]]>', 'Envoy: Oslo → Quito']);
  });

  it("styles each placemark in the map's colour, and never with a colour taken from the file", () => {
    const fc = kmlToGeojson(doc);
    const capital = MARKER_STYLES.capital.color;
    expect(fc.features[0]!.properties?.['icon-color']).toBe(capital);
    expect(fc.features[1]!.properties?.['icon-color']).toBe(MARKER_STYLES.city.color);
    expect(fc.features[2]!.properties?.stroke).toBe(LINE_COLORS.route);
    // Planned journeys are drawn fainter.
    expect(fc.features[2]!.properties?.['stroke-opacity']).toBeCloseTo(0.7, 2);
    expect(kml).not.toContain('javascript');
    // XML forbids "]]>" in text; browsers refuse the whole file if it is there.
    expect(kml).not.toContain(']]>');
    expect(doc.getElementsByTagName('Style').length).toBe(3);
  });

  it('escapes descriptions for viewers that read them as HTML', () => {
    const description = kmlToGeojson(doc).features[1]!.properties?.description as string;
    expect(description).not.toContain('<script>');
    expect(description).toContain('&#60;script&#62;');
  });

  it('writes colours as aabbggrr', () => {
    expect(kmlColor('#b3261e', 1)).toBe('ff1e26b3');
    expect(kmlColor('#0b57d0', 0.7)).toBe('b3d0570b');
  });
});

describe('GPX', () => {
  it('has a track per journey and a waypoint per place, read back by togeojson', () => {
    const { gpx } = buildGpx(collection, xml);
    const fc = gpxToGeojson(xml.parse(gpx));
    const track = fc.features.find((f) => f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString');
    expect(track?.properties?.name).toBe('Envoy: Oslo → Quito');
    expect(track?.properties?.desc).toMatch(/^planned, Monday — 9876.5 km — Talks in Oslo/);
    const points = fc.features.filter((f) => f.geometry?.type === 'Point');
    expect(points.map((p) => p.properties?.name)).toEqual(['Oslo', '=HYPERLINK("x")<img src=x onerror=alert(1)>]]>']);
    expect(gpx).toContain('creator="news-atlas"');
  });
});

describe('GIS layers', () => {
  it('writes places and routes as separate layers of one geometry type each', () => {
    const layers = gisLayers(collection);
    expect(layers.map((l) => [l.name, [...new Set(l.collection.features.map((f) => f.geometry.type))]])).toEqual([
      ['places', ['Point']],
      ['routes', ['MultiLineString']],
    ]);
    expect(layers[0]!.filename).toBe('envoy-b-flies-b-talks.places.geojson');
  });

  it('adds the countries the article names as areas when given their shapes', () => {
    const square = { type: 'MultiPolygon' as const, coordinates: [[[[5, 58], [11, 58], [11, 62], [5, 62], [5, 58]]]] };
    const withCountry: AtlasCollection = {
      ...collection,
      features: [...collection.features, { ...collection.features[0]!, id: 'place:norway', properties: { ...(collection.features[0]!.properties as object), name: 'Norway', placeType: 'country', iso3: 'NOR' } } as AtlasCollection['features'][number]],
    };
    const areas = gisLayers(withCountry, [
      { properties: { name: 'Norway', cca2: 'NO', cca3: 'NOR' }, geometry: square },
      { properties: { name: 'Sweden', cca2: 'SE', cca3: 'SWE' }, geometry: square },
    ]).find((l) => l.name === 'areas');
    expect(areas?.collection.features.map((f) => f.properties.name)).toEqual(['Norway']);
  });
});

describe('safe text', () => {
  it('drops control characters and caps length; colours must be #rrggbb', () => {
    expect(cleanText('a\u0000b\u001Fc\r\nd')).toBe('abc\nd');
    expect(cleanText('x'.repeat(5000))).toHaveLength(2000);
    expect(safeColor('#ABCDEF', '#000000')).toBe('#abcdef');
    expect(safeColor('red;background:url(x)', '#000000')).toBe('#000000');
  });

  it('embeds JSON in a page so no text can end the script element', () => {
    const hostile = { name: '</script><script>alert(1)</script><!--', amp: '&', ls: '\u2028' };
    const json = embedJson(hostile);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(hostile);
    const page = fillPage(`<script type="application/json" id="atlas-data">${PAGE_PLACEHOLDER}</script><script id="atlas-basemap">${BASEMAP_PLACEHOLDER}</script>`, { collection: { text: '$& $1 $$' } }, {});
    expect(extractPageData(page)).toEqual({ ok: true, value: { text: '$& $1 $$' } });
  });
});
