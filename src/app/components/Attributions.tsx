import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Data credits shown in the map's attribution control (constant text written by us, no article data). */
export const DATA_ATTRIBUTIONS = [
  'Countries: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain) via world-atlas',
  'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
  '<a href="https://github.com/mledoze/countries">world-countries</a> (ODbL)',
  'Borders: © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL)',
];

/**
 * Adds the data credits to Leaflet's attribution control for as long as the map is shown.
 * @example <MapContainer><Attributions /></MapContainer>
 */
export function Attributions() {
  const map = useMap();
  useEffect(() => {
    const control = map.attributionControl;
    for (const a of DATA_ATTRIBUTIONS) control.addAttribution(a);
    return () => {
      for (const a of DATA_ATTRIBUTIONS) control.removeAttribution(a);
    };
  }, [map]);
  return null;
}
