/**
 * Where a place's tooltip opens on a narrow map. Leaflet's "auto" puts it left or right of the marker,
 * which on a phone-wide map runs off the edge for a marker near the middle. Markers in the left or right
 * third open away from the edge; the middle third opens above or below, whichever has more room. With the
 * tooltip at most 60 % of the map's width, it then fits across the map.
 */
export type TooltipDirection = 'left' | 'right' | 'top' | 'bottom';

/**
 * @example tooltipDirection({ x: 40, y: 300 }, { width: 390, height: 440 }) // → 'right'
 * @example tooltipDirection({ x: 195, y: 350 }, { width: 390, height: 440 }) // → 'top'
 */
export function tooltipDirection(marker: { x: number; y: number }, map: { width: number; height: number }): TooltipDirection {
  if (marker.x < map.width / 3) return 'right';
  if (marker.x > (map.width * 2) / 3) return 'left';
  return marker.y > map.height / 2 ? 'top' : 'bottom';
}
