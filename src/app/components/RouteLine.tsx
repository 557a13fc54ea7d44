import L from 'leaflet';
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker, Polyline, Tooltip } from 'react-leaflet';
import { distanceModels } from '../../core/geo/distance';
import type { RouteFeature } from '../../core/geojson/types';
import { arcMiddle, bowedArc, drawableArc, screenAngle } from '../lib/arc';
import { routeArrowElement } from '../lib/domIcon';
import { formatStoryDate } from '../lib/format';
import { lineToLatLngs, toLatLng } from '../lib/latlng';
import { LINE_COLORS } from '../lib/placeStyle';
import { PLAIN_MODELS } from '../lib/plainWords';
import { formatDistance, useUnit } from '../lib/units';

/** A route's status in words. */
const STATUS_WORDS: Record<string, string> = { happened: 'happened', planned: 'planned', proposed: 'proposed', cancelled: 'cancelled' };

export interface RouteLineProps {
  route: RouteFeature;
  /** Where along the arc the arrow and label sit (0–1); routes between the same places get different spots. */
  at?: number;
  /** Drawn heavier when chosen (on the map or in the timeline). */
  selected?: boolean;
  /** Clicking the arc chooses the route: its sentences are highlighted in the article. */
  onSelect?: (id: string) => void;
  /** Routes between the same two places bow apart (lib/arc routeBows), so each can be hovered and chosen. */
  bow?: number;
}

/**
 * A route as a great-circle arc from its first to its last position, with a direction arrow and its
 * distance (Turf model) at the middle; dashed unless it happened. Arcs that cross the antimeridian are
 * unwrapped, and a copy is drawn one world over so both ends meet their markers.
 * @example <RouteLine route={route} />
 */
export const RouteLine = memo(function RouteLine({ route, at = 0.5, selected = false, onSelect, bow = 0 }: RouteLineProps) {
  const p = route.properties;
  const planned = p.status !== 'happened';
  const unit = useUnit();
  const drawn = useMemo(() => {
    const coords = route.geometry.type === 'LineString' ? route.geometry.coordinates : route.geometry.coordinates.flat();
    const a = coords[0]!;
    const b = coords[coords.length - 1]!;
    const arc = bowedArc(drawableArc(a, b), bow);
    const figures = distanceModels([a[0]!, a[1]!], [b[0]!, b[1]!]);
    const { position, index } = arcMiddle(arc, at);
    const next = arc[Math.min(index + 1, arc.length - 1)]!;
    const prev = arc[Math.max(index - 1, 0)]!;
    const angle = screenAngle(prev, next);
    const when = formatStoryDate(p.date);
    const label = when ? `${formatDistance(figures.turfKm, unit)} · ${when}` : formatDistance(figures.turfKm, unit);
    const icon = L.divIcon({
      className: 'route-arrow-icon',
      iconSize: [0, 0],
      html: routeArrowElement(angle, label, planned, route.id),
    });
    const lons = arc.map((q) => q[0]!);
    const copies = Math.max(...lons) > 180 ? [0, -360] : Math.min(...lons) < -180 ? [0, 360] : [0];
    // Named for screen readers and operable by Enter, like a button: the timeline lists the same journeys.
    const name = [p.name, STATUS_WORDS[p.status] ?? p.status, when, formatDistance(figures.turfKm, unit)].filter(Boolean).join(', ');
    return { arc, figures, position, icon, copies, name };
  }, [route, planned, at, p.date, p.name, p.status, bow, unit]);
  const eventHandlers = useMemo(
    () =>
      onSelect
        ? {
            click: () => onSelect(route.id),
            keydown: (e: L.LeafletEvent) => {
              const key = (e as L.LeafletKeyboardEvent).originalEvent.key;
              if (key === 'Enter' || key === ' ') onSelect(route.id);
            },
          }
        : undefined,
    [onSelect, route.id],
  );
  const lines = useRef<(L.Polyline | null)[]>([]);
  useEffect(() => {
    lines.current.forEach((line, i) => {
      const el = line?.getElement();
      if (!el) return;
      // Only the first copy of the world's line is a Tab stop; the copy one world over is the same route.
      if (onSelect && i === 0) {
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', drawn.name);
        el.setAttribute('aria-pressed', String(selected));
      } else {
        el.setAttribute('tabindex', '-1');
        el.setAttribute('aria-hidden', 'true');
      }
    });
  });

  const tooltip = (
    <Tooltip sticky className="route-tooltip">
      <div>
        <strong>{p.name}</strong>
      </div>
      <div className="muted">
        {STATUS_WORDS[p.status] ?? p.status}
        {p.date?.label ? ` · ${p.date.label}` : ''}
        {p.actors?.length ? ` · ${p.actors.join(', ')}` : ''}
      </div>
      <div>
        {formatDistance(drawn.figures.turfKm, unit)} — {PLAIN_MODELS.turf.label}
      </div>
      <div>
        {formatDistance(drawn.figures.ellipsoidKm, unit)} — {PLAIN_MODELS.ellipsoid.label}
      </div>
    </Tooltip>
  );

  return (
    <>
      {drawn.copies.map((dx, i) => (
        <Polyline
          key={dx}
          ref={(line) => {
            lines.current[i] = line;
          }}
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
