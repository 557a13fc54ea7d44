import { useMapEvents } from 'react-leaflet';

/**
 * A tap (or click) on the empty map closes any open tooltip. On a phone a tap on a marker opens its tooltip
 * and there is no pointer to leave the marker, so without this the tooltip would stay over the map, covering
 * the places a person wants to tap next, until another marker is tapped.
 * @example <MapContainer><TapAwayClosesTooltips /></MapContainer>
 */
export function TapAwayClosesTooltips() {
  const map = useMapEvents({
    click: (e) => {
      // A tap on a marker or a line reaches the map too; that tap is meant for the layer and its tooltip.
      const target = e.originalEvent.target as Element | null;
      if (target?.closest?.('.leaflet-interactive, .leaflet-tooltip, .leaflet-control')) return;
      map.eachLayer((layer) => {
        // isTooltipOpen() throws on a layer without a tooltip.
        if (layer.getTooltip()?.isOpen()) layer.closeTooltip();
      });
    },
  });
  return null;
}
