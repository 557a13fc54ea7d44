/**
 * The words the explorer shows a reader for the distance models and verdicts: what a journalist would
 * say, not the library or the radius. The core's own labels stay in the GeoJSON; they are translated here.
 */
import { DISTANCE_MODELS, type DistanceModelId } from '../../core/geo/distance';

/** Each model in plain words, and a sentence for its tooltip. */
export const PLAIN_MODELS: Readonly<Record<DistanceModelId, { label: string; description: string }>> = {
  turf: { label: 'round Earth (average radius)', description: "A great circle on a sphere of the Earth's average radius (6,371 km), as Turf computes it." },
  'web-sphere': { label: 'sphere used by web maps', description: 'A great circle on the slightly larger sphere (6,378 km radius) that web maps such as Google or OpenStreetMap use.' },
  ellipsoid: { label: 'true Earth shape (most accurate)', description: 'The shortest path on the slightly flattened Earth (the WGS84 ellipsoid used by GPS), by GeographicLib.' },
};

/** The core's phrases for the models inside verdict sentences, each with its plain replacement. */
const PHRASES: [string, string][] = [
  ["on Turf's sphere (R 6371.0088 km)", `on a ${PLAIN_MODELS.turf.label}`],
  ['on the 6378.137 km sphere web maps use', `on the ${PLAIN_MODELS['web-sphere'].label}`],
  ['on the WGS84 ellipsoid', `on the ${PLAIN_MODELS.ellipsoid.label}`],
  ...(Object.keys(DISTANCE_MODELS) as DistanceModelId[]).map((id): [string, string] => [DISTANCE_MODELS[id].label, PLAIN_MODELS[id].label]),
];

/**
 * A model label or verdict sentence from the core, with the models named in plain words.
 * @example plainModelWords('matches Moscow–Beijing on the 6378.137 km sphere web maps use (5,799.6 km)')
 * // → 'matches Moscow–Beijing on the sphere used by web maps (5,799.6 km)'
 */
export function plainModelWords(text: string): string {
  let out = text;
  for (const [from, to] of PHRASES) out = out.split(from).join(to);
  return out;
}

/** A claim's verdict as a badge: what the check found, in words. */
export const VERDICT_WORDS = {
  match: 'checks out',
  close: 'nearly right',
  none: 'does not check out',
  // A river section or a trail: not a distance between the article's places, so not judged.
  unchecked: 'not checked',
} as const;
