import L from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';

/**
 * A Leaflet control whose content React renders (through a portal into the returned element), so a map
 * button stacks with the map's other buttons instead of covering them. Clicks, double-clicks and wheel
 * turns on it are the control's, not the map's: no zoom, no closing of a spread group, no pin dropped.
 * @example const host = useMapControl('drop-pin'); return createPortal(<button>Drop a pin</button>, host);
 */
export function useMapControl(className: string, position: L.ControlPosition = 'topleft'): HTMLElement {
  const map = useMap();
  const [host] = useState(() => {
    const div = L.DomUtil.create('div', `leaflet-bar ${className}`);
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    return div;
  });
  useEffect(() => {
    const control = new L.Control({ position });
    control.onAdd = () => host;
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map, host, position]);
  return host;
}
