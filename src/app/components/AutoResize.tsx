import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Tell Leaflet when its container changes size (the side panel fills in, the window narrows): Leaflet only
 * watches window resizes, and a stale size leaves parts of the map undrawn.
 * @example <MapContainer><AutoResize /></MapContainer>
 */
export function AutoResize() {
  const map = useMap();
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => map.invalidateSize({ debounceMoveend: true }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}
