import { useEffect, useMemo, useState } from 'react';
import { useLeafletContext } from '@react-leaflet/core';
import type { BasemapCollection, CountryProperties } from '../basemap/loadBasemap';
import { type PolygonStyle, PolygonTileLayer } from '../canvas/PolygonTileLayer';
import { basemapOnce, DETAIL_URL } from '../data/preload';

/** Zoom from which the 1:50m countries replace the 1:110m ones. */
export const DETAIL_MIN_ZOOM = 3;

export interface BasemapLayerProps {
  /** ISO alpha-2 and alpha-3 codes of the countries the article names; they are tinted. */
  tinted: ReadonlySet<string>;
  onReady?: () => void;
  onError?: (message: string) => void;
}

const PANE = 'basemap';

/**
 * Natural Earth country polygons, loaded lazily (dynamic import → its own chunk) and drawn as canvas
 * tiles in a pane under the routes and markers: 1:110m for the world view first, 1:50m from zoom 3 once
 * loaded. Countries the article names are tinted.
 * @example <BasemapLayer tinted={new Set(['RU', 'RUS'])} />
 */
export function BasemapLayer({ tinted, onReady, onError }: BasemapLayerProps) {
  // Added to the enclosing layer group (the layer control's base layer), so switching to OSM hides it.
  const context = useLeafletContext();
  const map = context.map;
  const container = context.layerContainer ?? map;
  const [countries, setCountries] = useState<BasemapCollection | null>(null);
  const [layer, setLayer] = useState<PolygonTileLayer<CountryProperties> | null>(null);
  /** The layer once its first screenful of tiles is drawn. */
  const [drawnLayer, setDrawnLayer] = useState<PolygonTileLayer<CountryProperties> | null>(null);
  const tintKey = [...tinted].sort().join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: tintKey stands for the contents of `tinted`
  const style = useMemo(
    () =>
      (p: CountryProperties): PolygonStyle => ({
        fill: tinted.has(p.cca2) || tinted.has(p.cca3) ? '#f3c96b' : '#f4f1ea',
        stroke: '#8d99a6',
        strokeWidth: 0.6,
      }),
    [tintKey],
  );

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

  // biome-ignore lint/correctness/useExhaustiveDependencies: the layer is created once per data set; style changes are applied below
  useEffect(() => {
    if (!countries) return;
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '250';
    const created = new PolygonTileLayer(countries.features, style, { pane: PANE });
    // Ready once the first screenful of tiles is drawn.
    created.once('load', () => {
      setDrawnLayer(created);
      onReady?.();
    });
    container.addLayer(created);
    setLayer(created);
    return () => {
      container.removeLayer(created);
      created.dispose();
      setLayer(null);
      setDrawnLayer(null);
    };
  }, [map, container, countries]);

  useEffect(() => {
    layer?.setStyle(style);
  }, [layer, style]);

  // Once the world view is drawn, fetch the 1:50m countries for closer zooms (decoding them earlier would
  // compete with the first map for the CPU).
  useEffect(() => {
    const layer = drawnLayer;
    if (!layer) return;
    let cancelled = false;
    layer
      .loadLevel(DETAIL_MIN_ZOOM, DETAIL_URL)
      .then(() => {
        if (!cancelled && performance.getEntriesByName('atlas:basemap-detail-ready').length === 0) performance.mark('atlas:basemap-detail-ready');
      })
      .catch((error: Error) => {
        if (!cancelled) onError?.(`The detailed basemap could not be loaded: ${error.message}`);
      });
    return () => {
      cancelled = true;
    };
  }, [drawnLayer, onError]);

  return null;
}
