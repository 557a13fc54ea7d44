import L from 'leaflet';
import { memo, useEffect, useMemo } from 'react';
import { CircleMarker, Polygon, Polyline, Tooltip, useMap } from 'react-leaflet';
import { lineToLatLngs, toLatLng } from '../lib/latlng';
import { OTHER_DEFAULT_COLOR, type OtherFeature } from '../lib/otherFeatures';

export interface OtherFeaturesLayerProps {
  features: readonly OtherFeature[];
  /** Frame these features when they change (the file has no places of its own to frame). */
  fit: boolean;
}

/** Above this many features they are drawn on one canvas rather than as one SVG path each. */
const CANVAS_ABOVE = 500;

function Label({ feature }: { feature: OtherFeature }) {
  if (!feature.name && !feature.description) return null;
  // Text nodes only, each isolated so a right-to-left override in a name cannot reorder what follows it.
  return (
    <Tooltip sticky>
      {feature.name && (
        <div>
          <strong>
            <bdi>{feature.name}</bdi>
          </strong>
        </div>
      )}
      {feature.description && (
        <div className="other-description">
          <bdi>{feature.description}</bdi>
        </div>
      )}
    </Tooltip>
  );
}

function Shape({ feature, renderer }: { feature: OtherFeature; renderer?: L.Renderer }) {
  const { geometry: g, style } = feature;
  const stroke = style.stroke ?? style.markerColor ?? OTHER_DEFAULT_COLOR;
  const line = { color: stroke, weight: style.strokeWidth ?? 3, opacity: style.strokeOpacity ?? 0.9, ...(renderer ? { renderer } : {}) };
  const label = <Label feature={feature} />;
  switch (g.type) {
    case 'Point':
    case 'MultiPoint': {
      const points = g.type === 'Point' ? [g.coordinates] : g.coordinates;
      const fill = style.markerColor ?? style.fill ?? OTHER_DEFAULT_COLOR;
      return (
        <>
          {points.map((p, i) => (
            <CircleMarker
              // biome-ignore lint/suspicious/noArrayIndexKey: the points of one feature have no ids of their own
              key={i}
              center={toLatLng(p)}
              radius={6}
              pathOptions={{ color: '#ffffff', weight: 1.5, fillColor: fill, fillOpacity: 0.95, ...(renderer ? { renderer } : {}) }}
            >
              {label}
            </CircleMarker>
          ))}
        </>
      );
    }
    case 'LineString':
      return <Polyline positions={lineToLatLngs(g.coordinates)} pathOptions={line}>{label}</Polyline>;
    case 'MultiLineString':
      return <Polyline positions={g.coordinates.map(lineToLatLngs)} pathOptions={line}>{label}</Polyline>;
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      const fill = { ...line, weight: style.strokeWidth ?? 2, fillColor: style.fill ?? stroke, fillOpacity: style.fillOpacity ?? 0.25 };
      return <Polygon positions={polygons.map((rings) => rings.map(lineToLatLngs))} pathOptions={fill}>{label}</Polygon>;
    }
  }
}

/** Every position of a geometry, for framing. */
function positionsOf(f: OtherFeature): number[][] {
  const g = f.geometry;
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'MultiPoint' || g.type === 'LineString') return g.coordinates;
  if (g.type === 'MultiLineString' || g.type === 'Polygon') return g.coordinates.flat();
  return g.coordinates.flat(2);
}

/**
 * The features of a GeoJSON file from another tool: points as small circles, lines and polygons in their
 * simplestyle colours (checked safe by the reader), with their name and description as text in a tooltip.
 * @example <OtherFeaturesLayer features={others} fit />
 */
export const OtherFeaturesLayer = memo(function OtherFeaturesLayer({ features, fit }: OtherFeaturesLayerProps) {
  const map = useMap();
  const renderer = useMemo(() => (features.length > CANVAS_ABOVE ? L.canvas() : undefined), [features.length]);
  useEffect(() => {
    if (!fit || features.length === 0) return;
    const bounds = L.latLngBounds(features.flatMap(positionsOf).map((p) => toLatLng(p)));
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.15), { animate: false, maxZoom: 10 });
  }, [map, features, fit]);
  return (
    <>
      {features.map((f) => (
        <Shape key={f.id} feature={f} renderer={renderer} />
      ))}
    </>
  );
});
