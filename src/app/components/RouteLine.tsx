import L from 'leaflet';
import { memo, useMemo } from 'react';
import { Marker, Polyline, Tooltip } from 'react-leaflet';
import { DISTANCE_MODELS, distanceModels } from '../../core/geo/distance';
import type { RouteFeature } from '../../core/geojson/types';
import { arcMiddle, drawableArc, screenAngle } from '../lib/arc';
import { routeArrowElement } from '../lib/domIcon';
import { formatKm, formatStoryDate } from '../lib/format';
import { lineToLatLngs, toLatLng } from '../lib/latlng';
import { LINE_COLORS } from '../lib/placeStyle';

export interface RouteLineProps {
  route: RouteFeature;
  /** Where along the arc the arrow and label sit (0–1); routes between the same places get different spots. */
  at?: number;
  /** Drawn heavier when chosen (on the map or in the timeline). */
  selected?: boolean;
  /** Clicking the arc chooses the route: its sentences are highlighted in the article. */
  onSelect?: (id: string) => void;
}

/**
 * A route as a great-circle arc from its first to its last position, with a direction arrow and its
 * distance (Turf model) at the middle; dashed unless it happened. Arcs that cross the antimeridian are
 * unwrapped, and a copy is drawn one world over so both ends meet their markers.
 * @example <RouteLine route={route} />
 */
export const RouteLine = memo(function RouteLine({ route, at = 0.5, selected = false, onSelect }: RouteLineProps) {
  const p = route.properties;
  const planned = p.status !== 'happened';
  const drawn = useMemo(() => {
    const coords = route.geometry.type === 'LineString' ? route.geometry.coordinates : route.geometry.coordinates.flat();
    const a = coords[0]!;
    const b = coords[coords.length - 1]!;
    const arc = drawableArc(a, b);
    const figures = distanceModels([a[0]!, a[1]!], [b[0]!, b[1]!]);
    const { position, index } = arcMiddle(arc, at);
    const next = arc[Math.min(index + 1, arc.length - 1)]!;
    const prev = arc[Math.max(index - 1, 0)]!;
    const angle = screenAngle(prev, next);
    const when = formatStoryDate(p.date);
    const label = when ? `${formatKm(figures.turfKm)} · ${when}` : formatKm(figures.turfKm);
    const icon = L.divIcon({
      className: 'route-arrow-icon',
      iconSize: [0, 0],
      html: routeArrowElement(angle, label, planned, route.id),
    });
    const lons = arc.map((q) => q[0]!);
    const copies = Math.max(...lons) > 180 ? [0, -360] : Math.min(...lons) < -180 ? [0, 360] : [0];
    return { arc, figures, position, icon, copies };
  }, [route, planned, at, p.date]);
  const eventHandlers = useMemo(() => (onSelect ? { click: () => onSelect(route.id) } : undefined), [onSelect, route.id]);

  const tooltip = (
    <Tooltip sticky className="route-tooltip">
      <div>
        <strong>{p.name}</strong>
      </div>
      <div className="muted">
        {p.status}
        {p.date?.label ? ` · ${p.date.label}` : ''}
        {p.actors?.length ? ` · ${p.actors.join(', ')}` : ''}
      </div>
      <div>
        {formatKm(drawn.figures.turfKm)} — {DISTANCE_MODELS.turf.label}
      </div>
      <div>
        {formatKm(drawn.figures.ellipsoidKm)} — {DISTANCE_MODELS.ellipsoid.label}
      </div>
    </Tooltip>
  );

  return (
    <>
      {drawn.copies.map((dx) => (
        <Polyline
          key={dx}
          positions={lineToLatLngs(drawn.arc.map((q) => [q[0]! + dx, q[1]!]))}
          eventHandlers={eventHandlers}
          pathOptions={{
            color: LINE_COLORS.route,
            weight: selected ? 6 : 3,
            opacity: planned ? 0.75 : 0.95,
            dashArray: planned ? '8 7' : undefined,
          }}
        >
          {tooltip}
        </Polyline>
      ))}
      {drawn.copies.map((dx) => (
        <Marker
          key={`arrow${dx}`}
          position={toLatLng([drawn.position[0]! + dx, drawn.position[1]!])}
          icon={drawn.icon}
          interactive={false}
          keyboard={false}
        />
      ))}
    </>
  );
});
