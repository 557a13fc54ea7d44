/**
 * Possible journeys: the story reader's doubtful routes and visits, listed beside the collection's features
 * (`possibleJourneys`) and not drawn. A person who agrees with one promotes it: it moves into the features,
 * without its `certainty` and `doubt`, and is drawn and exported like any route.
 */
import type { AtlasCollection, EventFeature, RouteFeature } from '../../core/geojson/types';

export type PossibleJourney = RouteFeature | EventFeature;

/**
 * The collection's possible journeys (an empty list when there are none or the member is not a list).
 *
 * @example possibleJourneys(fc).map((j) => j.properties.doubt)
 */
export function possibleJourneys(collection: AtlasCollection | null | undefined): PossibleJourney[] {
  const list = collection?.possibleJourneys;
  return Array.isArray(list) ? list.filter((j) => j && typeof j === 'object' && j.properties && typeof j.properties.name === 'string') : [];
}

/**
 * The collection with the possible journey `id` promoted into its features; unchanged when no such journey.
 *
 * @example promoteJourney(fc, 'route:rod-stewart:ottawa-washington').features.at(-1)?.properties.certainty // undefined
 */
export function promoteJourney(collection: AtlasCollection, id: string): AtlasCollection {
  const list = possibleJourneys(collection);
  const chosen = list.find((j) => j.id === id);
  if (!chosen) return collection;
  const { certainty: _certainty, doubt: _doubt, ...properties } = chosen.properties;
  const promoted = { ...chosen, properties } as PossibleJourney;
  const rest = list.filter((j) => j !== chosen);
  const next: AtlasCollection = { ...collection, features: [...collection.features, promoted] };
  if (rest.length > 0) next.possibleJourneys = rest;
  else delete next.possibleJourneys;
  return next;
}
