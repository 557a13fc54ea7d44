import { useLeafletContext } from '@react-leaflet/core';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { CountryProperties } from '../basemap/loadBasemap';
import { LabelTileLayer } from '../canvas/LabelTileLayer';
import { type LabelsJson, type MarkedPlace, packLabels } from '../canvas/labelData';
import { type PolygonStyle, PolygonTileLayer } from '../canvas/PolygonTileLayer';
import { COARSE_URL, DETAIL_URL, LABELS_URL } from '../data/preload';

/** Zoom from which the 1:50m countries replace the 1:110m ones. */
export const DETAIL_MIN_ZOOM = 3;

export interface BasemapLayerProps {
  /** ISO alpha-2 and alpha-3 codes of the countries the article names; they are tinted. */
  tinted: ReadonlySet<string>;
  /** ISO codes of a country hovered in the text, the list or on the map: drawn with a strong outline. */
  outlined?: ReadonlySet<string>;
  /** The article's places: their names are on their markers, so the basemap leaves them out. */
  marked?: readonly MarkedPlace[];
  onReady?: () => void;
  onError?: (message: string) => void;
}

const PANE = 'basemap';
const NONE: readonly MarkedPlace[] = [];
const NO_CODES: ReadonlySet<string> = new Set();
/** Above the countries (250), below the article's routes (overlay pane, 400) and markers. */
const LABEL_PANE = 'basemap-labels';
const UNTINTED: PolygonStyle = { fill: '#f4f1ea', stroke: '#8d99a6', strokeWidth: 0.6 };
const TINTED: PolygonStyle = { ...UNTINTED, fill: '#f3c96b' };
/** A country the reader points at (its marker, its mention, its list entry): the whole area stands out. */
const OUTLINED: PolygonStyle = { fill: '#f0b93f', stroke: '#1d4f91', strokeWidth: 2.2 };

/**
 * Natural Earth country polygons, fetched, decoded and drawn as canvas tiles by the tile worker, in a pane
 * under the routes and markers: 1:110m for the world view first, 1:50m from zoom 3 once
 * loaded. Countries the article names are tinted, and the one the reader points at is outlined: a country
 * reads as its area, not only its marker. Once the first map is drawn, the names (countries, seas,
 * capitals and cities by zoom, US states) and US state lines follow, as their own tiles.
 * @example <BasemapLayer tinted={new Set(['RU', 'RUS'])} />
 */
export const BasemapLayer = memo(function BasemapLayer({ tinted, outlined = NO_CODES, marked = NONE, onReady, onError }: BasemapLayerProps) {
  // Added to the enclosing layer group (the layer control's base layer), so switching to OSM hides it.
  const context = useLeafletContext();
  const map = context.map;
  const container = context.layerContainer ?? map;
  const [layer, setLayer] = useState<PolygonTileLayer<CountryProperties> | null>(null);
  /** The layer once its first screenful of tiles is drawn. */
  const [drawnLayer, setDrawnLayer] = useState<PolygonTileLayer<CountryProperties> | null>(null);
  /** The names layer once loaded, with its file (re-packed when the article changes). */
  const [labels, setLabels] = useState<{ layer: LabelTileLayer; json: LabelsJson } | null>(null);
  const markedRef = useRef(marked);
  /** The article places the names layer leaves out now (their names, joined). */
  const packedFor = useRef('');
  const tintKey = [...tinted].sort().join(',');
  const outlineKey = [...outlined].sort().join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: tintKey and outlineKey stand for the contents of `tinted` and `outlined`
  const style = useMemo(
    () =>
      (p: CountryProperties): PolygonStyle =>
        outlined.has(p.cca2) || outlined.has(p.cca3) ? OUTLINED : tinted.has(p.cca2) || tinted.has(p.cca3) ? TINTED : UNTINTED,
    [tintKey, outlineKey],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: the layer is created once; style changes are applied below
  useEffect(() => {
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '250';
    const created = new PolygonTileLayer(style, { pane: PANE, initialStyle: UNTINTED });
    let cancelled = false;
    // The layer joins the map at once and asks for its tiles; the tile worker (started early by the entry
    // module, already fetching the world view's countries) draws them as soon as the countries are decoded,
    // while this thread renders the article. Ready once that first screenful is drawn.
    created.once('load', () => {
      setDrawnLayer(created);
      onReady?.();
    });
    container.addLayer(created);
    setLayer(created);
    created.loadLevel(Number.NEGATIVE_INFINITY, COARSE_URL, { showAtOnce: true }).catch((error: Error) => {
      if (!cancelled) onError?.(`The offline basemap could not be loaded: ${error.message}`);
    });
    return () => {
      cancelled = true;
      container.removeLayer(created);
      created.dispose();
      setLayer(null);
      setDrawnLayer(null);
    };
  }, [map, container]);

  useEffect(() => {
    layer?.setStyle(style);
  }, [layer, style]);

  // Once the world view is drawn, load the 1:50m countries for closer zooms (earlier, they would compete
  // with the first map for the CPU).
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

  // The names come after the first map, like the 1:50m countries: they never delay it.
  useEffect(() => {
    // The self-contained page may carry no names (an empty LABELS_URL).
    if (!drawnLayer || !LABELS_URL) return;
    let cancelled = false;
    let created: LabelTileLayer | null = null;
    if (!map.getPane(LABEL_PANE)) {
      const pane = map.createPane(LABEL_PANE);
      pane.style.zIndex = '300';
      pane.style.pointerEvents = 'none';
    }
    fetch(LABELS_URL)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<LabelsJson>;
      })
      .then((json) => {
        if (cancelled) return;
        created = new LabelTileLayer(packLabels(json, markedRef.current), { pane: LABEL_PANE });
        packedFor.current = markedRef.current.map((m) => m.name).join('|');
        created.once('load', () => {
          if (performance.getEntriesByName('atlas:labels-ready').length === 0) performance.mark('atlas:labels-ready');
        });
        container.addLayer(created);
        setLabels({ layer: created, json });
      })
      .catch((error: Error) => {
        if (!cancelled) onError?.(`The map's place names could not be loaded: ${error.message}`);
      });
    return () => {
      cancelled = true;
      if (created) {
        container.removeLayer(created);
        created.dispose();
      }
      setLabels(null);
    };
  }, [drawnLayer, map, container, onError]);

  // Another article: its places' names leave the basemap, the previous article's come back.
  const markedKey = marked.map((m) => m.name).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: markedKey stands for the names in `marked`
  useEffect(() => {
    markedRef.current = marked;
    if (labels && packedFor.current !== markedKey) {
      labels.layer.setLabels(packLabels(labels.json, marked));
      packedFor.current = markedKey;
    }
  }, [labels, markedKey]);

  return null;
});
