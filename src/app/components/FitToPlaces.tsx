import L from 'leaflet';
import { memo, useLayoutEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { PlaceFeature, RouteFeature } from '../../core/geojson/types';
import { CLEAR_OF_CONTROLS, framedPlaces } from '../lib/frame';
import { toLatLng } from '../lib/latlng';

export interface FitToPlacesProps {
  places: readonly PlaceFeature[];
  /** The journeys: their ends weigh in the first view as where the story happens. */
  routes?: readonly RouteFeature[];
  /** Changes when a new article is shown; the view is fitted once per article. */
  articleKey: string;
}

/**
 * Fit the map view to where the article happens when the article changes (lib/frame: places weighed by
 * their mentions and journeys; a passing mention far away stays outside, a click on "Show all places" away).
 * @example <FitToPlaces places={places} routes={routes} articleKey={article.id} />
 */
export const FitToPlaces = memo(function FitToPlaces({ places, routes = [], articleKey }: FitToPlacesProps) {
  const map = useMap();
  // In the commit that shows the article, before the browser paints: the basemap's tiles for the article's
  // view are asked for at once (not a frame later, after tiles of the world view), and no frame shows the
  // article's markers on the world view first.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refit only when the article changes, not on every re-render of its places
  useLayoutEffect(() => {
    if (places.length === 0) return;
    const roles = new Map<string, number>();
    for (const r of routes) for (const id of [r.properties.from, r.properties.to]) roles.set(id, (roles.get(id) ?? 0) + 1);
    const kept = new Set(
      framedPlaces(
        places.map((p) => ({ id: p.id, position: p.geometry.coordinates, mentions: p.properties.mentions.length, storyRoles: roles.get(p.id) ?? 0 })),
      ),
    );
    const bounds = L.latLngBounds(places.filter((p) => kept.has(p.id)).map((p) => toLatLng(p.geometry.coordinates)));
    map.fitBounds(bounds.pad(0.15), { ...CLEAR_OF_CONTROLS, animate: false, maxZoom: 6 });
  }, [map, articleKey]);
  return null;
});
