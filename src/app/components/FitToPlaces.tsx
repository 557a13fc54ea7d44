import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { PlaceFeature } from '../../core/geojson/types';
import { toLatLng } from '../lib/latlng';

export interface FitToPlacesProps {
  places: readonly PlaceFeature[];
  /** Changes when a new article is shown; the view is fitted once per article. */
  articleKey: string;
}

/**
 * Fit the map view to an article's places when the article changes.
 * @example <FitToPlaces places={places} articleKey={article.id} />
 */
export function FitToPlaces({ places, articleKey }: FitToPlacesProps) {
  const map = useMap();
  // biome-ignore lint/correctness/useExhaustiveDependencies: refit only when the article changes, not on every re-render of its places
  useEffect(() => {
    if (places.length === 0) return;
    const bounds = L.latLngBounds(places.map((p) => toLatLng(p.geometry.coordinates)));
    map.fitBounds(bounds.pad(0.15), { animate: false, maxZoom: 6 });
  }, [map, articleKey]);
  return null;
}
