/**
 * US states and counties from us-atlas (U.S. Census Bureau cartographic boundaries, public domain):
 * a point per polygon (Turf's centre of mass) and the postal code of each state, found by asking which
 * state polygon holds GeoNames' US cities (their admin1 is the postal code) — so no hand-made FIPS table.
 */
import { createRequire } from 'node:module';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centerOfMass from '@turf/center-of-mass';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface UsArea {
  ref: string;
  name: string;
  lat: number;
  lon: number;
  /** Postal code of the state. */
  state: string;
  kind: 'state' | 'county';
}

type Area = Feature<Polygon | MultiPolygon, { name: string }>;

function areas(topologyFile: string, object: string): Area[] {
  const require = createRequire(import.meta.url);
  const topo = require(topologyFile) as Topology;
  const fc = feature(topo, topo.objects[object] as GeometryCollection<{ name: string }>);
  return (fc as unknown as { features: Area[] }).features;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function readUsAreas(usCities: Array<{ lat: number; lon: number; admin1: string }>): UsArea[] {
  const states = areas('us-atlas/states-10m.json', 'states');
  const counties = areas('us-atlas/counties-10m.json', 'counties');
  const postalByFips = new Map<string, string>();
  for (const state of states) {
    const votes = new Map<string, number>();
    for (const city of usCities) {
      if (booleanPointInPolygon([city.lon, city.lat], state)) votes.set(city.admin1, (votes.get(city.admin1) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    if (best) postalByFips.set(String(state.id), best[0]);
  }
  const out: UsArea[] = [];
  for (const state of states) {
    const postal = postalByFips.get(String(state.id));
    if (!postal) continue;
    const [lon, lat] = centerOfMass(state).geometry.coordinates as [number, number];
    out.push({ ref: `us-atlas:state-${state.id}`, name: state.properties.name, lat: round(lat), lon: round(lon), state: postal, kind: 'state' });
  }
  for (const county of counties) {
    const fips = String(county.id);
    const postal = postalByFips.get(fips.slice(0, 2));
    if (!postal || postal === 'AK') continue;
    // Virginia's independent cities (county FIPS 510 and above) are cities, which GeoNames already has.
    if (postal === 'VA' && Number(fips.slice(2)) >= 510) continue;
    const suffix = postal === 'LA' ? 'Parish' : 'County';
    const [lon, lat] = centerOfMass(county).geometry.coordinates as [number, number];
    out.push({
      ref: `us-atlas:county-${fips}`,
      name: `${county.properties.name} ${suffix}`,
      lat: round(lat),
      lon: round(lon),
      state: postal,
      kind: 'county',
    });
  }
  return out.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}
