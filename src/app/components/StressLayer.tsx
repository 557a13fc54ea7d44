import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { AtlasCollection } from '../../core/geojson/types';
import { CloudTileLayer } from '../canvas/CloudTileLayer';
import { drawableArc } from '../lib/arc';
import { mapLayers } from '../lib/collection';
import { lineToLatLngs, toLatLng } from '../lib/latlng';
import { LINE_COLORS, MARKER_STYLES, markerClassOf } from '../lib/placeStyle';

/**
 * 'cloud' (default): canvas tiles, one path per colour (CloudTileLayer). 'canvas' and 'svg' draw one
 * Leaflet layer per feature with Leaflet's renderers; they exist so the benchmark can compare.
 */
export type StressRenderer = 'cloud' | 'canvas' | 'svg';

export interface StressLayerProps {
  collection: AtlasCollection;
  renderer?: StressRenderer;
  onDrawn?: () => void;
}

/**
 * Draws a very large collection (the benchmark's 10,000 places and 2,000 routes) without React or DOM
 * markers: thousands of DOM markers or SVG paths would make panning stutter.
 * @example <StressLayer collection={stressCollection()} />
 */
export function StressLayer({ collection, renderer: kind = 'cloud', onDrawn }: StressLayerProps) {
  const map = useMap();
  useEffect(() => {
    if (kind === 'cloud') {
      const { places, routes } = mapLayers(collection);
      const layer = new CloudTileLayer(
        places.map((p) => ({ position: p.geometry.coordinates, color: MARKER_STYLES[markerClassOf(p.properties.placeType)].color })),
        routes.map((r) => {
          const coords = r.geometry.type === 'LineString' ? r.geometry.coordinates : r.geometry.coordinates.flat();
          return { line: drawableArc(coords[0]!, coords[coords.length - 1]!, 16), color: LINE_COLORS.route, dashed: r.properties.status !== 'happened' };
        }),
      );
      layer.once('load', () => onDrawn?.());
      layer.addTo(map);
      return () => {
        layer.dispose();
      };
    }
    const renderer = kind === 'svg' ? L.svg({ padding: 0.3 }) : L.canvas({ padding: 0.3, tolerance: 3 });
    const group = L.layerGroup();
    const { places, routes } = mapLayers(collection);
    for (const r of routes) {
      const coords = r.geometry.type === 'LineString' ? r.geometry.coordinates : r.geometry.coordinates.flat();
      const arc = drawableArc(coords[0]!, coords[coords.length - 1]!, 16);
      group.addLayer(
        L.polyline(lineToLatLngs(arc), {
          renderer,
          color: LINE_COLORS.route,
          weight: 1,
          opacity: 0.4,
          interactive: false,
          dashArray: r.properties.status === 'happened' ? undefined : '4 4',
        }),
      );
    }
    for (const p of places) {
      const style = MARKER_STYLES[markerClassOf(p.properties.placeType)];
      group.addLayer(
        L.circleMarker(toLatLng(p.geometry.coordinates), {
          renderer,
          radius: 3,
          color: '#fff',
          weight: 1,
          fillColor: style.color,
          fillOpacity: 0.9,
          interactive: false,
        }),
      );
    }
    group.addTo(map);
    onDrawn?.();
    return () => {
      group.remove();
    };
  }, [map, collection, kind, onDrawn]);
  return null;
}
