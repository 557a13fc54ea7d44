/**
 * Distances between two [lon, lat] positions under the three models the product names with every figure
 * (README, "Stories and numbers"): Turf's sphere, the 6378.137 km sphere web maps use, and the WGS84 ellipsoid.
 *
 * Turf does the spherical maths; GeographicLib (Karney's algorithm) does the ellipsoid. No hand-written
 * haversine: the web-map sphere reuses Turf's central angle and only changes the radius.
 */
import { distance as turfDistance } from '@turf/distance';
import geodesic from 'geographiclib-geodesic';

/** A [lon, lat] position in degrees (RFC 7946 order). */
export type LonLat = [number, number] | readonly [number, number];

export type DistanceModelId = 'turf' | 'web-sphere' | 'ellipsoid';

/** A named distance model, so every figure can be shown with the model that produced it. */
export interface DistanceModel {
  id: DistanceModelId;
  /** Short label for a figure, e.g. "Turf sphere (R 6371.0088 km)". */
  label: string;
  /** One sentence on what the model is and who uses it. */
  description: string;
}

/** Turf's mean Earth radius (IUGG mean radius R1), km — the radius `@turf/distance` uses. */
export const TURF_RADIUS_KM = 6371.0088;
/** WGS84 semi-major axis, km — the sphere radius of Web Mercator tools (Leaflet's `CRS.Earth`, Google). */
export const WEB_SPHERE_RADIUS_KM = 6378.137;

export const DISTANCE_MODELS: Readonly<Record<DistanceModelId, DistanceModel>> = {
  turf: {
    id: 'turf',
    label: 'Turf sphere (R 6371.0088 km)',
    description: "Great circle on a sphere of the Earth's mean radius, as computed by Turf.",
  },
  'web-sphere': {
    id: 'web-sphere',
    label: '6378.137 km sphere (web maps)',
    description: 'Great circle on a sphere of the WGS84 equatorial radius, the sphere Web Mercator maps use.',
  },
  ellipsoid: {
    id: 'ellipsoid',
    label: 'WGS84 ellipsoid (GeographicLib)',
    description: "Geodesic on the WGS84 ellipsoid by Karney's algorithm — the reference figure.",
  },
};

/** The three models in display order. */
export const DISTANCE_MODEL_IDS: readonly DistanceModelId[] = ['turf', 'web-sphere', 'ellipsoid'];

export interface DistanceFigures {
  /** Turf sphere, R 6371.0088 km. */
  turfKm: number;
  /** Sphere of R 6378.137 km (web maps). */
  webSphereKm: number;
  /** WGS84 ellipsoid, GeographicLib. */
  ellipsoidKm: number;
}

/** Maps a model id to the matching field of {@link DistanceFigures}. */
export const FIGURE_KEY: Readonly<Record<DistanceModelId, keyof DistanceFigures>> = {
  turf: 'turfKm',
  'web-sphere': 'webSphereKm',
  ellipsoid: 'ellipsoidKm',
};

/** True when the position is a pair of finite numbers with |lat| ≤ 90. */
export function isLonLat(p: unknown): p is [number, number] {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1]) &&
    Math.abs(p[1] as number) <= 90
  );
}

/**
 * Central angle between two positions, in radians, as Turf computes it (Turf's distance in radians).
 *
 * @example centralAngle([0, 0], [180, 0]) // ≈ Math.PI
 */
export function centralAngle(a: LonLat, b: LonLat): number {
  return turfDistance([a[0], a[1]], [b[0], b[1]], { units: 'radians' });
}

/**
 * WGS84 ellipsoid distance in km (GeographicLib `Inverse`, Karney's algorithm; exact to nanometres).
 *
 * @example ellipsoidKm([37.61556, 55.75222], [116.39723, 39.9075]) // ≈ 5808.5
 */
export function ellipsoidKm(a: LonLat, b: LonLat): number {
  const r = geodesic.Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0], geodesic.Geodesic.DISTANCE);
  return (r.s12 ?? Number.NaN) / 1000;
}

/**
 * The distance between two [lon, lat] positions under all three models, in km.
 * Throws a clear error for a non-numeric or out-of-range position instead of returning NaN silently.
 *
 * @example
 * distanceModels([37.61556, 55.75222], [116.39723, 39.9075])
 * // → { turfKm: 5793.0…, webSphereKm: 5799.6…, ellipsoidKm: 5808.5… }  (Moscow–Beijing)
 */
export function distanceModels(a: LonLat, b: LonLat): DistanceFigures {
  if (!isLonLat(a) || !isLonLat(b)) {
    throw new RangeError(`distanceModels: expected [lon, lat] pairs, got ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
  }
  const radians = centralAngle(a, b);
  return {
    turfKm: turfDistance([a[0], a[1]], [b[0], b[1]], { units: 'kilometers' }),
    webSphereKm: radians * WEB_SPHERE_RADIUS_KM,
    ellipsoidKm: ellipsoidKm(a, b),
  };
}

/**
 * Formats a km figure the way the product shows it: thousands separators, one decimal under 10,000 km
 * when asked, and the model label.
 *
 * @example formatKm(5799.63, 'web-sphere') // "5,799.6 km (6378.137 km sphere (web maps))"
 */
export function formatKm(km: number, model?: DistanceModelId, decimals = 1): string {
  const n = km.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return model ? `${n} km (${DISTANCE_MODELS[model].label})` : `${n} km`;
}
