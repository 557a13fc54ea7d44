import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { AtlasCollection } from '../../core/geojson/types';
import { drawableArc } from '../lib/arc';
import { mapLayers } from '../lib/collection';
import { lineToLatLngs, toLatLng } from '../lib/latlng';
import { LINE_COLORS, MARKER_STYLES, markerClassOf } from '../lib/placeStyle';

export interface StressLayerProps {
  collection: AtlasCollection;
  /** 'canvas' (default); 'svg' exists so the benchmark can show why canvas is used. */
  renderer?: 'canvas' | 'svg';
  onDrawn?: () => void;
}

/**
 * Draws a very large collection (the benchmark's 10,000 places and 2,000 routes) on one canvas
 * renderer with plain Leaflet layers: thousands of DOM markers or SVG paths would make panning stutter.
 * @example <StressLayer collection={stressCollection()} />
 */
export function StressLayer({ collection, renderer: kind = 'canvas', onDrawn }: StressLayerProps) {
  const map = useMap();
  useEffect(() => {
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
