import L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
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
  if (!countries) return null;
  return (
    <Pane name="basemap" style={{ zIndex: 250 }}>
      <GeoJSON
        key={tintKey}
        data={countries}
        interactive={false}
        // renderer is a Path option; L.GeoJSON hands its options to every polygon it creates.
        {...({ renderer } as object)}
        style={(f) => {
          const props = f?.properties as { cca2?: string; cca3?: string } | undefined;
          const named = !!props && (tinted.has(props.cca2 ?? '') || tinted.has(props.cca3 ?? ''));
          return {
            color: '#8d99a6',
            weight: 0.6,
            fillColor: named ? '#f3c96b' : '#f4f1ea',
            fillOpacity: 1,
          };
        }}
      />
    </Pane>
  );
}
