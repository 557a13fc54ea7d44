/**
 * Possible journeys: the story reader's doubtful routes and visits, listed beside the collection's features
 * (`possibleJourneys`) and not drawn. A person who agrees with one promotes it with a `promote-journey` edit
 * (src/core/edits): it is then drawn and exported like any route.
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
