import L from 'leaflet';
import type { PathOptions } from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON, Pane } from 'react-leaflet';
import type { BasemapCollection } from '../basemap/loadBasemap';
import { basemapOnce } from '../data/preload';

export interface BasemapLayerProps {
  /** ISO alpha-2 and alpha-3 codes of the countries the article names; they are tinted. */
  tinted: ReadonlySet<string>;
  onReady?: () => void;
  onError?: (message: string) => void;
}

/**
 * Natural Earth country polygons, loaded lazily (dynamic import → its own chunk) and drawn on a canvas
 * renderer in a pane under the routes and markers. Countries the article names are tinted.
 * @example <BasemapLayer tinted={new Set(['RU', 'RUS'])} />
 */
export function BasemapLayer({ tinted, onReady, onError }: BasemapLayerProps) {
  const [countries, setCountries] = useState<BasemapCollection | null>(null);
  const renderer = useMemo(() => L.canvas({ padding: 0.5, pane: 'basemap' }), []);

  useEffect(() => {
    let cancelled = false;
    basemapOnce()
      .then((fc) => {
        if (!cancelled) setCountries(fc);
      })
      .catch((error: Error) => onError?.(`The offline basemap could not be loaded: ${error.message}`));
    return () => {
      cancelled = true;
    };
  }, [onError]);

  useEffect(() => {
    if (countries) onReady?.();
  }, [countries, onReady]);

  const tintKey = [...tinted].sort().join(',');
  // A stable style function: a new one on every render would make react-leaflet restyle (and the canvas
  // redraw) all 240 countries on each hover.
  // biome-ignore lint/correctness/useExhaustiveDependencies: tintKey stands for the contents of `tinted`
  const style = useCallback(
    (f?: { properties?: { cca2?: string; cca3?: string } }): PathOptions => {
      const props = f?.properties;
      const named = !!props && (tinted.has(props.cca2 ?? '') || tinted.has(props.cca3 ?? ''));
      return { color: '#8d99a6', weight: 0.6, fillColor: named ? '#f3c96b' : '#f4f1ea', fillOpacity: 1 };
    },
    [tintKey],
  );
  // Restyle in place when the tint changes: remounting 240 polygons on a shared canvas left parts undrawn.
  const layerRef = useRef<L.GeoJSON | null>(null);
  useEffect(() => {
    layerRef.current?.setStyle(style as L.StyleFunction);
  }, [style]);
  if (!countries) return null;
  return (
    <Pane name="basemap" style={{ zIndex: 250 }}>
      <GeoJSON
        ref={layerRef}
        data={countries}
        interactive={false}
        // renderer is a Path option; L.GeoJSON hands its options to every polygon it creates.
        {...({ renderer } as object)}
        style={style}
      />
    </Pane>
  );
}
