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

/** Room kept between a phone's tooltip and the map's edge (px). */
export const TOOLTIP_EDGE_MARGIN = 4;

/**
 * How far to shift a tooltip sideways so it lies inside the map: a direction alone is not enough when the
 * marker sits near an edge or the tooltip is wider than expected (a long "Place, Division, Country" title).
 * Boxes are in the same screen coordinates; 0 when it already fits.
 * @example shiftIntoMap({ left: 200, right: 420 }, { left: 0, right: 390 }) // → -34
 */
export function shiftIntoMap(tooltip: { left: number; right: number }, map: { left: number; right: number }, margin = TOOLTIP_EDGE_MARGIN): number {
  const over = tooltip.right - (map.right - margin);
  if (over > 0) return Math.max(-over, map.left + margin - tooltip.left);
  return Math.max(0, map.left + margin - tooltip.left);
}
