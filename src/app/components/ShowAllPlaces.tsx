import L from 'leaflet';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import type { PlaceFeature } from '../../core/geojson/types';
import { CLEAR_OF_CONTROLS } from '../lib/frame';
import { toLatLng } from '../lib/latlng';
import { useMapControl } from './useMapControl';

export interface ShowAllPlacesProps {
  places: readonly PlaceFeature[];
}

/**
 * A map button that fits the view to every place of the article — the first view frames where the story
 * happens and may leave a far-off passing mention outside.
 * @example <MapContainer><ShowAllPlaces places={places} /></MapContainer>
 */
export function ShowAllPlaces({ places }: ShowAllPlacesProps) {
  const map = useMap();
  const host = useMapControl('show-all-places');
  const showAll = () => {
    if (places.length === 0) return;
    map.fitBounds(L.latLngBounds(places.map((p) => toLatLng(p.geometry.coordinates))).pad(0.1), { ...CLEAR_OF_CONTROLS, animate: true, maxZoom: 6 });
  };
  return createPortal(
    <button type="button" className="show-all-button" title="Show all places" onClick={showAll} disabled={places.length === 0}>
      <span className="control-icon" aria-hidden="true">
        ⤢
      </span>
      <span className="control-text">Show all places</span>
    </button>,
    host,
  );
}
